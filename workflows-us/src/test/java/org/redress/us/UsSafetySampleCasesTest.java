package org.redress.us;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutableIncident;
import org.redress.core.model.ImmutableReportMade;
import org.redress.core.model.ReportMade;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.Warning;

/**
 * The US sample cases that come with an expected plan: for each {@code examples/cases/us-*.json} with a sidecar
 * {@code examples/cases/expected/us-*.json} (kept apart so that tools reading every case in the folder do not see
 * it), the plan made at the sidecar's {@code plannedAt} gives exactly the route ids and the warnings listed there,
 * in that order, and no step text says what the sidecar forbids.
 */
class UsSafetySampleCasesTest {

    private static final Path CASES = Path.of("../examples/cases");
    private static final Path EXPECTED = CASES.resolve("expected");
    private final UsPack pack = new UsPack();

    static Stream<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(EXPECTED)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("us-") && n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void planIsTheExpectedOne(String name) throws Exception {
        Case c = RedressJson.readCase(CASES.resolve(name + ".json"));
        JsonNode expected = RedressJson.newMapper().readTree(Files.readAllBytes(EXPECTED.resolve(name + ".json")));
        Plan plan = pack.plan(c, PlanningContext.at(OffsetDateTime.parse(expected.get("plannedAt").asText())));
        assertThat(c.schemaVersion()).isEqualTo("1.1");
        assertThat(plan.routeIds()).as("%s: route ids, in order", name).containsExactlyElementsOf(strings(expected, "routeIds"));
        assertThat(plan.warnings()).extracting(Warning::id).as("%s: warnings, in order", name)
                .containsExactlyElementsOf(strings(expected, "warnings"));
        if (expected.has("routeNames")) {
            expected.get("routeNames").fields().forEachRemaining(e -> assertThat(plan.step(e.getKey()).orElseThrow()
                    .route().name()).as("%s: name of %s", name, e.getKey()).contains(e.getValue().asText()));
        }
        if (expected.has("notDone")) {
            for (String id : strings(expected, "notDone")) {
                assertThat(plan.step(id).orElseThrow().doneByReportId()).as("%s: %s is not done", name, id).isEmpty();
            }
        }
        String text = planText(plan);
        for (String forbidden : strings(expected, "textNever")) {
            assertThat(text).as("%s: the plan never says '%s'", name, forbidden).doesNotContainIgnoringCase(forbidden);
        }
        for (String required : strings(expected, "textContains")) {
            assertThat(text).as("%s: the plan says '%s'", name, required).containsIgnoringCase(required);
        }
    }

    /**
     * A platform report still waiting for an answer counts as done until the answer time kept in the data
     * ({@code deadlines.json}: 7 days) runs out; from then on the plan says to escalate.
     */
    @Test
    void aPlatformReportIsDoneUntilItsAnswerTimeRunsOut() throws Exception {
        Case c = RedressJson.readCase(CASES.resolve("us-ca-unanswered-platform-report.json"));
        ReportMade r = ImmutableReportMade.copyOf(c.reports().get(0)).withOutcome(Optional.empty());
        Case waiting = ImmutableCase.copyOf(c).withReports(r);
        OffsetDateTime made = r.madeAt();
        PlanStep early = pack.plan(waiting, PlanningContext.at(made.plusDays(7).minusMinutes(1)))
                .step(UsRouteIds.PLATFORM_REPORT).orElseThrow();
        assertThat(early.doneByReportId()).contains("r1");
        PlanStep late = pack.plan(waiting, PlanningContext.at(made.plusDays(7)))
                .step(UsRouteIds.PLATFORM_REPORT).orElseThrow();
        assertThat(late.doneByReportId()).isEmpty();
        assertThat(late.deadline()).contains(made.plusDays(7));
        assertThat(late.reasons()).anyMatch(x -> x.text().contains("Escalate now"));
    }

    /** The short plan is only for one comment that is not a threat: a threat from the same stranger gets the full plan. */
    @Test
    void oneThreateningCommentIsNotAShortPlan() throws Exception {
        Case c = RedressJson.readCase(CASES.resolve("us-fl-one-comment-stranger.json"));
        Case threat = ImmutableCase.copyOf(c).withIncidents(ImmutableIncident.copyOf(c.incidents().get(0))
                .withKinds(HarassmentKind.THREAT_OF_VIOLENCE));
        Plan plan = pack.plan(threat, PlanningContext.at(OffsetDateTime.parse("2026-11-22T12:00:00Z")));
        assertThat(plan.routeIds()).contains(UsRouteIds.POLICE, UsRouteIds.PLATFORM_REPORT, UsRouteIds.SUPPORT_988)
                .hasSizeGreaterThan(2);
    }

    /** Everything a person reads in the plan: warnings, step reasons, route summaries, needs and contacts. */
    private static String planText(Plan plan) {
        StringBuilder sb = new StringBuilder();
        for (Warning w : plan.warnings()) {
            sb.append(w.title()).append('\n').append(w.text()).append('\n');
        }
        for (PlanStep s : plan.steps()) {
            s.reasons().forEach(r -> sb.append(r.text()).append('\n'));
            sb.append(s.route().summary()).append('\n');
            s.route().needs().forEach(n -> sb.append(n).append('\n'));
            s.route().contacts().forEach(ch -> sb.append(ch.label()).append('\n'));
        }
        return sb.toString();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        if (n.has(field)) {
            n.get(field).forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
