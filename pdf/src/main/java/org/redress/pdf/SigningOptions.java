package org.redress.pdf;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redress.evidence.timestamp.TimeStampAuthority;

/**
 * How to sign a rendered document: a PAdES signature ({@code ETSI.CAdES.detached}) with the signer's key and
 * certificate chain, baseline B-B, or B-T when a time-stamp authority is set. Immutable; build with
 * {@link #builder(PrivateKey, List)}.
 *
 * <p>Keys: RSA (SHA256withRSA), EC (SHA256withECDSA) and Ed25519.
 *
 * @since 1.0
 */
public final class SigningOptions {

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final TimeStampAuthority timeStampAuthority;
    private final String reason;
    private final String location;
    private final String contactInfo;

    private SigningOptions(Builder b) {
        this.key = b.key;
        this.chain = List.copyOf(b.chain);
        this.timeStampAuthority = b.timeStampAuthority;
        this.reason = b.reason;
        this.location = b.location;
        this.contactInfo = b.contactInfo;
    }

    /**
     * A builder.
     *
     * @param key the signer's private key
     * @param chain the signer's certificate first, then its issuers; at least the signer's certificate
     * @return a builder
     */
    public static Builder builder(PrivateKey key, List<X509Certificate> chain) {
        return new Builder(key, chain);
    }

    /** {@return the signer's private key} */
    public PrivateKey key() {
        return key;
    }

    /** {@return the certificate chain, the signer's certificate first} */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** {@return the time-stamp authority that makes the signature B-T, if any} */
    public Optional<TimeStampAuthority> timeStampAuthority() {
        return Optional.ofNullable(timeStampAuthority);
    }

    /** {@return the reason shown by PDF readers, if any} */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** {@return the location shown by PDF readers, if any} */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /** {@return the contact information shown by PDF readers, if any} */
    public Optional<String> contactInfo() {
        return Optional.ofNullable(contactInfo);
    }

    /** Builds {@link SigningOptions}. */
    public static final class Builder {
        private final PrivateKey key;
        private final List<X509Certificate> chain;
        private TimeStampAuthority timeStampAuthority;
        private String reason;
        private String location;
        private String contactInfo;

        private Builder(PrivateKey key, List<X509Certificate> chain) {
            this.key = Objects.requireNonNull(key, "key");
            this.chain = new ArrayList<>(Objects.requireNonNull(chain, "chain"));
            if (this.chain.isEmpty() || this.chain.contains(null)) {
                throw new IllegalArgumentException("the certificate chain needs the signer's certificate first");
            }
        }

        /**
         * Time-stamps the signature (PAdES B-T).
         *
         * @param tsa the RFC 3161 time-stamp authority to ask
         * @return this builder
         */
        public Builder timeStampAuthority(TimeStampAuthority tsa) {
            this.timeStampAuthority = Objects.requireNonNull(tsa, "tsa");
            return this;
        }

        /**
         * The reason for signing, shown by PDF readers.
         *
         * @param reason the reason, in words
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * The place of signing, shown by PDF readers.
         *
         * @param location the place, such as a town
         * @return this builder
         */
        public Builder location(String location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Contact information shown by PDF readers.
         *
         * @param contactInfo how to reach the signer
         * @return this builder
         */
        public Builder contactInfo(String contactInfo) {
            this.contactInfo = Objects.requireNonNull(contactInfo, "contactInfo");
            return this;
        }

        /** {@return the options} */
        public SigningOptions build() {
            return new SigningOptions(this);
        }
    }
}
