package org.redress.evidence.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPContentSigner;
import org.bouncycastle.openpgp.operator.PGPContentSignerBuilder;
import org.redress.evidence.custody.CheckpointSigner;
import org.redress.evidence.custody.SigningKey;
import org.redress.evidence.custody.internal.OpenPgpKeys;

/**
 * The signing identity of an exporter: one Ed25519 {@link SigningKey} that signs custody checkpoints and, as an
 * OpenPGP v4 key (legacy EdDSA, SHA-512, which {@code gpg} 2.2 and later accept), the bundle's manifest and
 * checksums.
 *
 * <p>Use one long-term key per vault so that every bundle from it verifies and shows the same fingerprint:
 *
 * <pre>{@code
 * BundleSigner signer = BundleSigner.of(vault.signingKey(), "Example Advice Service evidence exports");
 * }</pre>
 *
 * A host that keeps its key in a hardware security module or a cloud key service implements {@link SigningKey}
 * and passes it the same way. The OpenPGP fingerprint depends on the key and its creation time: keep both.
 *
 * @since 1.0
 */
public final class BundleSigner {

    private final SigningKey key;
    private final PGPPublicKey pgpPublic;
    private final PGPPrivateKey pgpPrivate;
    private final PGPPublicKeyRing publicRing;
    private final String userId;

    private BundleSigner(SigningKey key, String userId) {
        this.key = key;
        this.userId = userId;
        PGPPublicKey bare = OpenPgpKeys.publicKey(key.publicKey(), key.created());
        this.pgpPrivate = new PGPPrivateKey(bare.getKeyID(), bare.getPublicKeyPacket(), null);
        try {
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            hashed.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA512});
            hashed.setSignatureCreationTime(false, java.util.Date.from(key.created()));
            hashed.setIssuerFingerprint(false, bare);
            PGPSignatureGenerator certifier = new PGPSignatureGenerator(new Signer(), bare);
            certifier.setHashedSubpackets(hashed.generate());
            certifier.init(PGPSignature.POSITIVE_CERTIFICATION, pgpPrivate);
            PGPSignature certification = certifier.generateCertification(userId, bare);
            this.pgpPublic = PGPPublicKey.addCertification(bare, userId, certification);
            this.publicRing = new PGPPublicKeyRing(List.of(pgpPublic));
        } catch (PGPException e) {
            throw new IllegalStateException("cannot make an OpenPGP key from the Ed25519 key", e);
        }
    }

    /**
     * A signer with a signing key: the vault's own ({@code vault.signingKey()}), or one a host keeps in an HSM or key
     * service.
     *
     * @param userId the OpenPGP user id, such as {@code "Example Advice Service evidence exports"}; not a person
     * @param key the signing key
     * @return the signer
     */
    public static BundleSigner of(SigningKey key, String userId) {
        return new BundleSigner(Objects.requireNonNull(key, "key"), Objects.requireNonNull(userId, "userId"));
    }

    /**
     * A signer with an existing Ed25519 key pair (JCA algorithm {@code Ed25519}).
     *
     * @param keys the Ed25519 key pair
     * @param created the OpenPGP key's creation time (whole seconds are kept)
     * @param userId the OpenPGP user id, such as {@code "Example Advice Service evidence exports"}; not a person
     * @return the signer
     */
    public static BundleSigner of(KeyPair keys, Instant created, String userId) {
        return of(SigningKey.of(keys, created), userId);
    }

    /**
     * A signer with a new key pair created now. Every bundle it signs has a new fingerprint, and a vault's earlier
     * checkpoints stay signed by the earlier keys (the export records the change); prefer a long-term key.
     *
     * @param userId the OpenPGP user id, such as {@code "Example Advice Service evidence exports"}; not a person
     * @return the signer
     */
    public static BundleSigner generate(String userId) {
        return of(SigningKey.generate(), userId);
    }

    /** {@return the signing key} */
    public SigningKey signingKey() {
        return key;
    }

    /** {@return the same key as the custody log's checkpoint signer} */
    public CheckpointSigner checkpointSigner() {
        return CheckpointSigner.of(key);
    }

    /** {@return the OpenPGP user id} */
    public String userId() {
        return userId;
    }

    /**
     * The OpenPGP v4 fingerprint, 40 upper-case hex digits, as {@code gpg --fingerprint} prints it (without spaces).
     *
     * @return the fingerprint
     */
    public String fingerprint() {
        return OpenPgp.fingerprint(pgpPublic);
    }

    /** {@return the public key as an ASCII-armoured OpenPGP key block, for {@code gpg --import}} */
    public byte[] armoredPublicKey() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armor = armor(out)) {
            publicRing.encode(armor, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@return an ASCII-armoured detached OpenPGP signature (binary document, SHA-512) of the data}
     *
     * @param data the bytes to sign
     */
    public byte[] sign(byte[] data) {
        try {
            PGPSignatureGenerator generator = new PGPSignatureGenerator(new Signer(), pgpPublic);
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setSignatureCreationTime(false, new java.util.Date());
            hashed.setIssuerFingerprint(false, pgpPublic);
            generator.setHashedSubpackets(hashed.generate());
            generator.init(PGPSignature.BINARY_DOCUMENT, pgpPrivate);
            generator.update(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ArmoredOutputStream armor = armor(out)) {
                generator.generate().encode(armor);
            }
            return out.toByteArray();
        } catch (PGPException | IOException e) {
            throw new IllegalStateException("OpenPGP signing failed", e);
        }
    }

    static ArmoredOutputStream armor(ByteArrayOutputStream out) {
        return ArmoredOutputStream.builder().clearHeaders().build(out);
    }

    /**
     * OpenPGP legacy EdDSA signing through {@link SigningKey#sign}: the signed data is hashed with SHA-512 and the
     * digest is what Ed25519 signs (RFC 4880bis, as {@code gpg} does).
     */
    private final class Signer implements PGPContentSignerBuilder {
        @Override
        public PGPContentSigner build(int signatureType, PGPPrivateKey ignored) {
            MessageDigest sha512;
            try {
                sha512 = MessageDigest.getInstance("SHA-512");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return new PGPContentSigner() {
                private byte[] digest;

                @Override
                public OutputStream getOutputStream() {
                    return new OutputStream() {
                        @Override
                        public void write(int b) {
                            sha512.update((byte) b);
                        }

                        @Override
                        public void write(byte[] b, int off, int len) {
                            sha512.update(b, off, len);
                        }
                    };
                }

                @Override
                public byte[] getSignature() {
                    return key.sign(getDigest());
                }

                @Override
                public byte[] getDigest() {
                    if (digest == null) {
                        digest = sha512.digest();
                    }
                    return digest;
                }

                @Override
                public int getType() {
                    return signatureType;
                }

                @Override
                public int getHashAlgorithm() {
                    return HashAlgorithmTags.SHA512;
                }

                @Override
                public int getKeyAlgorithm() {
                    return PublicKeyAlgorithmTags.EDDSA_LEGACY;
                }

                @Override
                public long getKeyID() {
                    return pgpPrivate.getKeyID();
                }
            };
        }
    }
}
