package org.redress.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.document.PlainTextRenderer;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.StandardWarnings;

/** Worked examples: the first three US sample cases in examples/cases, planned on November 22, 2026. */
class UsSampleCasesTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC);
    private final UsPack pack = new UsPack();

    private static Case read(String name) throws Exception {
        return RedressJson.readCase(Files.readAllBytes(Path.of("../examples/cases", name)));
    }

    private Plan plan(Case c) {
        return Planner.load().plan(c, PlanningContext.at(AS_OF));
    }

    @Test
    void californiaIntimateImagesWithAnOverdueRemovalRequest() throws Exception {
        Case c = read("us-ca-intimate-images.json");
        Plan plan = plan(c);
        assertThat(plan.packId()).isEqualTo("us");
        // Safety planning with the hotline comes before every step that could alert the former partner.
        assertThat(plan.routeIds()).containsExactly("us.support.national-dv-hotline", "us.police",
                "us.platform-report", "us.take-it-down-request", "us.dmca-notice", "us.stopncii", "us.ftc-complaint",
                "us.protective-order", "us.cease-and-desist", "us.civil-claim", "us.support.ccri", "us.support.988",
                "us.support.crisis-text-line");
        // The DMCA notice cites only the image the person made (imageMadeBy: person), not the other one.
        assertThat(plan.step("us.dmca-notice").orElseThrow().reasons().get(0).incidentIds()).containsExactly("i1");
        PlanStep request = plan.step("us.take-it-down-request").orElseThrow();
        assertThat(request.doneByReportId()).contains("r1");
        assertThat(request.deadline()).contains(OffsetDateTime.parse("2026-11-06T10:00:00-08:00"));
        assertThat(plan.step("us.ftc-complaint").orElseThrow().dependsOn())
                .anyMatch(d -> d.routeId().equals("us.take-it-down-request") && d.required());
        PlanStep order = plan.step("us.protective-order").orElseThrow();
        assertThat(order.route().name()).contains("DV-100");
        assertThat(plan.step("us.cease-and-desist").orElseThrow().warningIds())
                .contains(StandardWarnings.HARASSER_MAY_BE_ALERTED);
        assertThat(plan.step("us.police").orElseThrow().possibleOffences()).extracting(l -> l.id())
                .contains("us.47-usc-223-h");
        assertThat(plan.step("us.civil-claim").orElseThrow().possibleOffences()).extracting(l -> l.id())
                .containsExactly("us.15-usc-6851");

        // Before the 48 hours ended there is no FTC step.
        Plan early = Planner.load().plan(c, PlanningContext.at(OffsetDateTime.parse("2026-11-06T09:59:00-08:00")));
        assertThat(early.routeIds()).doesNotContain("us.ftc-complaint");

        List<ReportDocument> docs = Planner.of(pack).documents(c, plan, DocumentOptions.defaults());
        assertThat(docs).extracting(ReportDocument::kind).contains("us.take-it-down-request", "us.dmca-notice",
                "us.protective-order-petition", "us.fre-902-14-certification", "us.cease-and-desist-letter");
        String request0 = new PlainTextRenderer().render(docs.stream()
                .filter(d -> d.kind().equals("us.take-it-down-request")).findFirst().orElseThrow());
        assertThat(request0).contains("https://pics.example.net/album/5001", "good-faith belief", "rowan@example.org");
    }

    @Test
    void newYorkStalkingByAFormerPartner() throws Exception {
        Case c = read("us-ny-stalking-former-partner.json");
        Plan plan = plan(c);
        // "He was outside my office" with a threat: danger read from the facts puts 911 first.
        assertThat(plan.routeIds()).containsExactly("us.emergency", "us.support.national-dv-hotline", "us.police",
                "us.fbi", "us.platform-report", "us.protective-order", "us.support.988", "us.support.crisis-text-line");
        assertThat(plan.warnings().get(0).id()).isEqualTo(StandardWarnings.IMMEDIATE_DANGER);
        PlanStep order = plan.step("us.protective-order").orElseThrow();
        assertThat(order.route().name()).contains("Family Court");
        assertThat(order.route().legalBasis()).extracting(l -> l.id()).containsExactly("us-ny.fca-art-8");
        assertThat(order.warningIds()).contains(StandardWarnings.HARASSER_MAY_BE_ALERTED);
        assertThat(plan.step("us.police").orElseThrow().possibleOffences()).extracting(l -> l.id())
                .contains("us-ny.pl-120-45", "us-ny.pl-240-30", "us.18-usc-2261a", "us.18-usc-875-c");
        assertThat(plan.routeIds()).doesNotContain("us.cease-and-desist");
        ReportDocument petition = pack.buildDocument("us.protective-order-petition", c, plan,
                DocumentOptions.defaults()).orElseThrow();
        String text = new PlainTextRenderer().render(petition);
        assertThat(text).contains("you can't hide from me", "Ife Demo", "N.Y. Penal Law § 120.45");
    }

    @Test
    void texasSextortionOfAMinor() throws Exception {
        Case c = read("us-tx-sextortion-minor.json");
        Plan plan = plan(c);
        assertThat(plan.routeIds()).containsExactly("us.police", "us.fbi", "us.ic3", "us.ncmec-cybertipline",
                "us.platform-report", "us.ncmec-take-it-down", "us.take-it-down-request", "us.civil-claim",
                "us.support.childhelp", "us.support.988", "us.support.crisis-text-line");
        assertThat(plan.warnings()).extracting(w -> w.id()).startsWith(StandardWarnings.NEVER_PAY,
                StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        assertThat(plan.step("us.fbi").orElseThrow().warningIds()).contains(StandardWarnings.NEVER_PAY,
                StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        assertThat(plan.step("us.take-it-down-request").orElseThrow().missing())
                .anyMatch(m -> m.pointer().equals("/incidents"));
        // The image was never posted: the removal request cannot be made, and says why.
        assertThatThrownBy(() -> pack.buildDocument("us.take-it-down-request", c, plan, DocumentOptions.defaults()))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.pointer().equals("/incidents") && p.message().contains("element (ii)")));
        ReportDocument schedule = pack.buildDocument("us.evidence-schedule", c, plan, DocumentOptions.defaults())
                .orElseThrow();
        String text = new PlainTextRenderer().render(schedule);
        // Evidence of an intimate image of someone under 18 is never listed, shown or certified: only where it is.
        assertThat(text).contains("not listed, shown or certified");
        for (String id : org.redress.core.plan.SafetyAssessment.of(c, plan.asOf()).childSexualImageEvidenceIds()) {
            assertThat(schedule.sections().stream().flatMap(s -> s.blocks().stream())
                    .filter(b -> b instanceof org.redress.core.document.ExhibitReference)
                    .map(b -> ((org.redress.core.document.ExhibitReference) b).evidenceId().orElse("")))
                    .doesNotContain(id);
        }
    }
}
