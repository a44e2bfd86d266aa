package org.redress.evidence;

import java.util.Arrays;
import java.util.Objects;

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

    /** Clears the key material held here. */
    public void destroy() {
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
