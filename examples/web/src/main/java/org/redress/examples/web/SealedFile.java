package org.redress.examples.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A small file kept encrypted at rest (the case JSON): AES-256-GCM under a key derived from the passphrase with
 * Argon2id, written atomically (temporary file, fsync, rename). Evidence files live in the evidence vault; this
 * holds only the case's own JSON.
 *
 * <p>Layout: {@code "RSF1"}, 16-byte salt, 12-byte nonce, ciphertext with its 16-byte tag.
 */
final class SealedFile {

    private static final byte[] MAGIC = "RSF1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final byte[] salt;
    /** The key; zeroed by {@link #destroy()}. */
    private final byte[] key;

    private SealedFile(Path file, byte[] salt, byte[] key) {
        this.file = file;
        this.salt = salt;
        this.key = key;
    }

    /** Opens a sealed file (or prepares a new one) with a passphrase. */
    static SealedFile open(Path file, char[] passphrase) throws IOException {
        byte[] salt = new byte[16];
        if (Files.exists(file)) {
            byte[] head = new byte[MAGIC.length + salt.length];
            try (var in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, head.length) != head.length
                        || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
                    throw new IOException("not a sealed case file: " + file.getFileName());
                }
            }
            System.arraycopy(head, MAGIC.length, salt, 0, salt.length);
        } else {
            RANDOM.nextBytes(salt);
        }
        return new SealedFile(file, salt, derive(passphrase, salt));
    }

    private static byte[] derive(char[] passphrase, byte[] salt) {
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withSalt(salt).withIterations(2).withMemoryAsKB(19 * 1024).withParallelism(1).build());
        byte[] out = new byte[32];
        gen.generateBytes(passphrase, out);
        return out;
    }

    /** Whether a passphrase derives this file's key (checked in constant time). */
    boolean matches(char[] passphrase) {
        return java.security.MessageDigest.isEqual(derive(passphrase, salt), key);
    }

    /** Zeroes the key held here (the case is locked); this object cannot be used afterwards. */
    void destroy() {
        Arrays.fill(key, (byte) 0);
    }

    /** Whether the key has been zeroed (for tests). */
    boolean destroyed() {
        for (byte b : key) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private SecretKeySpec spec() {
        return new SecretKeySpec(key, "AES");
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The plaintext. @throws WrongPassphraseException when the passphrase does not open it */
    byte[] read() throws IOException {
        byte[] all = Files.readAllBytes(file);
        int at = MAGIC.length + salt.length;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, spec(), new GCMParameterSpec(128, all, at, 12));
            c.updateAAD(all, 0, at);
            return c.doFinal(all, at + 12, all.length - at - 12);
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt " + file.getFileName(), e);
        }
    }

    /** Replaces the content, atomically and durably. */
    void write(byte[] plaintext) throws IOException {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(MAGIC.length + salt.length).put(MAGIC).put(salt).array();
        byte[] sealed;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, spec(), new GCMParameterSpec(128, nonce));
            c.updateAAD(header);
            sealed = c.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt", e);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        org.redress.evidence.PrivateFiles.restrict(tmp); // 0600 before a byte is written
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (ByteBuffer b : new ByteBuffer[] {ByteBuffer.wrap(header), ByteBuffer.wrap(nonce),
                ByteBuffer.wrap(sealed)}) {
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // Some file systems cannot fsync a directory; the rename is still atomic.
        }
    }

    /** The passphrase does not open the data. */
    static final class WrongPassphraseException extends IOException {
        private static final long serialVersionUID = 1L;

        WrongPassphraseException() {
            super("the passphrase does not open this data folder");
        }
    }
}
