package org.redress.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.redress.core.model.Case;
import org.redress.core.model.DemandKind;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Relationship;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.SafetyAssessment;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.route.RouteKind;
import org.redress.tck.CaseArbitraries;

/** The UK planning rules of issue 4, checked over generated cases in all four UK jurisdictions. */
class UkPlannerProperties {

    private static final UkPack PACK = new UkPack();
    private static final PlanningContext AT = PlanningContext.at(OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0,
            ZoneOffset.UTC));

    @Provide
    Arbitrary<Case> ukCases() {
        return CaseArbitraries.cases("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR");
    }

    private static boolean scotland(Case c) {
        return c.jurisdiction().equals(UkJurisdictions.SCOTLAND);
    }

    @Property(tries = 100)
    void immediateDangerPutsEmergencyFirst(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        if (SafetyAssessment.of(c, AT.asOf()).immediateDanger()) {
            assertThat(plan.routeIds().get(0)).isEqualTo(UkRouteIds.EMERGENCY);
            assertThat(plan.warnings().get(0).id()).isEqualTo(StandardWarnings.IMMEDIATE_DANGER);
        } else {
            assertThat(plan.hasWarning(StandardWarnings.IMMEDIATE_DANGER)).isFalse();
        }
    }

    /** A demand for money or its like (what Report Fraud takes), not for images or acts. */
    private static boolean moneyDemand(Incident i) {
        return i.amountDemanded().isPresent() || i.isMoneyPaid()
                || i.demandKinds().stream().anyMatch(k -> k == DemandKind.MONEY || k == DemandKind.GIFT_CARDS
                        || k == DemandKind.CRYPTOCURRENCY)
                || i.isFinancialDemand() && i.demandKinds().isEmpty();
    }

    @Property(tries = 100)
    void demandsBringPoliceReportFraudOutsideScotlandAndNeverPay(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        boolean demand = c.incidents().stream().anyMatch(i -> i.isFinancialDemand()
                || i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL));
        SafetyAssessment safety = SafetyAssessment.of(c, AT.asOf());
        // Report Fraud takes demands for money, gift cards or crypto made of someone not known to be a child; a
        // child's go to CEOP and the police, and a demand for more images is not fraud.
        boolean fraud = c.incidents().stream().anyMatch(i -> (i.isFinancialDemand()
                || i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)) && !safety.child(i)
                && moneyDemand(i));
        if (demand) {
            assertThat(plan.step(UkRouteIds.POLICE)).isPresent();
            assertThat(plan.hasWarning(StandardWarnings.NEVER_PAY)).isTrue();
            assertThat(plan.step(UkRouteIds.POLICE).get().warningIds()).contains(StandardWarnings.NEVER_PAY);
        }
        if (fraud && !scotland(c)) {
            assertThat(plan.step(UkRouteIds.REPORT_FRAUD)).isPresent();
            assertThat(plan.step(UkRouteIds.REPORT_FRAUD).get().warningIds()).contains(StandardWarnings.NEVER_PAY);
        } else {
            assertThat(plan.step(UkRouteIds.REPORT_FRAUD)).isEmpty();
        }
    }

    @Property(tries = 100)
    void scotlandNeverGetsReportFraudInjunctionOrStalkingProtectionOrder(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        if (scotland(c)) {
            assertThat(plan.routeIds()).doesNotContain(UkRouteIds.REPORT_FRAUD, UkRouteIds.CIVIL_INJUNCTION,
                    UkRouteIds.STALKING_PROTECTION_ORDER);
        } else {
            assertThat(plan.routeIds()).doesNotContain(UkRouteIds.NON_HARASSMENT_ORDER);
        }
    }

    @Property(tries = 100)
    void intimateImagesGoToTheRightService(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        SafetyAssessment safety = SafetyAssessment.of(c, AT.asOf());
        boolean adultNow = safety.ageNow() == SafetyAssessment.AgeAtTime.ADULT;
        boolean childNow = safety.ageNow() == SafetyAssessment.AgeAtTime.CHILD;
        boolean adult = c.incidents().stream().anyMatch(i -> SafetyAssessment.intimateImage(i)
                && !safety.childSexualImage(i) && safety.age(i) == SafetyAssessment.AgeAtTime.ADULT);
        boolean maybeAdult = c.incidents().stream().anyMatch(i -> SafetyAssessment.intimateImage(i)
                && !safety.childSexualImage(i));
        boolean child = safety.anyChildSexualImage();
        if (adult && adultNow) {
            assertThat(plan.step(UkRouteIds.REVENGE_PORN_HELPLINE)).isPresent();
        }
        if (!maybeAdult || childNow) {
            assertThat(plan.step(UkRouteIds.REVENGE_PORN_HELPLINE)).isEmpty();
        }
        if (child) {
            assertThat(plan.routeIds()).contains(UkRouteIds.IWF);
            assertThat(plan.hasWarning(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL)).isTrue();
            assertThat(plan.step(UkRouteIds.PRESERVE_EVIDENCE).get().warningIds())
                    .contains(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        } else {
            assertThat(plan.routeIds()).doesNotContain(UkRouteIds.IWF);
        }
        if (adultNow) {
            assertThat(plan.routeIds()).doesNotContain(UkRouteIds.REPORT_REMOVE, UkRouteIds.CEOP);
        }
    }

    @Property(tries = 100)
    void stalkingProtectionOrderIsThePolicesApplicationAndOfcomNeverResolves(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        plan.step(UkRouteIds.STALKING_PROTECTION_ORDER).ifPresent(s -> {
            assertThat(s.reasons().get(0).text()).contains("Only the police can apply");
            assertThat(s.dependsOn()).anyMatch(d -> d.routeId().equals(UkRouteIds.POLICE) && d.required());
            assertThat(s.route().summary()).contains("Only the police can apply");
        });
        plan.step(UkRouteIds.OFCOM).ifPresent(s -> {
            assertThat(s.reasons().get(0).text()).contains("cannot respond to or investigate individual");
            assertThat(s.route().limits()).hasValueSatisfying(l -> assertThat(l)
                    .contains("cannot respond to or investigate individual complaints"));
            assertThat(s.dependsOn()).anyMatch(d -> d.routeId().equals(UkRouteIds.PLATFORM_REPORT));
        });
        plan.step(UkRouteIds.REPORT_HARMFUL_CONTENT).ifPresent(s -> assertThat(s.dependsOn())
                .anyMatch(d -> d.routeId().equals(UkRouteIds.PLATFORM_REPORT) && d.required()));
    }

    @Property(tries = 100)
    void partnersAndKnownAddressesBringWarningAndDomesticAbuseSupport(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        // The harasser's relationship decides (a former partner who is only a witness does not).
        boolean domestic = SafetyAssessment.of(c, AT.asOf()).domesticHarasser();
        // Where the relationship is unknown, a harasser who knows the address may be a partner or family member.
        boolean mayBeDomestic = c.parties().isEmpty()
                || c.parties().stream().anyMatch(p -> p.relationship() == Relationship.UNKNOWN);
        if (domestic || c.safety().isHarasserKnowsAddress() && mayBeDomestic) {
            assertThat(plan.routeIds()).contains(UkRouteIds.NATIONAL_DOMESTIC_ABUSE_HELPLINE);
        }
        if (!domestic && !mayBeDomestic) {
            assertThat(plan.routeIds()).doesNotContain(UkRouteIds.NATIONAL_DOMESTIC_ABUSE_HELPLINE);
        }
        for (PlanStep s : plan.steps()) {
            if (s.route().kind() == RouteKind.PROTECTIVE_ORDER || s.route().kind() == RouteKind.LEGAL_NOTICE) {
                assertThat(s.warningIds()).contains(StandardWarnings.HARASSER_MAY_BE_ALERTED);
            }
        }
    }

    @Property(tries = 100)
    void everyPlanKeepsEvidenceFirstAfterSafetyAndUsesOnlyTheCasesLaw(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        assertThat(plan.hasWarning(StandardWarnings.KEEP_EVIDENCE)).isTrue();
        assertThat(plan.disclaimer()).contains("not legal advice");
        List<String> ids = plan.routeIds();
        int evidence = ids.indexOf(UkRouteIds.PRESERVE_EVIDENCE);
        assertThat(evidence).isGreaterThanOrEqualTo(0);
        for (int i = 0; i < evidence; i++) {
            assertThat(plan.steps().get(i).phase().name()).isEqualTo("SAFETY");
        }
        for (PlanStep s : plan.steps()) {
            assertThat(s.route().jurisdictions()).as("%s serves the case", s.routeId())
                    .contains(c.jurisdiction());
            s.possibleOffences().forEach(o -> assertThat(o.jurisdictions())
                    .as("%s in %s", o.id(), c.jurisdiction()).contains(c.jurisdiction()));
            s.route().contacts().forEach(ch -> assertThat(ch.label())
                    .doesNotContain(scotland(c) ? "England and Wales" : "Police Scotland"));
            if (s.route().hasUnverifiedFacts()) {
                assertThat(s.unverifiedNotes()).isNotEmpty();
            }
        }
    }

    @Property(tries = 100)
    void reportsAlreadyMadeMarkTheirSteps(@ForAll("ukCases") Case c) {
        Plan plan = PACK.plan(c, AT);
        Set<String> reported = c.reports().stream().filter(r -> r.status().ordinal() > 0)
                .map(r -> r.routeId()).collect(Collectors.toSet());
        for (PlanStep s : plan.steps()) {
            assertThat(s.doneByReportId().isPresent()).as(s.routeId()).isEqualTo(reported.contains(s.routeId()));
        }
    }

}
