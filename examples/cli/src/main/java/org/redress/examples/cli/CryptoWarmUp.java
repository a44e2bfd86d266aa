package org.redress.examples.cli;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gets the JIT to compile AES-GCM and SHA-256 before a capture needs them. In a fresh JVM the JDK's AES-GCM runs
 * without its CPU intrinsics (AES-NI, carry-less multiply) until the C2 compiler has compiled its callers, which
 * happens after some thousands of calls: with the vault's 64 KiB segments that was the first 300-500 MiB of a
 * capture, at about a tenth of the compiled speed. Many calls on small buffers reach the same count for a fraction
 * of the work, and they run on a background thread while the vault's key is derived from the passphrase (Argon2id),
 * which takes a second or so anyway.
 *
 * <p>Only throwaway data is used: an all-zero key and buffer, never the vault's key or the evidence.
 */
final class CryptoWarmUp {

    /** The system property that turns the warm-up off ({@code -Dredress.cryptoWarmUp=false}), to measure it. */
    static final String PROPERTY = "redress.cryptoWarmUp";

    /** Calls per method: above the tiered compiler's C2 invocation threshold (5,000) with room to spare. */
    static final int CALLS = 12_000;
    /** Bytes per call: small, so the calls are cheap while the code is still interpreted. */
    static final int SMALL = 256;
    /** Every so often a buffer above AES-GCM's parallel threshold (7,680 bytes), so that path is warm too. */
    static final int LARGE = 8 * 1024;

    private CryptoWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns it. */
    static Thread start() {
        Thread t = new Thread(CryptoWarmUp::run, "redress-crypto-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    static void run() {
        try {
            SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] aad = new byte[40];
            byte[] plain = new byte[LARGE];
            byte[] sealed = new byte[LARGE + 16];
            for (int i = 0; i < CALLS; i++) {
                int length = i % 64 == 63 ? LARGE : SMALL;
                // A distinct nonce per call, as GCM requires (the key is a throwaway one).
                cipher.init(Cipher.ENCRYPT_MODE, key,
                        new GCMParameterSpec(128, ByteBuffer.allocate(12).putInt(8, i).array()));
                cipher.updateAAD(aad);
                cipher.doFinal(plain, 0, length, sealed, 0);
                sha.update(plain, 0, length);
            }
            sha.digest();
        } catch (GeneralSecurityException | RuntimeException e) {
            // Only a warm-up: the capture itself reports any real problem with AES-GCM or SHA-256.
        }
    }
}
