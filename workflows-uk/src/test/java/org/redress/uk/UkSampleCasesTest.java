package org.redress.uk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.Jurisdiction;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.route.Confidence;
import org.redress.core.route.ImmutableRoute;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.Provenance;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;
import org.redress.core.route.Source;

/** Worked examples: the first four UK sample cases in examples/cases (the rest are in UkSafetySampleCasesTest) and the plans they get, route by route. */
class UkSampleCasesTest {

    static final PlanningContext AT = PlanningContext.at(OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC));

    static Case sample(String name) throws IOException {
        return RedressJson.readCase(Path.of("../examples/cases", name));
    }

    static Plan plan(Case c) {
        return Planner.load().plan(c, AT);
    }

    private static List<String> offences(Plan p, String routeId) {
        return p.step(routeId).orElseThrow().possibleOffences().stream().map(LegalBasis::id).toList();
    }

    @Test
    void exPartnerImpersonationAndDoxxingInEngland() throws IOException {
        Plan p = plan(sample("uk-ex-partner-impersonation-doxxing.json"));
        assertThat(p.routeIds()).containsExactly(UkRouteIds.NATIONAL_DOMESTIC_ABUSE_HELPLINE,
                UkRouteIds.PRESERVE_EVIDENCE, UkRouteIds.POLICE, UkRouteIds.PLATFORM_REPORT,
                UkRouteIds.REPORT_HARMFUL_CONTENT, UkRouteIds.CIVIL_INJUNCTION, UkRouteIds.NATIONAL_STALKING_HELPLINE, UkRouteIds.CYBER_HELPLINE, UkRouteIds.VICTIM_SUPPORT,
                UkRouteIds.SAMARITANS, UkRouteIds.SHOUT);
        assertThat(p.step(UkRouteIds.CIVIL_INJUNCTION).get().warningIds())
                .contains(UkWarnings.PLAN_YOUR_SAFETY, StandardWarnings.HARASSER_MAY_BE_ALERTED);
        assertThat(p.warnings().get(0).id()).isEqualTo(UkWarnings.PLAN_YOUR_SAFETY);
        assertThat(p.step(UkRouteIds.CIVIL_INJUNCTION).get().documentKinds())
                .contains(UkDocumentKinds.CIVIL_INJUNCTION_PACK);
        assertThat(p.step(UkRouteIds.POLICE).get().documentKinds())
                .contains(UkDocumentKinds.MG11_WITNESS_STATEMENT);
        assertThat(offences(p, UkRouteIds.POLICE)).containsExactly("uk.pha-1997-s2", "uk.mca-1988-s1",
                "uk.ca-2003-s127");
        assertThat(p.hasWarning(StandardWarnings.NEVER_PAY)).isFalse();
    }

    @Test
    void sextortionWithAMoneyDemandInWales() throws IOException {
        Plan p = plan(sample("uk-sextortion-wales.json"));
        assertThat(p.routeIds()).containsExactly(UkRouteIds.PRESERVE_EVIDENCE, UkRouteIds.POLICE,
                UkRouteIds.REPORT_FRAUD, UkRouteIds.PLATFORM_REPORT, UkRouteIds.REVENGE_PORN_HELPLINE,
                UkRouteIds.REPORT_HARMFUL_CONTENT, UkRouteIds.CYBER_HELPLINE, UkRouteIds.VICTIM_SUPPORT,
                UkRouteIds.SAMARITANS, UkRouteIds.SHOUT);
        assertThat(p.warnings().get(0).id()).isEqualTo(StandardWarnings.NEVER_PAY);
        assertThat(p.step(UkRouteIds.REPORT_FRAUD).get().route().formerNames()).contains("Action Fraud");
        assertThat(p.step(UkRouteIds.REPORT_FRAUD).get().unverifiedNotes())
                .anyMatch(n -> n.contains("sextortion"));
        assertThat(offences(p, UkRouteIds.POLICE)).contains("uk.pha-1997-s2", "uk.osa-2023-s181",
                "uk.soa-2003-s66b", "uk.theft-act-1968-s21");
        assertThat(p.routeIds()).doesNotContain(UkRouteIds.CIVIL_INJUNCTION);
    }

    @Test
    void stalkingInScotland() throws IOException {
        Plan p = plan(sample("uk-stalking-scotland.json"));
        assertThat(p.routeIds()).containsExactly(UkRouteIds.EMERGENCY, UkRouteIds.PRESERVE_EVIDENCE,
                UkRouteIds.POLICE, UkRouteIds.PLATFORM_REPORT, UkRouteIds.REPORT_HARMFUL_CONTENT,
                UkRouteIds.NON_HARASSMENT_ORDER,
                UkRouteIds.NATIONAL_STALKING_HELPLINE, UkRouteIds.PALADIN, UkRouteIds.CYBER_HELPLINE,
                UkRouteIds.SAMARITANS, UkRouteIds.SHOUT);
        assertThat(p.step(UkRouteIds.POLICE).get().doneByReportId()).contains("r1");
        assertThat(p.step(UkRouteIds.POLICE).get().route().contacts())
                .extracting(c -> c.label()).contains("Report online (Scotland: Police Scotland)")
                .doesNotContain("Report online (England and Wales)");
        assertThat(offences(p, UkRouteIds.POLICE)).containsExactly("uk.cjlsa-2010-s39", "uk.cjlsa-2010-s38");
        assertThat(p.hasWarning(StandardWarnings.IMMEDIATE_DANGER)).isFalse();
    }

    @Test
    void pileOnWithHateInNorthernIreland() throws IOException {
        Plan p = plan(sample("uk-pile-on-hate-northern-ireland.json"));
        assertThat(p.routeIds()).containsExactly(UkRouteIds.EMERGENCY, UkRouteIds.PRESERVE_EVIDENCE,
                UkRouteIds.POLICE, UkRouteIds.PLATFORM_REPORT, UkRouteIds.REPORT_HARMFUL_CONTENT, UkRouteIds.OFCOM,
                UkRouteIds.GALOP, UkRouteIds.CYBER_HELPLINE, UkRouteIds.SAMARITANS, UkRouteIds.SHOUT);
        assertThat(p.step(UkRouteIds.PLATFORM_REPORT).get().doneByReportId()).contains("r1");
        assertThat(p.step(UkRouteIds.REPORT_HARMFUL_CONTENT).get().reasons().get(0).text())
                .contains("Escalate now").contains("did not act");
        assertThat(offences(p, UkRouteIds.POLICE)).containsExactly("uk.phnio-1997-art4", "uk.psa-ni-2022-s2",
                "uk.ca-2003-s127", "uk.osa-2023-s179", "uk.osa-2023-s181");
    }

    @Test
    void hostAppsOverrideAndAddRoutesWithoutForking() throws IOException {
        Case c = sample("uk-ex-partner-impersonation-doxxing.json");
        Route local = ImmutableRoute.copyOf(new UkPack().route(UkRouteIds.VICTIM_SUPPORT).orElseThrow())
                .withName("Example Borough Victim Service");
        Route extra = Route.builder().id("uk.support.example-local-helpline").name("Example Local Helpline")
                .kind(RouteKind.HELPLINE).summary("A fictional local helpline.").addJurisdictions(UkJurisdictions.ENGLAND)
                .provenance(Provenance.of(Source.of("Example host data", "https://example.org/", Confidence.HIGH),
                        LocalDate.of(2026, 11, 1)))
                .build();
        Plan p = Planner.load().plan(c, PlanningContext.builder().asOf(AT.asOf()).addRouteOverrides(local)
                .addExtraSupport(extra).build());
        assertThat(p.step(UkRouteIds.VICTIM_SUPPORT).get().route().name())
                .isEqualTo("Example Borough Victim Service");
        assertThat(p.routeIds()).endsWith("uk.support.example-local-helpline");
    }
}
