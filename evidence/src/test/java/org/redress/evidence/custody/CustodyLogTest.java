package org.redress.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.InvalidDataException;
import org.redress.evidence.Fixtures;

class CustodyLogTest {

    @TempDir
    Path dir;

    private final CheckpointSigner signer = CheckpointSigner.generate();

    private void fill(CustodyLog log, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            log.append(CustodyEventType.VIEWED, Fixtures.ACTOR, Fixtures.TOOL, List.of("ev-" + i));
        }
    }

    @Test
    void appendedEventsChainCheckpointAndVerify() throws Exception {
        try (CustodyLog log = CustodyLog.open(dir)) {
            fill(log, 5);
            Checkpoint first = log.checkpoint(signer, Optional.empty());
            log.append(CustodyEventType.TRANSFERRED, Fixtures.ACTOR, Fixtures.TOOL, List.of("ev-1"),
                    b -> b.transfer(Transfer.builder().from("collector-7f3a").to("Example Police")
                            .method("bundle on encrypted USB stick").reference("CRN-0000-FICTIONAL").build()));
            fill(log, 3);
            Checkpoint second = log.checkpoint(signer, Optional.empty());
            assertThat(log.verify(Optional.of(signer.publicKey())).ok()).isTrue();
            assertThat(log.events()).hasSize(9);
            assertThat(log.events().get(1).previousHash())
                    .isEqualTo(java.util.HexFormat.of().formatHex(log.eventHash(0)));
            InclusionProof p = log.inclusionProof(5, second);
            assertThat(p.verifies(second.rootHash())).isTrue();
            assertThat(p.verifies(first.rootHash())).isFalse();
            ConsistencyProof c = log.consistencyProof(first, second);
            assertThat(c.verifies(first.rootHash(), second.rootHash())).isTrue();
        }
        try (CustodyLog again = CustodyLog.open(dir)) {
            assertThat(again.size()).isEqualTo(9);
            assertThat(again.checkpoints()).hasSize(2);
        }
    }

    @Test
    void aTransferWithoutItsDetailsIsRefused() throws Exception {
        try (CustodyLog log = CustodyLog.open(dir)) {
            assertThatThrownBy(() -> log.append(CustodyEventType.TRANSFERRED, Fixtures.ACTOR, Fixtures.TOOL,
                    List.of("ev-1"))).isInstanceOf(InvalidDataException.class);
            assertThat(log.size()).isZero();
        }
    }

    @Test
    void aChangedEventIsNamed() throws Exception {
        try (CustodyLog log = CustodyLog.open(dir)) {
            fill(log, 6);
            log.checkpoint(signer, Optional.empty());
        }
        Path events = dir.resolve(CustodyLog.EVENTS_FILE);
        List<String> lines = Files.readAllLines(events);
        lines.set(2, lines.get(2).replace("\"ev-2\"", "\"ev-9\""));
        Files.write(events, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        VerificationReport report = CustodyVerifier.verify(Files.readAllBytes(events),
                Files.readAllBytes(dir.resolve(CustodyLog.CHECKPOINTS_FILE)), Optional.of(signer.publicKey()));
        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).extracting(VerificationReport.Finding::subject)
                .contains("event 2", "checkpoint 0");
        assertThat(report.findings()).noneMatch(f -> f.subject().equals("event 3"));
    }

    @Test
    void removedReorderedAndForeignSignedAreNamed() throws Exception {
        try (CustodyLog log = CustodyLog.open(dir)) {
            fill(log, 4);
            log.checkpoint(signer, Optional.empty());
        }
        byte[] cps = Files.readAllBytes(dir.resolve(CustodyLog.CHECKPOINTS_FILE));
        List<String> lines = Files.readAllLines(dir.resolve(CustodyLog.EVENTS_FILE));

        byte[] removedLast = (String.join("\n", lines.subList(0, 3)) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(CustodyVerifier.verify(removedLast, cps, Optional.empty()).findings())
                .anyMatch(f -> f.subject().equals("checkpoint 0") && f.reason().contains("removed"));

        byte[] swapped = (lines.get(0) + "\n" + lines.get(2) + "\n" + lines.get(1) + "\n" + lines.get(3) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CustodyVerifier.verify(swapped, cps, Optional.empty()).findings())
                .extracting(VerificationReport.Finding::subject).contains("event 1", "event 2");

        byte[] events = Files.readAllBytes(dir.resolve(CustodyLog.EVENTS_FILE));
        assertThat(CustodyVerifier.verify(events, cps, Optional.of(CheckpointSigner.generate().publicKey()))
                .findings()).extracting(VerificationReport.Finding::subject).containsExactly("checkpoint 0 public key");

        String forged = new String(cps, StandardCharsets.UTF_8).replace("\"treeSize\":4", "\"treeSize\":3");
        assertThat(CustodyVerifier.verify(events, forged.getBytes(StandardCharsets.UTF_8), Optional.empty())
                .findings()).extracting(VerificationReport.Finding::subject)
                .contains("checkpoint 0 signature");
    }

    @Test
    void aTimeStampTokenThatIsNotBase64IsAFindingNotACrash() throws Exception {
        try (CustodyLog log = CustodyLog.open(dir)) {
            fill(log, 2);
            log.checkpoint(signer, Optional.empty());
        }
        byte[] events = Files.readAllBytes(dir.resolve(CustodyLog.EVENTS_FILE));
        String cps = new String(Files.readAllBytes(dir.resolve(CustodyLog.CHECKPOINTS_FILE)), StandardCharsets.UTF_8);
        String withToken = cps.replaceFirst("}\\s*$", ",\"timeStampToken\":\"AAAA=B\"}\n");
        assertThat(withToken).contains("timeStampToken");
        assertThat(CustodyVerifier.verify(events, withToken.getBytes(StandardCharsets.UTF_8), Optional.empty())
                .findings()).anyMatch(f -> f.subject().equals("checkpoint 0 time-stamp")
                        && f.reason().contains("not base64"));
    }

    @Test
    void aTornLastLineIsDroppedOnOpen() throws Exception {
        try (CustodyLog log = CustodyLog.open(dir)) {
            fill(log, 3);
        }
        Files.write(dir.resolve(CustodyLog.EVENTS_FILE), "{\"actor\":{\"id\":\"x".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        try (CustodyLog log = CustodyLog.open(dir)) {
            assertThat(log.size()).isEqualTo(3);
            fill(log, 1);
            assertThat(log.verify(Optional.empty()).ok()).isTrue();
        }
    }

    @Test
    void oneProcessAtATime() throws Exception {
        try (CustodyLog log = CustodyLog.open(dir)) {
            assertThatThrownBy(() -> CustodyLog.open(dir)).hasMessageContaining("already open");
        }
    }
}
