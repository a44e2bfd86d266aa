package org.redress.core.evidence;

import java.nio.file.Path;
import org.redress.core.custody.CustodyLog;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.plan.Planner;

/** The child process of {@link CrashTest}: ingests items until killed, printing each id once its capture returned. */
public final class CrashIngest {

    private CrashIngest() {
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
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"),
                VaultKey.hostKey(Fixtures.HOST_KEY));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                String id = args[1] + "-" + i;
                capture.capture(Fixtures.screenshot(id).origin(EvidenceOrigin.IMPORTED).build(), content(id));
                System.out.println("OK " + id);
                System.out.flush();
            }
        }
    }
}
