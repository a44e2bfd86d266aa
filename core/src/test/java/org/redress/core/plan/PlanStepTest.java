package org.redress.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.model.Jurisdiction;
import org.redress.core.route.Confidence;
import org.redress.core.route.Provenance;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;
import org.redress.core.route.Source;

class PlanStepTest {

    private static final Route ROUTE = Route.builder().id("xx.route").name("A route").kind(RouteKind.SUPPORT)
            .summary("A route.").addJurisdictions(Jurisdiction.of("GB-ENG"))
            .provenance(Provenance.of(Source.of("A source", "https://example.org/", Confidence.HIGH),
                    LocalDate.of(2026, 1, 1)))
            .build();

    @Test
    void aStepWithoutAReportBuilds() {
        PlanStep s = PlanStep.builder().routeId("xx.route").phase(StepPhase.SUPPORT).route(ROUTE)
                .addReasons(Reason.of("Why.")).build();
        assertThat(s.doneByReportId()).isEmpty();
    }

    @Test
    void aStepDoneByAReportKeepsItsIdAndRefusesAnEmptyOne() {
        assertThat(PlanStep.builder().routeId("xx.route").phase(StepPhase.SUPPORT).route(ROUTE)
                .addReasons(Reason.of("Why.")).doneByReportId("r1").build().doneByReportId()).contains("r1");
        assertThatThrownBy(() -> PlanStep.builder().routeId("xx.route").phase(StepPhase.SUPPORT).route(ROUTE)
                .addReasons(Reason.of("Why.")).doneByReportId("").build()).isInstanceOf(InvalidDataException.class);
    }
}
