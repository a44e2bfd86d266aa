package org.redress.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.plan.Warning;
import org.redress.us.internal.Catalog;

/** The pack's data beyond what the kit checks: warnings are sourced, and facts kept once are read from the data. */
class UsDataTest {

    private final Catalog catalog = Catalog.get();

    @Test
    void everyWarningHasSourcesAndNoUnresolvedContactReference() {
        for (Warning w : catalog.warnings()) {
            assertThat(catalog.warningSources()).as("sources of %s", w.id()).containsKey(w.id());
            Catalog.WarningSource s = catalog.warningSources().get(w.id());
            assertThat(s.sourceUrls()).as("sources of %s", w.id()).isNotEmpty()
                    .allSatisfy(u -> assertThat(u).startsWith("http"));
            assertThat(s.verifiedOn()).isBefore(LocalDate.of(2027, 1, 1));
            assertThat(w.title() + w.text()).as("text of %s", w.id()).doesNotContain("{", "}");
        }
        Warning danger = catalog.warnings().get(0);
        assertThat(danger.id()).isEqualTo(StandardWarnings.IMMEDIATE_DANGER);
        // The number comes from the emergency route's contact, not from the warning's own text.
        assertThat(danger.title()).endsWith("call " + catalog.route(UsRouteIds.EMERGENCY).contacts().get(0)
                .display().orElseThrow());
    }

    @Test
    void keepEvidenceIsNeverFirstAndHarasserMayBeAlertedComesAfterIt() {
        var ids = catalog.warnings().stream().map(Warning::id).toList();
        assertThat(ids.indexOf("stay-safe")).isLessThan(ids.indexOf(StandardWarnings.HARASSER_MAY_BE_ALERTED));
        assertThat(ids.indexOf(StandardWarnings.KEEP_EVIDENCE))
                .isLessThan(ids.indexOf(StandardWarnings.HARASSER_MAY_BE_ALERTED));
    }

    @Test
    void datesAndTimeLimitsAreData() {
        Catalog.Deadlines d = catalog.deadlines();
        assertThat(d.takeItDownInForceFrom()).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(d.takeItDownRemovalWithin()).isEqualTo(Duration.ofHours(48));
        assertThat(d.platformAnswerWithin()).isEqualTo(Period.ofDays(7));
    }

    @Test
    void adultOnlyRoutesDeclareTheirAgeAndChildRoutesDoNot() {
        assertThat(catalog.route(UsRouteIds.STOPNCII).isAdultsOnly()).isTrue();
        assertThat(catalog.route(UsRouteIds.SUPPORT_CCRI).isAdultsOnly()).isTrue();
        for (String id : new String[] {UsRouteIds.NCMEC_CYBERTIPLINE, UsRouteIds.NCMEC_TAKE_IT_DOWN,
                UsRouteIds.SUPPORT_CHILDHELP, UsRouteIds.SUPPORT_LOVE_IS_RESPECT, UsRouteIds.SUPPORT_988,
                UsRouteIds.SUPPORT_CRISIS_TEXT_LINE, UsRouteIds.EMERGENCY, UsRouteIds.POLICE}) {
            assertThat(catalog.route(id).servesAge(15)).as("%s serves a 15-year-old", id).isTrue();
        }
    }

    @Test
    void thePoliceStepNamesNineOneOneAndNoContactEndsInAColon() {
        assertThat(catalog.route(UsRouteIds.POLICE).contacts()).anyMatch(c -> c.dial().orElse("").equals("911"));
        catalog.routes().forEach(r -> r.contacts().forEach(c -> assertThat(c.label().strip())
                .as("%s contact", r.id()).doesNotEndWith(":").isNotBlank()));
    }
}
