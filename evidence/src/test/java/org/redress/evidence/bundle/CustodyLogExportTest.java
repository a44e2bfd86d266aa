package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.custody.BrokenCustodyLogException;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.custody.CustodyVerifier;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.Fixtures;
import org.redress.evidence.VaultKey;
import org.redress.core.plan.Planner;

/** Export refuses a broken custody log, and a rebuilt one never verifies clean. */
class CustodyLogExportTest {

    @TempDir
    Path dir;

    private BundleManifest export(String name) throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"),
                VaultKey.hostKey(Fixtures.HOST_KEY));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            if (!vault.contains("ev-1")) {
                capture.capture(Fixtures.screenshot("ev-1").build(), Fixtures.bytes(1, 500));
                capture.capture(Fixtures.screenshot("ev-2").build(), Fixtures.bytes(2, 500));
            }
            return new BundleExporter(capture, BundleSigner.of(vault.signingKey(), "Redress tests (fictional)"),
                    Optional.empty()).export(dir.resolve(name), new BundleRequest("case-fx-1", Optional.of("GB-ENG"),
                    Optional.empty(), List.of("ev-1", "ev-2"), ExportProfile.FULL, Fixtures.ACTOR, Fixtures.TOOL));
        }
    }

    @Test
    void aTamperedLogIsRefusedNamingTheEventAndNothingIsWritten() throws Exception {
        export("first.zip");
        Path events = dir.resolve("custody/custody.jsonl");
        String text = Files.readString(events, StandardCharsets.UTF_8);
        Files.writeString(events, text.replaceFirst("\"ev-2\"", "\"ev-9\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> export("second.zip")).isInstanceOf(BrokenCustodyLogException.class)
                .hasMessageContaining("event 1");
        assertThat(dir.resolve("second.zip")).doesNotExist();
    }

    @Test
    void aWipedLogIsRebuiltAsLostHistoryAndItsBundleNeverVerifiesClean() throws Exception {
        export("first.zip");
        assertThat(BundleVerifier.verify(dir.resolve("first.zip")).ok()).isTrue();
        Files.write(dir.resolve("custody/custody.jsonl"), new byte[0]);
        Files.write(dir.resolve("custody/checkpoints.jsonl"), new byte[0]);
        export("second.zip");
        BundleVerdict verdict = BundleVerifier.verify(dir.resolve("second.zip"));
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.findings()).anyMatch(f -> f.subject().equals("custody/custody.jsonl")
                && f.reason().contains(CustodyVerifier.HISTORY_LOST_REASON) && f.reason().contains("ev-1"));
    }

    @Test
    void everyExportFromOneVaultVerifiesWithTheSameFingerprint() throws Exception {
        BundleManifest first = export("first.zip");
        BundleManifest second = export("second.zip");
        assertThat(second.signerFingerprint()).isEqualTo(first.signerFingerprint());
        assertThat(BundleVerifier.verify(dir.resolve("second.zip"), Optional.of(first.signerFingerprint()))
                .findings()).isEmpty();
    }
}
