package org.redress.evidence.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.Fixtures;
import org.redress.evidence.VaultKey;
import org.redress.core.plan.Planner;

/**
 * Writes the evidence fuzzers' seed inputs under {@code src/test/resources}: a small real bundle, a real custody log
 * and vault inputs (the case reader's seeds are written by core's {@code CaseReaderFuzzSeedsTest}). Run by hand when
 * a format changes ({@code -Dredress.fuzz.seeds=write}); the seeds are committed, and crashes found while fuzzing
 * are added beside them by Jazzer.
 */
@EnabledIfSystemProperty(named = "redress.fuzz.seeds", matches = "write")
class FuzzSeedsTest {

    private static final Path RESOURCES = Path.of("src/test/resources/org/redress/evidence");

    @Test
    void writeSeeds(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bundle.zip");
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"),
                VaultKey.hostKey(Fixtures.HOST_KEY));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            capture.capture(Fixtures.screenshot("ev-1").exhibitLabel("FX/1").build(), Fixtures.bytes(1, 40));
            log.checkpoint(BundleFixture.SIGNER.checkpointSigner(), Optional.empty());
            capture.capture(Fixtures.screenshot("ev-2").build(), Fixtures.bytes(2, 0));
            new BundleExporter(capture, BundleFixture.SIGNER, Optional.empty()).export(zip, new BundleRequest(
                    "case-fx-1", Optional.of("GB-ENG"), Optional.of("Fictional case for tests."),
                    List.of("ev-1", "ev-2"), ExportProfile.STANDARD, Fixtures.ACTOR, Fixtures.TOOL));
        }
        byte[] bundle = Files.readAllBytes(zip);
        byte[] empty = BundleFixture.zip(Map.of());
        byte[] one = BundleFixture.zip(Map.of("VERIFY.txt", "fictional".getBytes(StandardCharsets.UTF_8)));
        for (String method : List.of("zipDirectory", "verifyBundle")) {
            write("bundle/BundleFuzzTestInputs/" + method + "/small-bundle.zip", bundle);
            write("bundle/BundleFuzzTestInputs/" + method + "/empty.zip", empty);
            write("bundle/BundleFuzzTestInputs/" + method + "/one-member.zip", one);
        }

        byte[] events = Files.readAllBytes(dir.resolve("custody").resolve(CustodyLog.EVENTS_FILE));
        byte[] checkpoints = Files.readAllBytes(dir.resolve("custody").resolve(CustodyLog.CHECKPOINTS_FILE));
        for (String method : List.of("verifyLog", "openLog")) {
            write("custody/CustodyFuzzTestInputs/" + method + "/real-log", twoParts(events, checkpoints));
            write("custody/CustodyFuzzTestInputs/" + method + "/events-only", twoParts(events, new byte[0]));
        }

        write("VaultFuzzTestInputs/readVault/replace-header", new byte[] {'{', '}', 0, 0, 0, 0, 0, 0, 0, 0});
        write("VaultFuzzTestInputs/readVault/flip-key", new byte[] {7, 0, 1, 9, 3, 0, 0, 0, 1, 2});
        write("VaultFuzzTestInputs/readVault/cut-item", new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 1, 3});
    }

    /**
     * Bytes that Jazzer's FuzzedDataProvider splits back into the two parts: the first part's length is consumed
     * as an int in [0, 65536] from the end (three bytes, most significant last), then the first part from the
     * start, then the rest.
     */
    private static byte[] twoParts(byte[] first, byte[] second) {
        byte[] out = new byte[first.length + second.length + 3];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        int n = first.length;
        out[out.length - 3] = (byte) n;
        out[out.length - 2] = (byte) (n >> 8);
        out[out.length - 1] = (byte) (n >> 16);
        return out;
    }

    private static void write(String path, byte[] bytes) throws IOException {
        Path file = RESOURCES.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
