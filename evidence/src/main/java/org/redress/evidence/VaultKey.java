package org.redress.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.redress.evidence.internal.KeyDerivation;

/**
 * The key that opens a vault: a 256-bit key the host supplies (from its platform key store), or a passphrase from
 * which the vault derives one with Argon2id. Each item's own data key is wrapped with it. Call {@link #destroy()}
 * when done to clear the copy held here.
 *
 * @since 1.0
 */
public final class VaultKey {

    private final byte[] hostKey;
    private final char[] passphrase;
    /** A derivation started by {@link #deriveAhead}, or null. */
    private Ahead ahead;

    private VaultKey(byte[] hostKey, char[] passphrase) {
        this.hostKey = hostKey;
        this.passphrase = passphrase;
    }

    /**
     * {@return a 32-byte key supplied by the host (copied)}
     *
     * @param key the key's 32 bytes; the caller may wipe its array afterwards
     * @throws IllegalArgumentException when the key is not 32 bytes long
     */
    public static VaultKey hostKey(byte[] key) {
        if (Objects.requireNonNull(key, "key").length != 32) {
            throw new IllegalArgumentException("A vault key is 32 bytes (256 bits).");
        }
        return new VaultKey(key.clone(), null);
    }

    /**
     * {@return a passphrase (copied); the vault derives its key with Argon2id}
     *
     * @param passphrase the passphrase; the caller may wipe its array afterwards
     * @throws IllegalArgumentException when the passphrase is empty
     */
    public static VaultKey passphrase(char[] passphrase) {
        if (Objects.requireNonNull(passphrase, "passphrase").length == 0) {
            throw new IllegalArgumentException("The passphrase is empty.");
        }
        return new VaultKey(null, passphrase.clone());
    }

    /** {@return whether this is a passphrase} */
    public boolean isPassphrase() {
        return passphrase != null;
    }

    byte[] hostKeyBytes() {
        return hostKey;
    }

    char[] passphraseChars() {
        return passphrase;
    }

    /**
     * Starts deriving, on a background thread, the key that opening (or creating) the vault in {@code dir} will need,
     * so that the Argon2id work overlaps whatever the caller does before {@link DirectoryVault#openOrCreate}: reading
     * its own files, say. Nothing is written and nothing changes: for a folder with a vault the stored parameters and
     * salt are used; for one without, the default parameters and a fresh random salt, which the vault created with this
     * key then stores (once; a second vault gets a salt of its own). Opening uses the result only when the parameters
     * it reads are the same; otherwise, or if the derivation failed, it derives the key itself, as without this call.
     * Does nothing for a host key or when called again.
     *
     * @param dir the vault's folder, as given to {@link DirectoryVault#openOrCreate}
     * @since 1.0
     */
    public synchronized void deriveAhead(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!isPassphrase() || ahead != null) {
            return;
        }
        KeyDerivation.Argon2 params;
        boolean forNewVault;
        try {
            params = DirectoryVault.storedArgon2(dir);
            forNewVault = params == null && !Files.exists(dir.resolve("vault.json"));
        } catch (java.io.IOException | RuntimeException e) {
            return; // opening reads the header again and reports what is wrong with it
        }
        if (params == null && !forNewVault) {
            return;
        }
        if (params == null) {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            params = KeyDerivation.Argon2.defaults(salt);
        }
        ahead = new Ahead(params, forNewVault, passphrase.clone());
        Thread t = new Thread(ahead, "redress-key-derivation");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The parameters for a new vault: those of {@link #deriveAhead} if it prepared a new vault's (used once), else the
     * defaults with a fresh random salt.
     */
    synchronized KeyDerivation.Argon2 newVaultParameters() {
        if (ahead != null && ahead.forNewVault && !ahead.saltTaken) {
            ahead.saltTaken = true;
            return ahead.params;
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return KeyDerivation.Argon2.defaults(salt);
    }

    /** The key derived from the passphrase with these parameters: the one derived ahead if it matches, else now. */
    byte[] derive(KeyDerivation.Argon2 params) {
        Ahead a;
        synchronized (this) {
            a = ahead;
        }
        if (a != null && a.params.sameAs(params)) {
            byte[] kek = a.await();
            if (kek != null) {
                return kek;
            }
        }
        return KeyDerivation.argon2id(passphrase, params);
    }

    /** A derivation on a background thread; its result is handed out as copies and cleared by {@link #destroy}. */
    private static final class Ahead implements Runnable {
        final KeyDerivation.Argon2 params;
        final boolean forNewVault;
        boolean saltTaken;
        private char[] passphrase;
        private byte[] kek;
        private boolean done;
        private boolean destroyed;

        Ahead(KeyDerivation.Argon2 params, boolean forNewVault, char[] passphrase) {
            this.params = params;
            this.forNewVault = forNewVault;
            this.passphrase = passphrase;
        }

        @Override
        public void run() {
            byte[] result = null;
            try {
                result = KeyDerivation.argon2id(passphrase, params);
            } catch (RuntimeException | Error e) {
                // derive() then derives the key itself, and reports any failure there
            } finally {
                synchronized (this) {
                    Arrays.fill(passphrase, '\0');
                    if (destroyed && result != null) {
                        Arrays.fill(result, (byte) 0);
                        result = null;
                    }
                    kek = result;
                    done = true;
                    notifyAll();
                }
            }
        }

        /** A copy of the derived key, waiting for it; null if the derivation failed or the key was destroyed. */
        synchronized byte[] await() {
            boolean interrupted = false;
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return kek == null ? null : kek.clone();
        }

        synchronized void destroy() {
            destroyed = true;
            if (kek != null) {
                Arrays.fill(kek, (byte) 0);
                kek = null;
            }
            if (done) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** Clears the key material held here (a key being derived ahead is cleared as soon as it is done). */
    public void destroy() {
        Ahead a;
        synchronized (this) {
            a = ahead;
        }
        if (a != null) {
            a.destroy();
        }
        if (hostKey != null) {
            Arrays.fill(hostKey, (byte) 0);
        }
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    @Override
    public String toString() {
        return isPassphrase() ? "VaultKey[passphrase ***]" : "VaultKey[host key ***]";
    }
}
