package org.redress.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.json.RedressJson;
import org.redress.core.plan.Plan;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.plan.Warning;
import org.redress.core.route.ContactChannel;
import org.redress.core.route.Route;
import org.redress.uk.internal.RouteData;

/** The safety data: age ranges, sourced warnings built from the route data, and wording for a child's images. */
class UkSafetyDataTest {

    private final UkPack pack = new UkPack();

    private Route route(String id) {
        return pack.route(id).orElseThrow();
    }

    private String display(String routeId, String label) {
        return route(routeId).contacts().stream().filter(c -> c.label().equals(label)).findFirst()
                .flatMap(ContactChannel::display).orElseThrow();
    }

    @Test
    void routesDeclareTheAgesTheyServe() {
        assertThat(route(UkRouteIds.REVENGE_PORN_HELPLINE).isAdultsOnly()).isTrue();
        assertThat(route(UkRouteIds.REPORT_REMOVE).servesAge(17)).isTrue();
        assertThat(route(UkRouteIds.REPORT_REMOVE).servesAge(18)).isFalse();
        assertThat(route(UkRouteIds.CEOP).servesAge(17)).isTrue();
        assertThat(route(UkRouteIds.CEOP).servesAge(18)).isFalse();
        assertThat(route(UkRouteIds.CHILDLINE).servesAge(18)).isTrue();
        assertThat(route(UkRouteIds.CHILDLINE).servesAge(19)).isFalse();
        for (String id : List.of(UkRouteIds.REPORT_HARMFUL_CONTENT, UkRouteIds.CYBER_HELPLINE)) {
            assertThat(route(id).servesAge(12)).as(id).isFalse();
            assertThat(route(id).servesAge(13)).as(id).isTrue();
        }
    }

    @Test
    void everyWarningIsSourcedAndItsNumbersComeFromTheRouteData() {
        assertThat(pack.warnings()).extracting(Warning::id).containsExactlyElementsOf(UkWarnings.ALL);
        assertThat(RouteData.get().warningSources().keySet()).containsExactlyInAnyOrderElementsOf(UkWarnings.ALL);
        RouteData.get().warningSources().values().forEach(s -> {
            assertThat(s.sourceUrls()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("https://"));
            assertThat(s.verifiedOn()).isNotNull();
        });
        String selfHarm = pack.warning(UkWarnings.SELF_HARM_SUPPORT).orElseThrow().text();
        assertThat(selfHarm).contains(display(UkRouteIds.SAMARITANS, "Call free"))
                .contains(display(UkRouteIds.SHOUT, "Text")).doesNotContain("{");
        assertThat(pack.warning(UkWarnings.PLAN_YOUR_SAFETY).orElseThrow().text())
                .contains(display(UkRouteIds.NATIONAL_DOMESTIC_ABUSE_HELPLINE, "Helpline"));
        assertThat(UkWarnings.ALL.indexOf(UkWarnings.PLAN_YOUR_SAFETY))
                .isLessThan(UkWarnings.ALL.indexOf(StandardWarnings.HARASSER_MAY_BE_ALERTED));
    }

    @Test
    void aChildsImagesAreRecordedNeverSaved() throws IOException {
        Plan plan = pack.plan(RedressJson.readCase(Path.of("../examples/cases",
                "uk-sextortion-15-year-old-by-date-of-birth.json")), UkSampleCasesTest.AT);
        String keep = plan.warnings().stream().filter(w -> w.id().equals(StandardWarnings.KEEP_EVIDENCE))
                .findFirst().orElseThrow().text();
        String evidence = plan.step(UkRouteIds.PRESERVE_EVIDENCE).orElseThrow().route().summary();
        for (String text : List.of(keep, evidence)) {
            assertThat(text).contains("never").doesNotContain("Capture them first").doesNotContain("keep a copy")
                    .doesNotContainIgnoringCase("screenshots or saved pages");
        }
        assertThat(plan.routeIds()).doesNotContain(UkRouteIds.REVENGE_PORN_HELPLINE, UkRouteIds.REPORT_FRAUD)
                .contains(UkRouteIds.CEOP, UkRouteIds.IWF, UkRouteIds.REPORT_REMOVE, UkRouteIds.CHILDLINE);
    }

    @Test
    void thePoliceStepNamesOnlyThePersonsNationsPolice() throws IOException {
        Plan scotland = pack.plan(RedressJson.readCase(Path.of("../examples/cases",
                "uk-domestic-ex-partner-scotland.json")), UkSampleCasesTest.AT);
        Route police = scotland.step(UkRouteIds.POLICE).orElseThrow().route();
        assertThat(police.summary()).contains("Police Scotland").doesNotContain("PSNI")
                .doesNotContain("England and Wales");
        assertThat(police.contacts()).allSatisfy(c -> assertThat(c.label() + c.notes().orElse(""))
                .doesNotContain("PSNI").doesNotContain("England and Wales"));
    }
}
