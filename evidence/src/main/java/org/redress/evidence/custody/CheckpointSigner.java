package org.redress.evidence.custody;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs custody checkpoints with a {@link SigningKey} (held in memory, in a vault, or in an HSM or key service).
 *
 * @since 1.0
 */
public final class CheckpointSigner {

    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final SigningKey key;

    private CheckpointSigner(SigningKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * {@return a signer with an existing Ed25519 key pair (JCA algorithm {@code Ed25519})}
     *
     * @param keys the Ed25519 key pair
     */
    public static CheckpointSigner of(KeyPair keys) {
        return new CheckpointSigner(SigningKey.of(keys, java.time.Instant.now()));
    }

    /**
     * {@return a signer with a signing key}
     *
     * @param key the signing key, such as a vault's
     */
    public static CheckpointSigner of(SigningKey key) {
        return new CheckpointSigner(key);
    }

    /** {@return a signer with a new random Ed25519 key pair} */
    public static CheckpointSigner generate() {
        return new CheckpointSigner(SigningKey.generate());
    }

    /** {@return the signing key} */
    public SigningKey signingKey() {
        return key;
    }

    /** {@return the public key} */
    public PublicKey publicKey() {
        return key.publicKey();
    }

    /** {@return the raw 32-byte public key in base64, as checkpoints carry it} */
    public String publicKeyBase64() {
        return encodePublicKey(key.publicKey());
    }

    byte[] sign(byte[] message) {
        return key.sign(message);
    }

    /**
     * {@return the raw 32-byte form of an Ed25519 public key, base64}
     *
     * @param key an Ed25519 public key
     */
    public static String encodePublicKey(PublicKey key) {
        byte[] spki = key.getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    /**
     * An Ed25519 public key from its raw 32-byte base64 form.
     *
     * @param base64 the raw 32-byte key in base64
     * @return the public key
     * @throws IllegalArgumentException when it is not one
     */
    public static PublicKey decodePublicKey(String base64) {
        byte[] raw = Base64.getDecoder().decode(base64);
        if (raw.length != 32) {
            throw new IllegalArgumentException("An Ed25519 public key is 32 bytes.");
        }
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
