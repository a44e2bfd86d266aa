package org.redress.uk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Warning;

/**
 * Every UK sample case in {@code examples/cases} with a sidecar {@code expected/<name>.json} is planned (at the
 * samples' planning time, 2026-11-22T12:00Z, the sidecar's {@code asOf}) and must give exactly the route ids and warning ids the
 * sidecar lists, in that order. The sidecars are the reviewed answers: danger from the facts, a child by date of
 * birth, a domestic ex-partner, an account takeover, an unanswered platform report and one comment from a stranger.
 */
class UkSafetySampleCasesTest {

    private static final Path CASES = Path.of("../examples/cases");

    @TestFactory
    Stream<DynamicTest> eachSampleGetsExactlyItsRoutesAndWarningsInOrder() throws IOException {
        List<Path> sidecars;
        try (Stream<Path> files = Files.list(CASES.resolve("expected"))) {
            sidecars = files.filter(p -> p.getFileName().toString().startsWith("uk-")
                    && p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(sidecars).as("UK sample cases with expected plans").hasSizeGreaterThanOrEqualTo(6);
        return sidecars.stream().map(sidecar -> DynamicTest.dynamicTest(sidecar.getFileName().toString(), () -> {
            JsonNode expected = RedressJson.newMapper().readTree(sidecar.toFile());
            String name = expected.get("case").asText();
            Case c = RedressJson.readCase(CASES.resolve(name));
            assertThat(c.schemaVersion()).isEqualTo("1.1");
            Plan plan = new UkPack().plan(c, UkSampleCasesTest.AT);
            assertThat(plan.routeIds()).as("%s routes", name).containsExactlyElementsOf(strings(expected.get("routes")));
            assertThat(plan.warnings().stream().map(Warning::id).toList()).as("%s warnings", name)
                    .containsExactlyElementsOf(strings(expected.get("warnings")));
        }));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
