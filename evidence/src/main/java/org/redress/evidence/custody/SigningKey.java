package org.redress.evidence.custody;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.redress.evidence.custody.internal.OpenPgpKeys;

/**
 * The Ed25519 key that signs an exporter's custody checkpoints and bundles. Implement it to keep the private key in
 * a hardware security module or a cloud key service: only {@link #sign} uses the private key, and it receives the
 * bytes to sign (for a bundle's OpenPGP signatures, their SHA-512 digest as OpenPGP's legacy EdDSA prescribes).
 *
 * <p>A {@link org.redress.evidence.DirectoryVault} keeps one long-term key of its own, encrypted with the vault
 * key: {@code vault.signingKey()}. Keep using the same key (and creation time) so that every bundle shows the same
 * fingerprint; when the key changes, the next export records the change in the custody log, and verifiers check
 * each checkpoint against the key in force when it was signed.
 *
 * @since 1.0
 */
public interface SigningKey {

    /** {@return the Ed25519 public key (JCA algorithm {@code Ed25519} or {@code EdDSA})} */
    PublicKey publicKey();

    /** {@return when the key was made: part of its OpenPGP fingerprint, so keep it with the key (whole seconds)} */
    Instant created();

    /**
     * Signs bytes with the private key.
     *
     * @param message the bytes to sign
     * @return the 64-byte Ed25519 signature (RFC 8032)
     */
    byte[] sign(byte[] message);

    /**
     * The OpenPGP v4 fingerprint, 40 upper-case hex digits, as {@code gpg --fingerprint} prints it without spaces.
     *
     * @return the fingerprint
     */
    default String fingerprint() {
        return OpenPgpKeys.fingerprint(publicKey(), created());
    }

    /**
     * {@return a key held in memory, from a JCA {@code Ed25519} key pair and its creation time}
     *
     * @param keys the JCA {@code Ed25519} key pair
     * @param created when the key was made (whole seconds are kept)
     */
    static SigningKey of(KeyPair keys, Instant created) {
        return new InMemory(Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(created, "created"));
    }

    /** {@return a new random key held in memory, created now} */
    static SigningKey generate() {
        try {
            return of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), Instant.now());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    /** A key pair held in memory. */
    final class InMemory implements SigningKey {
        private final PrivateKey privateKey;
        private final PublicKey publicKey;
        private final Instant created;

        private InMemory(KeyPair keys, Instant created) {
            this.privateKey = Objects.requireNonNull(keys.getPrivate(), "private key");
            this.publicKey = Objects.requireNonNull(keys.getPublic(), "public key");
            if (!"Ed25519".equals(publicKey.getAlgorithm()) && !"EdDSA".equals(publicKey.getAlgorithm())) {
                throw new IllegalArgumentException("Checkpoints and bundles are signed with Ed25519 keys.");
            }
            this.created = created.truncatedTo(ChronoUnit.SECONDS);
        }

        @Override
        public PublicKey publicKey() {
            return publicKey;
        }

        @Override
        public Instant created() {
            return created;
        }

        @Override
        public byte[] sign(byte[] message) {
            try {
                Signature s = Signature.getInstance("Ed25519");
                s.initSign(privateKey);
                s.update(message);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 signing failed", e);
            }
        }

        @Override
        public String toString() {
            return "SigningKey[" + fingerprint() + "]";
        }
    }
}
