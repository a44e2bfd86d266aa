package org.redress.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.model.Case;

/**
 * Coverage-guided fuzzing of the case reader (Jazzer). Under plain {@code mvn test} it runs the committed inputs in
 * {@code src/test/resources/org/redress/core/json/CaseReaderFuzzTestInputs/readCase/} (seeds and every crash ever
 * found); with {@code JAZZER_FUZZ=1} it fuzzes (see docs/fuzzing.md). Any outcome but a case or an
 * {@link InvalidDataException} is a finding.
 */
class CaseReaderFuzzTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "30s")
    void readCase(byte[] json) {
        try {
            Case c = RedressJson.readCase(json, NOW);
            // what was read writes, and reads back the same
            assertThat(RedressJson.readCase(RedressJson.writeCase(c), NOW)).isEqualTo(c);
        } catch (InvalidDataException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.pointer().isEmpty() || p.pointer().startsWith("/")).isTrue();
            }
        }
    }
}
