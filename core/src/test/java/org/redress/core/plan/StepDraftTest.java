package org.redress.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redress.core.model.Jurisdiction;
import org.redress.core.route.Confidence;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.LegalBasisKind;
import org.redress.core.route.Provenance;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;
import org.redress.core.route.Source;

class StepDraftTest {

    private static final LocalDate CHECKED = LocalDate.of(2026, 1, 1);
    private static final Route ROUTE = Route.builder().id("xx.route").name("A route").kind(RouteKind.SUPPORT)
            .summary("A route.").addJurisdictions(Jurisdiction.of("GB-ENG"))
            .provenance(Provenance.of(Source.of("A source", "https://example.org/", Confidence.UNVERIFIED), CHECKED))
            .build();

    private static LegalBasis offence(String id, Confidence confidence) {
        return LegalBasis.builder().id(id).citation("Fictional Act 2026, s." + id).title("An offence")
                .kind(LegalBasisKind.CRIMINAL_OFFENCE).summary("A fictional offence.")
                .addJurisdictions(Jurisdiction.of("GB-ENG"))
                .provenance(Provenance.of(Source.of("A source", "https://example.org/", confidence), CHECKED)).build();
    }

    @Test
    void theStepStatesWhatIsUnverifiedOnceAndKeepsWhatWasGathered() {
        StepDraft d = new StepDraft(ROUTE, StepPhase.REPORT)
                .reason("Why.", List.of("inc-1"))
                .offences(List.of(offence("1", Confidence.UNVERIFIED), offence("2", Confidence.HIGH)))
                .offence(offence("1", Confidence.UNVERIFIED))
                .note("A note.").note("A note.")
                .warn("b").warn("a").warn("b").warnIf(false, "c")
                .missing("/parties", "Who.")
                .documents("k1", "k1", "k2")
                .doneBy("r1");
        PlanStep s = d.build();
        assertThat(s.unverifiedNotes()).hasSize(3)
                .anyMatch(n -> n.startsWith("A route: Unverified"))
                .anyMatch(n -> n.startsWith("Fictional Act 2026, s.1: Unverified"))
                .contains("A note.");
        assertThat(s.warningIds()).containsExactly("b", "a");
        assertThat(d.build(List.of("a", "c", "b")).warningIds()).containsExactly("a", "b");
        assertThat(s.documentKinds()).containsExactly("k1", "k2");
        assertThat(s.missing()).hasSize(1);
        assertThat(s.doneByReportId()).contains("r1");
        assertThat(d.concernsAny(Set.of("inc-1", "inc-9"))).isTrue();
        assertThat(d.concernsAny(Set.of("inc-9"))).isFalse();
    }
}
