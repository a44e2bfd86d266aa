package org.redress.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.redress.core.InvalidDataException;

/**
 * Coverage-guided fuzzing (Jazzer) of the custody log's readers: the verifier over any two byte strings (events
 * and checkpoints), and a log opened from a directory whose files hold them. The verifier must give a report; the
 * log may refuse to open with an {@link IOException} or {@link InvalidDataException}; anything else is a finding.
 * Under plain {@code mvn test} it runs the committed inputs in
 * {@code src/test/resources/org/redress/evidence/custody/CustodyFuzzTestInputs/<method>/} (the first input byte string
 * is the events file, the rest the checkpoints file; seeds from a real log); with {@code JAZZER_FUZZ=1} it fuzzes
 * (see docs/fuzzing.md).
 */
class CustodyFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void verifyLog(FuzzedDataProvider data) {
        byte[] events = data.consumeBytes(data.consumeInt(0, 1 << 16));
        byte[] checkpoints = data.consumeRemainingAsBytes();
        VerificationReport report = CustodyVerifier.verify(events, checkpoints, Optional.empty());
        assertThat(report).isNotNull();
    }

    @FuzzTest(maxDuration = "30s")
    void openLog(FuzzedDataProvider data) throws IOException {
        byte[] events = data.consumeBytes(data.consumeInt(0, 1 << 16));
        byte[] checkpoints = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("redress-fuzz-custody");
        try {
            Files.write(dir.resolve(CustodyLog.EVENTS_FILE), events);
            Files.write(dir.resolve(CustodyLog.CHECKPOINTS_FILE), checkpoints);
            try (CustodyLog log = CustodyLog.open(dir)) {
                assertThat(log.events()).hasSize((int) log.size());
                log.checkpoints();
                assertThat(log.verify(Optional.empty())).isNotNull();
            } catch (IOException | InvalidDataException refused) {
                // refused with a reason
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
