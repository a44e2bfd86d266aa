package org.redress.core.custody;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The Ed25519 key that signs custody checkpoints. The host keeps the key pair (for example in its platform key
 * store) and gives it here; {@link #generate()} makes a new one.
 */
public final class CheckpointSigner {

    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointSigner(KeyPair keys) {
        this.privateKey = Objects.requireNonNull(keys.getPrivate(), "private key");
        this.publicKey = Objects.requireNonNull(keys.getPublic(), "public key");
        if (!"Ed25519".equals(publicKey.getAlgorithm()) && !"EdDSA".equals(publicKey.getAlgorithm())) {
            throw new IllegalArgumentException("Checkpoints are signed with Ed25519 keys.");
        }
    }

    /** A signer with an existing Ed25519 key pair (JCA algorithm {@code Ed25519}). */
    public static CheckpointSigner of(KeyPair keys) {
        return new CheckpointSigner(keys);
    }

    /** A signer with a new random Ed25519 key pair. */
    public static CheckpointSigner generate() {
        try {
            return new CheckpointSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    /** The public key. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The raw 32-byte public key in base64, as checkpoints carry it. */
    public String publicKeyBase64() {
        return encodePublicKey(publicKey);
    }

    byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** The raw 32-byte form of an Ed25519 public key, base64. */
    public static String encodePublicKey(PublicKey key) {
        byte[] spki = key.getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }

    /**
     * An Ed25519 public key from its raw 32-byte base64 form.
     *
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
