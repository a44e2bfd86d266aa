package org.redress.core.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the case reader fuzzer's seed inputs under {@code src/test/resources}: the sample case and hostile variants
 * of it. Run by hand when the format changes ({@code -Dredress.fuzz.seeds=write}); the seeds are committed, and
 * crashes found while fuzzing are added beside them by Jazzer. (The evidence fuzzers' seeds are written by
 * {@code org.redress.evidence.bundle.FuzzSeedsTest} in {@code redress-evidence}.)
 */
@EnabledIfSystemProperty(named = "redress.fuzz.seeds", matches = "write")
class CaseReaderFuzzSeedsTest {

    private static final Path RESOURCES = Path.of("src/test/resources/org/redress/core");

    @Test
    void writeSeeds() throws Exception {
        String sample = new String(RedressJson.writeCase(HostileJsonSamples.sample()),
                StandardCharsets.UTF_8);
        Map<String, String> cases = Map.of(
                "sample.json", sample,
                "duplicate-key.json", sample.replace("\"id\": \"case-1\"", "\"id\": \"case-1\", \"id\": \"case-2\""),
                "huge-exponent.json", sample.replace("\"id\": \"i1\"", "\"id\": \"i1\", \"amountDemanded\": "
                        + "{\"amount\": 1e999999999, \"currency\": \"GBP\"}"),
                "lone-surrogate.json", sample.replace("a fictional threat", "a \\uD800 threat"),
                "not-a-date.json", sample.replace("2026-03-01T21:04:00Z", "2026-02-30T21:04:00Z"),
                "misspelt.json", sample.replace("\"occurredAt\"", "\"occuredAt\""),
                "future.json", sample.replace("2026-03-01T21:04:00Z", "2099-03-01T21:04:00Z"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            write("json/CaseReaderFuzzTestInputs/readCase/" + c.getKey(), c.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(String path, byte[] bytes) throws IOException {
        Path file = RESOURCES.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
