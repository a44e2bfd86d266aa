package org.redress.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.InvalidDataException;
import org.redress.core.document.Block;
import org.redress.core.document.Declaration;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Paragraph;
import org.redress.core.document.PlainTextRenderer;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutableIncident;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.ImmutableDocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;

/** The UK documents, built from the sample cases. */
class UkDocumentsTest {

    private static final UkPack PACK = new UkPack();
    private static final DocumentOptions DEFAULTS = ImmutableDocumentOptions.builder()
            .preparedOn(java.time.LocalDate.of(2026, 11, 22)).build();
    private static final DocumentOptions SERVICE = ImmutableDocumentOptions.copyOf(DEFAULTS).withForService(true);

    private static ReportDocument doc(String kind, Case c, DocumentOptions options) {
        Plan plan = PACK.plan(c, UkSampleCasesTest.AT);
        return PACK.buildDocument(kind, c, plan, options).orElseThrow();
    }

    private static <T extends Block> List<T> blocks(ReportDocument d, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Section s : d.sections()) {
            s.blocks().stream().filter(type::isInstance).map(type::cast).forEach(out::add);
        }
        return out;
    }

    @Test
    void evidenceScheduleLabelsExhibitsWithInitialsAndShowsHashes() throws IOException {
        Case c = UkSampleCasesTest.sample("uk-ex-partner-impersonation-doxxing.json");
        ReportDocument d = doc(UkDocumentKinds.EVIDENCE_SCHEDULE, c, DEFAULTS);
        List<ExhibitReference> exhibits = blocks(d, ExhibitReference.class);
        assertThat(exhibits).extracting(ExhibitReference::label).containsExactly("JE/1", "JE/2", "JE/3");
        assertThat(exhibits.get(0).sha256()).isEqualTo(c.evidence().get(0).sha256());
        assertThat(exhibits.get(0).imageRef()).contains("e1");
        assertThat(exhibits.get(2).imageRef()).as("a message export is not an image").isEmpty();
        assertThat(new PlainTextRenderer().render(d)).contains("Capture and custody").doesNotContain("collector-1")
                .contains("21:20 BST").contains(" by " + c.subject().name() + ", with ");
        assertThat(d.complete()).isTrue();
    }

    @Test
    void mg11HasTheSection9DeclarationAndSeparatesTheAccountFromQuotes() throws IOException {
        Case c = UkSampleCasesTest.sample("uk-ex-partner-impersonation-doxxing.json");
        ReportDocument d = doc(UkDocumentKinds.MG11_WITNESS_STATEMENT, c, DEFAULTS);
        assertThat(blocks(d, Declaration.class)).extracting(Declaration::text).contains("This statement "
                + "(consisting of " + ReportDocument.PAGE_COUNT + " page(s) each signed by me) is true to the best of my knowledge and belief and "
                + "I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
                + "wilfully stated in it anything which I know to be false, or do not believe to be true.");
        List<Paragraph> ps = blocks(d, Paragraph.class);
        assertThat(ps).anyMatch(p -> p.origin() == FactOrigin.PERSONS_ACCOUNT
                && p.text().startsWith("A new Instagram profile appeared"));
        assertThat(ps).anyMatch(p -> p.origin() == FactOrigin.VERBATIM
                && p.text().contains("you can't hide"));
        assertThat(ps).anyMatch(p -> p.text().contains("as exhibit JE/2"));
        assertThat(d.headerFields()).anyMatch(f -> f.key().equals("mg11.over18") && f.value().orElse("")
                .equals("Over 18"));
        assertThat(d.pageFooter()).hasValueSatisfying(f -> assertThat(f).contains("Signature witnessed by"));
        assertThat(d.complete()).isTrue();
        // Nothing stands before the s.9 declaration: notes for the witness are in the companion.
        List<Block> first = new ArrayList<>();
        for (Section s : d.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Declaration) {
                    break;
                }
                first.add(b);
            }
            if (!first.isEmpty() || s.blocks().stream().anyMatch(b -> b instanceof Declaration)) {
                break;
            }
        }
        assertThat(first).noneMatch(b -> b instanceof org.redress.core.document.Notice);
        assertThat(d.audience()).isEqualTo(org.redress.core.document.Audience.POLICE);
        assertThat(new PlainTextRenderer().render(d.companion().orElseThrow())).contains("not legal advice");
    }

    /**
     * The MG11 reads as a first-person statement: the date before the time ("On 14 August 2026 at 21:04 BST"),
     * never "On 21:04 BST, 14 August 2026"; exhibits produced with an article and by their label; counts in words
     * with their noun in the right number; a span of days, not a clock time, in the opening paragraph.
     */
    @Test
    void mg11SentencesReadAsAWitnessWritesThem() throws IOException {
        Case c = UkSampleCasesTest.sample("uk-ex-partner-impersonation-doxxing.json");
        List<String> text = blocks(doc(UkDocumentKinds.MG11_WITNESS_STATEMENT, c, DEFAULTS), Paragraph.class).stream()
                .map(Paragraph::text).toList();
        assertThat(text).anyMatch(t -> t.startsWith("On 14 August 2026 at 21:04 BST, on Instagram"))
                .anyMatch(t -> t.startsWith("On 2 September 2026 at 23:15 BST, on WhatsApp"))
                .anyMatch(t -> t.endsWith("This statement describes three incidents of harassment between "
                        + "14 August 2026 and 2 September 2026."))
                .contains("I produce a screenshot of the fake Instagram profile and a message it sent as exhibit JE/1.",
                        "I produce a screenshot of the X post giving my home address as exhibit JE/2.",
                        "I produce an export of the WhatsApp messages from the new number as exhibit JE/3.")
                .noneMatch(t -> t.matches("(?s).*\\bOn \\d{1,2}:\\d{2}.*"))
                .noneMatch(t -> t.matches("(?s).*\\bI produce (?!a |an |the ).*"));
    }

    @Test
    void injunctionPackHasTheN16aWordingThePd32StatementOfTruthAndWithholdsTheAddressForService()
            throws IOException {
        Case c = UkSampleCasesTest.sample("uk-ex-partner-impersonation-doxxing.json");
        ReportDocument draft = doc(UkDocumentKinds.CIVIL_INJUNCTION_PACK, c, DEFAULTS);
        String text = new PlainTextRenderer().render(draft).replaceAll("\\s+", " ");
        assertThat(text).contains("whether by himself or by instructing or encouraging any other person")
                .contains("marked \u2018JE/1\u2019").contains("Title of proceedings").contains("12 Example Road").contains("Casey Placeholder")
                .contains("3 Sample Close");
        assertThat(blocks(draft, Declaration.class)).extracting(Declaration::text).contains("I believe that the "
                + "facts stated in this witness statement are true. I understand that proceedings for contempt of "
                + "court may be brought against anyone who makes, or causes to be made, a false statement in a "
                + "document verified by a statement of truth without an honest belief in its truth.");
        assertThat(draft.complete()).isTrue();

        ReportDocument served = doc(UkDocumentKinds.CIVIL_INJUNCTION_PACK, c, SERVICE);
        String servedText = new PlainTextRenderer().render(served) + RedressJson.toTree(served);
        assertThat(servedText).doesNotContain("12 Example Road").doesNotContain("XX1 1XX")
                .doesNotContain("stayed with my sister").doesNotContain("Plan your safety")
                .doesNotContain("jordan@example.org").contains("3 Sample Close");
        assertThat(served.withheldFields()).contains("claimant.address", "ws.residence");
    }

    @Test
    void injunctionPackListsWhatIsMissingAndRefusesScotland() throws IOException {
        Case wales = UkSampleCasesTest.sample("uk-sextortion-wales.json");
        ReportDocument d = doc(UkDocumentKinds.CIVIL_INJUNCTION_PACK, wales, DEFAULTS);
        assertThat(d.missing()).extracting(m -> m.pointer()).containsExactly("/parties", "/subject/address");
        Case scotland = UkSampleCasesTest.sample("uk-stalking-scotland.json");
        assertThatThrownBy(() -> doc(UkDocumentKinds.CIVIL_INJUNCTION_PACK, scotland, DEFAULTS))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.pointer().equals("/jurisdiction")));
        assertThatThrownBy(() -> doc(UkDocumentKinds.MG11_WITNESS_STATEMENT, scotland, DEFAULTS))
                .isInstanceOf(InvalidDataException.class);
    }

    @Test
    void reportFraudSummaryListsTheDemands() throws IOException {
        Case c = UkSampleCasesTest.sample("uk-sextortion-wales.json");
        ReportDocument d = doc(UkDocumentKinds.REPORT_FRAUD_SUMMARY, c, DEFAULTS);
        String text = new PlainTextRenderer().render(d) + new PlainTextRenderer().render(d.companion().orElseThrow());
        assertThat(text).contains("Never pay").contains("\u00a3500.00").contains("@rowan.admirer.example")
                .contains("Unverified: whether Report Fraud takes reports of sextortion");
    }

    @Test
    void platformReportPerIncidentWithThePlatformsCategory() throws IOException {
        Case c = UkSampleCasesTest.sample("uk-pile-on-hate-northern-ireland.json");
        ReportDocument one = PACK.platformReport(c, "i2", DEFAULTS);
        String text = new PlainTextRenderer().render(one);
        assertThat(one.sections()).hasSize(2);
        assertThat(text).contains("https://x.example/anon_example_2/status/2002").contains("X (formerly Twitter)")
                .contains("Report the post or account in the app").contains("@anon_example_2")
                .doesNotContain("tiktok.example");
        String all = new PlainTextRenderer().render(doc(UkDocumentKinds.PLATFORM_REPORT, c, DEFAULTS));
        assertThat(all).contains("TikTok").contains("Unverified").contains("Reddit");
    }

    @Test
    void ofcomNotificationSetsHonestExpectations() throws IOException {
        Case c = UkSampleCasesTest.sample("uk-pile-on-hate-northern-ireland.json");
        ReportDocument d = doc(UkDocumentKinds.OFCOM_NOTIFICATION, c, DEFAULTS);
        assertThat(new PlainTextRenderer().render(d)).contains("no action");
        assertThat(new PlainTextRenderer().render(d.companion().orElseThrow()))
                .contains("cannot respond to or investigate individual complaints");
        assertThat(d.complete()).isTrue();
        Case wales = UkSampleCasesTest.sample("uk-sextortion-wales.json");
        assertThat(doc(UkDocumentKinds.OFCOM_NOTIFICATION, wales, DEFAULTS).missing())
                .extracting(m -> m.pointer()).containsExactly("/reports");
    }

    @Test
    void childContentIsNeverShownOrAttached() throws IOException {
        Case base = UkSampleCasesTest.sample("uk-sextortion-wales.json");
        var first = ImmutableIncident.copyOf(base.incidents().get(0)).withPersonUnder18(org.redress.core.model.Answer.of(true))
                .withLocations(ContentLocation.url("https://instagram.example/p/EXAMPLE9"));
        Case c = ImmutableCase.copyOf(base).withIncidents(first, base.incidents().get(1));
        Plan plan = Planner.load().plan(c, UkSampleCasesTest.AT);
        assertThat(plan.routeIds()).contains(UkRouteIds.IWF);
        List<ReportDocument> docs = Planner.load().documents(c, plan, DEFAULTS);
        for (ReportDocument d : docs) {
            for (ExhibitReference e : blocks(d, ExhibitReference.class)) {
                if (e.evidenceId().orElse("").equals("e1")) {
                    assertThat(e.imageRef()).as(d.kind()).isEmpty();
                }
            }
        }
        String platform = RedressJson.toTree(PACK.platformReport(c, "i1", DEFAULTS)).toString();
        assertThat(platform).contains("give the platform only the web address").doesNotContain("Evidence kept");
    }

    @Test
    void everyDocumentOfEverySampleRendersAndSaysWhereItsFactsComeFrom() throws IOException {
        for (String name : List.of("uk-ex-partner-impersonation-doxxing.json", "uk-sextortion-wales.json",
                "uk-stalking-scotland.json", "uk-pile-on-hate-northern-ireland.json")) {
            Case c = UkSampleCasesTest.sample(name);
            Plan plan = Planner.load().plan(c, UkSampleCasesTest.AT);
            List<ReportDocument> docs = Planner.load().documents(c, plan, DEFAULTS);
            assertThat(docs).as(name).isNotEmpty();
            for (ReportDocument d : docs) {
                assertThat(new PlainTextRenderer().render(d) + d.companion().map(x -> new PlainTextRenderer()
                        .render(x)).orElse("")).as(d.kind()).contains("Where the facts come from");
                assertThat(RedressJson.read(RedressJson.write(d), ReportDocument.class, "document"))
                        .as("the JSON form leaves out the companion").isEqualTo(
                                org.redress.core.document.ImmutableReportDocument.copyOf(d)
                                        .withCompanion(java.util.Optional.empty()));
            }
        }
    }
}
