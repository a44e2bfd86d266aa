package org.redress.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redress.evidence.custody.CustodyLog;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.plan.Planner;

/**
 * The child process of {@link CrashTest}: ingests items until killed, printing each id once its capture returned, and
 * after every second item changes the vault's key to the next of {@link #KEYS}, printing
 * {@code CHANGING <key>} before and {@code KEYED <key>} after.
 */
public final class CrashIngest {

    private CrashIngest() {
    }

    /** The names of the keys the vault goes round: two host keys and a passphrase. */
    static final List<String> KEYS = List.of("H", "G", "P");

    /** A key by name. */
    static VaultKey key(String name) {
        return switch (name) {
            case "H" -> VaultKey.hostKey(Fixtures.HOST_KEY);
            case "G" -> VaultKey.hostKey(Fixtures.bytes(7, 32));
            default -> VaultKey.passphrase("fictional crash passphrase".toCharArray());
        };
    }

    /**
     * The name of the one key of {@link #KEYS} that opens the vault.
     *
     * @throws IllegalStateException when more than one key opens it, or none does
     */
    static String validKey(Path dir) throws Exception {
        List<String> opening = new ArrayList<>();
        for (String candidate : KEYS) {
            try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, key(candidate))) {
                opening.add(candidate);
            } catch (VaultException e) {
                // not this key
            }
        }
        if (opening.size() != 1) {
            throw new IllegalStateException("Keys that open the vault: " + opening);
        }
        return opening.get(0);
    }

    /** The content of an item, derived from its id so the parent can check it. */
    static byte[] content(String id) {
        return Fixtures.bytes(id.hashCode(), 1_000 + Math.floorMod(id.hashCode(), 60_000));
    }

    /**
     * Ingests items.
     *
     * @param args the directory and the prefix of item ids
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String current = Files.exists(dir.resolve("vault/vault.json")) ? validKey(dir.resolve("vault")) : "H";
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"), key(current));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                String id = args[1] + "-" + i;
                capture.capture(Fixtures.screenshot(id).origin(EvidenceOrigin.IMPORTED).build(), content(id));
                System.out.println("OK " + id);
                System.out.flush();
                if (i % 2 == 1) {
                    String next = KEYS.get((KEYS.indexOf(current) + 1) % KEYS.size());
                    System.out.println("CHANGING " + next);
                    System.out.flush();
                    vault.changeKey(key(next));
                    current = next;
                    System.out.println("KEYED " + next);
                    System.out.flush();
                }
            }
        }
    }
}
