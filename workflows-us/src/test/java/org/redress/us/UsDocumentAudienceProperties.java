package org.redress.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImageMaker;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.ImmutableDocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.SafetyAssessment;
import org.redress.tck.CaseArbitraries;

/**
 * Properties of every document the pack can build from generated cases, for the person and for service: what
 * reaches the other party, authorship, and evidence of intimate images of someone under 18.
 */
class UsDocumentAudienceProperties {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T12:00:00Z");
    private static final List<String> KINDS = List.of(UsDocumentKinds.HARASSMENT_LOG,
            UsDocumentKinds.EVIDENCE_SCHEDULE, UsDocumentKinds.POLICE_REPORT_SUMMARY, UsDocumentKinds.IC3_WORKSHEET,
            UsDocumentKinds.TAKE_IT_DOWN_REQUEST, UsDocumentKinds.DMCA_NOTICE, UsDocumentKinds.CEASE_AND_DESIST,
            UsDocumentKinds.PROTECTIVE_ORDER_PETITION, UsDocumentKinds.FRE_902_14_CERTIFICATION);
    private final UsPack pack = new UsPack();

    @Provide
    Arbitrary<Case> cases() {
        return CaseArbitraries.cases("US", "US-CA", "US-NY", "US-TX", "US-FL", "US-IL");
    }

    private List<ReportDocument> all(Case c) {
        Plan plan = pack.plan(c, PlanningContext.at(AS_OF));
        List<ReportDocument> out = new ArrayList<>();
        for (DocumentOptions o : List.of(DocumentOptions.defaults(),
                ImmutableDocumentOptions.builder().forService(true).build())) {
            for (String kind : KINDS) {
                try {
                    pack.buildDocument(kind, c, plan, o).ifPresent(out::add);
                } catch (InvalidDataException e) {
                    assertThat(e.getProblems()).isNotEmpty();
                }
            }
        }
        return out;
    }

    private static String json(ReportDocument d) {
        return new String(RedressJson.write(d), StandardCharsets.UTF_8);
    }

    @Property(tries = 40)
    void nothingThatReachesTheOtherPartyHoldsContactDetailsSafetyMeasuresOrAdvice(@ForAll("cases") Case c) {
        List<String> personal = new ArrayList<>();
        c.getSubject().getAddress().ifPresent(a -> {
            a.getLines().stream().filter(l -> l.length() >= 4).forEach(personal::add);
            a.getPostalCode().ifPresent(personal::add);
        });
        c.getSubject().getEmail().ifPresent(personal::add);
        c.getSubject().getPhone().ifPresent(personal::add);
        personal.addAll(c.getSafety().getMeasuresTaken());
        for (ReportDocument d : all(c)) {
            if (!d.reachesOtherParty()) {
                continue;
            }
            String text = json(d);
            for (String p : personal) {
                assertThat(text).as("%s reaches the other party", d.getKind()).doesNotContain(p);
            }
            assertThat(text).as("%s reaches the other party and advises the person", d.getKind())
                    .doesNotContainIgnoringCase("safety plan").doesNotContainIgnoringCase("plan your safety")
                    .doesNotContain("advocate");
            assertThat(d.showsNotesForPerson()).isFalse();
        }
    }

    @Property(tries = 40)
    void noDocumentAssertsAuthorshipTheCaseDoesNotRecord(@ForAll("cases") Case c) {
        boolean made = c.getIncidents().stream().anyMatch(i -> i.getImageMadeBy().orElse(null) == ImageMaker.PERSON);
        for (ReportDocument d : all(c)) {
            if (!made) {
                assertThat(d.getKind()).isNotEqualTo(UsDocumentKinds.DMCA_NOTICE);
                assertThat(json(d)).as(d.getKind()).doesNotContain("am the author");
            }
        }
    }

    @Property(tries = 40)
    void noDocumentHoldsEvidenceOfAnIntimateImageOfSomeoneUnder18(@ForAll("cases") Case c) {
        Set<String> ids = SafetyAssessment.of(c, AS_OF).childSexualImageEvidenceIds();
        for (ReportDocument d : all(c)) {
            List<String> texts = new ArrayList<>(List.of(json(d)));
            d.getCompanion().ifPresent(x -> texts.add(json(x)));
            for (String text : texts) {
                for (String id : ids) {
                    assertThat(text).as("%s names evidence %s", d.getKind(), id).doesNotContain("\"" + id + "\"");
                    c.evidence(id).flatMap(EvidenceRecord::sha256).ifPresent(h ->
                            assertThat(text).as("%s lists the hash of %s", d.getKind(), id).doesNotContain(h));
                    c.evidence(id).flatMap(EvidenceRecord::getDescription).ifPresent(desc ->
                            assertThat(text).as("%s describes %s", d.getKind(), id).doesNotContain(desc));
                }
            }
        }
    }
}
