package org.redress.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.redress.core.model.Case;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Party;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportStatus;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.route.LegalBasis;
import org.redress.tck.CaseArbitraries;

/** The planner rules of issue 5, for every generated case in the covered states, federal-only and an uncovered state. */
class UsPlannerProperties {

    private static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Set<String> COVERED = Set.of("US-CA", "US-NY", "US-TX", "US-FL", "US-IL");
    private final UsPack pack = new UsPack();

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases("US", "US-CA", "US-NY", "US-TX", "US-FL", "US-IL", "US-WA");
    }

    /** Cases that also carry a TAKE IT DOWN request made at a random moment around the planning time. */
    @Provide
    Arbitrary<Case> casesWithRequests() {
        return cases().flatMap(c -> net.jqwik.api.Arbitraries.integers().between(-200, 200).flatMap(hours ->
                net.jqwik.api.Arbitraries.of(ReportStatus.class).map(status -> Case.builder().from(c)
                        .reports(List.of(ReportMade.builder().id("tidr").routeId(UsRouteIds.TAKE_IT_DOWN_REQUEST)
                                .madeAt(AS_OF.minusHours(48).plusHours(hours)).status(status)
                                .addIncidentIds(c.incidents().get(0).id()).build()))
                        .build())));
    }

    private Plan plan(Case c) {
        return pack.plan(c, PlanningContext.at(AS_OF));
    }

    private static boolean any(Case c, java.util.function.Predicate<Incident> p) {
        return c.incidents().stream().anyMatch(p);
    }

    /** A child now or at any incident, as SafetyAssessment reads it (by date of birth or flag), or content of one. */
    private static boolean minor(Case c) {
        return org.redress.core.plan.SafetyAssessment.of(c, AS_OF).anyChild() || any(c, Incident::isInvolvesChild);
    }

    private static boolean intimate(Incident i) {
        return i.isIntimateImage() || i.kinds().contains(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)
                || i.kinds().contains(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
    }

    @Property(tries = 120)
    void immediateDangerPutsEmergencyFirst(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        if (org.redress.core.plan.SafetyAssessment.of(c, AS_OF).immediateDanger()) {
            assertThat(plan.routeIds().get(0)).isEqualTo(UsRouteIds.EMERGENCY);
            assertThat(plan.warnings().get(0).id()).isEqualTo(StandardWarnings.IMMEDIATE_DANGER);
        } else {
            assertThat(plan.routeIds()).doesNotContain(UsRouteIds.EMERGENCY);
        }
    }

    @Property(tries = 120)
    void sextortionBringsTheFbiAndNeverPay(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        if (any(c, i -> i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL))) {
            assertThat(plan.step(UsRouteIds.FBI)).get().satisfies(s ->
                    assertThat(s.warningIds()).contains(StandardWarnings.NEVER_PAY));
            assertThat(plan.hasWarning(StandardWarnings.NEVER_PAY)).isTrue();
            if (any(c, i -> i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)
                    && (i.amountDemanded().isPresent() || i.isMoneyPaid()))) {
                assertThat(plan.step(UsRouteIds.IC3)).get().satisfies(s ->
                        assertThat(s.warningIds()).contains(StandardWarnings.NEVER_PAY));
            }
        }
        if (any(c, i -> i.amountDemanded().isPresent() || i.isMoneyPaid())) {
            assertThat(plan.routeIds()).contains(UsRouteIds.IC3);
        }
    }

    @Property(tries = 120)
    void aMinorBringsNcmecAndNeverStopNcii(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        if (minor(c)) {
            assertThat(plan.routeIds()).doesNotContain(UsRouteIds.STOPNCII, UsRouteIds.DMCA_NOTICE,
                    UsRouteIds.SUPPORT_CCRI);
        }
        if (any(c, Incident::isInvolvesChild)) {
            assertThat(plan.routeIds()).contains(UsRouteIds.NCMEC_CYBERTIPLINE, UsRouteIds.NCMEC_TAKE_IT_DOWN);
            assertThat(plan.step(UsRouteIds.NCMEC_CYBERTIPLINE).orElseThrow().warningIds())
                    .contains(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        boolean subjectMinor = c.subject().under18On(AS_OF.toLocalDate()).orElse(false);
        if (any(c, i -> (i.isPersonUnder18() || subjectMinor) && (intimate(i)
                || i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)))) {
            assertThat(plan.routeIds()).contains(UsRouteIds.NCMEC_CYBERTIPLINE);
            assertThat(plan.hasWarning(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL)).isTrue();
        }
    }

    @Property(tries = 120)
    void adultIntimateImagesBringStopNciiAndARemovalRequest(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        if (!minor(c) && any(c, UsPlannerProperties::intimate)) {
            assertThat(plan.routeIds()).contains(UsRouteIds.STOPNCII, UsRouteIds.TAKE_IT_DOWN_REQUEST);
        }
        if (!any(c, UsPlannerProperties::intimate)) {
            assertThat(plan.routeIds()).doesNotContain(UsRouteIds.STOPNCII, UsRouteIds.DMCA_NOTICE);
        }
    }

    @Property(tries = 120)
    void ftcComplaintOnlyAfterTheFortyEightHours(@ForAll("casesWithRequests") Case c) {
        Plan plan = plan(c);
        ReportMade r = c.reports().get(0);
        OffsetDateTime end = r.madeAt().plus(Duration.ofHours(48));
        boolean overdue = r.status() != ReportStatus.ACTION_TAKEN && r.status() != ReportStatus.DRAFT
                && !AS_OF.isBefore(end);
        assertThat(plan.routeIds().contains(UsRouteIds.FTC_COMPLAINT)).as("FTC step").isEqualTo(overdue);
        if (r.status() == ReportStatus.DRAFT) {
            // A draft was never sent: no deadline, and it covers nothing.
            plan.step(UsRouteIds.TAKE_IT_DOWN_REQUEST).ifPresent(s -> {
                assertThat(s.deadline()).isEmpty();
                assertThat(s.doneByReportId()).isEmpty();
            });
        } else {
            PlanStep request = plan.step(UsRouteIds.TAKE_IT_DOWN_REQUEST).orElseThrow();
            assertThat(request.doneByReportId()).contains("tidr");
            assertThat(request.deadline()).isEqualTo(r.status() == ReportStatus.ACTION_TAKEN
                    ? Optional.empty() : Optional.of(end));
        }
        if (overdue) {
            assertThat(plan.routeIds().indexOf(UsRouteIds.FTC_COMPLAINT))
                    .isGreaterThan(plan.routeIds().indexOf(UsRouteIds.TAKE_IT_DOWN_REQUEST));
        }
    }

    @Property(tries = 120)
    void lettersAndOrdersWarnThatTheHarasserMayBeAlerted(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        for (String id : List.of(UsRouteIds.CEASE_AND_DESIST, UsRouteIds.PROTECTIVE_ORDER, UsRouteIds.CIVIL_CLAIM,
                UsRouteIds.DMCA_NOTICE)) {
            plan.step(id).ifPresent(s -> assertThat(s.warningIds()).as(id)
                    .contains(StandardWarnings.HARASSER_MAY_BE_ALERTED));
        }
        boolean dangerous = c.safety().isInImmediateDanger() || c.safety().isFearsViolence() || minor(c)
                || any(c, i -> i.isOfflineContact() || i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)
                        || i.kinds().contains(HarassmentKind.THREAT_OF_VIOLENCE)
                        || i.kinds().contains(HarassmentKind.DEATH_THREAT)
                        || i.kinds().contains(HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE));
        if (dangerous) {
            assertThat(plan.routeIds()).as("no letter to a dangerous harasser").doesNotContain(UsRouteIds.CEASE_AND_DESIST);
        }
        boolean partnerOrAddress = c.parties().stream().anyMatch(Party::isPartnerOrFormerPartner)
                || c.safety().isHarasserKnowsAddress();
        plan.step(UsRouteIds.CEASE_AND_DESIST).ifPresent(s -> {
            if (partnerOrAddress) {
                assertThat(s.dependsOn()).anyMatch(d -> d.routeId().equals(UsRouteIds.SUPPORT_NATIONAL_DV_HOTLINE));
            }
        });
    }

    @Property(tries = 120)
    void protectiveOrdersNameTheStatesOwnOrderOrSayTheStateIsNotCovered(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        plan.step(UsRouteIds.PROTECTIVE_ORDER).ifPresent(s -> {
            String code = c.jurisdiction().code();
            if (COVERED.contains(code)) {
                assertThat(s.route().jurisdictions()).containsExactly(c.jurisdiction());
                assertThat(s.route().legalBasis()).isNotEmpty()
                        .allSatisfy(l -> assertThat(l.jurisdictions()).containsExactly(c.jurisdiction()));
                boolean domestic = c.parties().stream().anyMatch(Party::isDomestic);
                switch (code) {
                    case "US-CA" -> assertThat(s.route().name()).contains(domestic ? "DV-100" : "CH-100");
                    case "US-NY" -> assertThat(s.route().name()).contains(c.parties().stream()
                            .anyMatch(p -> p.isPartnerOrFormerPartner() || p.relationship()
                                    == org.redress.core.model.Relationship.FAMILY) ? "Family Court" : "criminal case");
                    case "US-TX" -> assertThat(s.route().name()).contains("7B");
                    case "US-FL" -> assertThat(s.route().name()).contains("12.980(t)");
                    default -> assertThat(s.route().name()).contains(domestic ? "750 ILCS 60" : "740 ILCS 21");
                }
            } else {
                assertThat(s.route().legalBasis()).isEmpty();
                assertThat(s.reasons().get(0).text()).containsAnyOf("does not cover " + code,
                        "does not say which state");
                assertThat(s.unverifiedNotes()).isNotEmpty();
            }
        });
    }

    @Property(tries = 120)
    void offencesAreMayAmountToAndOfTheRightJurisdiction(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        for (PlanStep s : plan.steps()) {
            for (LegalBasis l : s.possibleOffences()) {
                assertThat(l.summary()).containsAnyOf("may amount", "may give");
                assertThat(l.jurisdictions()).containsAnyOf(UsJurisdictions.UNITED_STATES, c.jurisdiction());
                assertThat(l.provenance().sources()).isNotEmpty();
            }
        }
        plan.step(UsRouteIds.FBI).ifPresent(s -> assertThat(s.possibleOffences())
                .allSatisfy(l -> assertThat(l.jurisdictions()).containsExactly(UsJurisdictions.UNITED_STATES)));
        if (any(c, i -> i.kinds().contains(HarassmentKind.DEATH_THREAT))) {
            assertThat(plan.step(UsRouteIds.POLICE).orElseThrow().possibleOffences())
                    .extracting(LegalBasis::id).contains("us.18-usc-875-c");
        }
    }

    @Property(tries = 100)
    void everyPlanOffersSupport(@ForAll("cases") Case c) {
        Plan plan = plan(c);
        assertThat(plan.routeIds()).contains(UsRouteIds.SUPPORT_988, UsRouteIds.SUPPORT_CRISIS_TEXT_LINE);
        if (c.safety().isThoughtsOfSelfHarm()) {
            assertThat(plan.step(UsRouteIds.SUPPORT_988).orElseThrow().phase())
                    .isEqualTo(org.redress.core.plan.StepPhase.SAFETY);
        }
        assertThat(LocalDate.of(2026, 11, 22)).isEqualTo(AS_OF.toLocalDate());
    }
}
