package org.redress.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Jurisdiction;
import org.redress.core.route.Confidence;
import org.redress.core.route.Provenance;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;
import org.redress.core.route.Source;

/**
 * A plan's parts are checked when they are built, so building the plan does not check them again; a plan read from
 * JSON is still checked as a whole, parts included.
 */
class CheckedWhenBuiltTest {

    private static final Route ROUTE = Route.builder().id("xx.route").name("A route").kind(RouteKind.SUPPORT)
            .summary("A route.").addJurisdictions(Jurisdiction.ENGLAND)
            .provenance(Provenance.of(Source.of("A source", "https://example.org/", Confidence.HIGH),
                    LocalDate.of(2026, 1, 1)))
            .build();

    private static Plan plan(List<String> incidentIds) {
        PlanStep step = PlanStep.builder().routeId("xx.route").phase(StepPhase.SUPPORT).route(ROUTE)
                .addReasons(Reason.of("Why.", incidentIds)).build();
        return Plan.builder().caseId("case-1").jurisdiction(Jurisdiction.ENGLAND).packId("xx")
                .asOf(OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC)).addSteps(step).build();
    }

    @Test
    void aReasonWithABlankIncidentIdIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> Reason.of("Why.", List.of("i1", " "))).isInstanceOf(InvalidDataException.class);
    }

    @Test
    void aPlanReadFromJsonIsCheckedDownToEachReasonsIncidentIds() {
        String json = new String(RedressJson.write(plan(List.of("i1", "i2"))), StandardCharsets.UTF_8);
        assertThat(RedressJson.read(json.getBytes(StandardCharsets.UTF_8), Plan.class, "plan").steps().get(0)
                .reasons().get(0).incidentIds()).containsExactly("i1", "i2");

        byte[] blank = json.replace("\"i2\"", "\" \"").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RedressJson.read(blank, Plan.class, "plan"))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).containsExactly("/steps/0/reasons/0/incidentIds/1"));
    }

    @Test
    void aRouteReadFromJsonInsideAPlanIsCheckedToo() {
        String json = new String(RedressJson.write(plan(List.of("i1"))), StandardCharsets.UTF_8);
        assertThat(json).containsOnlyOnce("\"A route\"");
        byte[] noName = json.replace("\"A route\"", "\"\"").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RedressJson.read(noName, Plan.class, "plan"))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer).contains("/steps/0/route/name"));
    }
}
