package org.redress.core.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.redress.core.custody.CheckpointSigner;

/**
 * The signing identity of an exporter: one Ed25519 key pair that signs custody checkpoints and, as an OpenPGP v4
 * key (legacy EdDSA, SHA-512, which {@code gpg} 2.2 and later accept), the bundle's manifest and checksums.
 *
 * <p>The OpenPGP fingerprint depends on the key and its creation time: keep both (the host stores the key pair in
 * its key store and the creation time alongside) so that recipients see the same fingerprint in every bundle.
 */
public final class BundleSigner {

    private final KeyPair keys;
    private final PGPKeyPair pgpKeys;
    private final PGPPublicKeyRing publicRing;
    private final String userId;

    private BundleSigner(KeyPair keys, Instant created, String userId) {
        this.keys = keys;
        this.userId = userId;
        try {
            this.pgpKeys = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.EDDSA_LEGACY, keys,
                    Date.from(created));
            PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
            hashed.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            hashed.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA512});
            PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pgpKeys,
                    userId, new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1),
                    hashed.generate(), null, contentSigner(), null);
            this.publicRing = generator.generatePublicKeyRing();
        } catch (PGPException e) {
            throw new IllegalStateException("cannot make an OpenPGP key from the Ed25519 key", e);
        }
    }

    /**
     * A signer with an existing Ed25519 key pair (JCA algorithm {@code Ed25519}).
     *
     * @param created the OpenPGP key's creation time (whole seconds are kept)
     * @param userId the OpenPGP user id, such as {@code "Example Advice Service evidence exports"}; not a person
     */
    public static BundleSigner of(KeyPair keys, Instant created, String userId) {
        return new BundleSigner(Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(created, "created"),
                Objects.requireNonNull(userId, "userId"));
    }

    /** A signer with a new key pair created now. */
    public static BundleSigner generate(String userId) {
        try {
            return of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), Instant.now(), userId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    /** The key pair. */
    public KeyPair keyPair() {
        return keys;
    }

    /** The same key as the custody log's checkpoint signer. */
    public CheckpointSigner checkpointSigner() {
        return CheckpointSigner.of(keys);
    }

    /** The OpenPGP user id. */
    public String userId() {
        return userId;
    }

    /** The OpenPGP v4 fingerprint, 40 upper-case hex digits, as {@code gpg --fingerprint} prints it (without spaces). */
    public String fingerprint() {
        return HexFormat.of().withUpperCase().formatHex(pgpKeys.getPublicKey().getFingerprint());
    }

    /** The public key as an ASCII-armoured OpenPGP key block, for {@code gpg --import}. */
    public byte[] armoredPublicKey() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armor = armor(out)) {
            publicRing.encode(armor, true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** An ASCII-armoured detached OpenPGP signature (binary document, SHA-512) of the data. */
    public byte[] sign(byte[] data) {
        try {
            PGPSignatureGenerator generator = new PGPSignatureGenerator(contentSigner(), pgpKeys.getPublicKey());
            generator.init(PGPSignature.BINARY_DOCUMENT, pgpKeys.getPrivateKey());
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

    private static JcaPGPContentSignerBuilder contentSigner() {
        return new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA512);
    }
}
