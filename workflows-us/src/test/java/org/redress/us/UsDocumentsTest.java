package org.redress.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.Paragraph;
import org.redress.core.document.PlainTextRenderer;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.Collector;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Hash;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutablePerson;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Person;
import org.redress.core.model.Quote;
import org.redress.core.model.Tool;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.ImmutableDocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanningContext;

/** The documents: statutory elements, refusals that name what is missing, exhibit labels, and FRE 902(14). */
class UsDocumentsTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private final UsPack pack = new UsPack();

    private static Incident image(String id, boolean withUrl) {
        var b = Incident.builder().id(id).channel(Channel.WEBSITE).platform("pics.example.net")
                .occurredAt(IncidentTime.on(LocalDate.of(2026, 11, 1), LA))
                .addKinds(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE).intimateImage(org.redress.core.model.Answer.of(true))
                .summary("Photo posted without consent").addQuotes(Quote.of("look at this"));
        b.addLocations(withUrl ? ContentLocation.url("https://pics.example.net/a/1")
                : org.redress.core.model.ImmutableContentLocation.builder().description("somewhere").build());
        return b.build();
    }

    private static ImmutableCase.Builder base(Person p) {
        return Case.builder().id("doc-case").jurisdiction(Jurisdiction.of("US-CA")).subject(p);
    }

    private static Person person(boolean contact) {
        ImmutablePerson.Builder b = Person.builder().name("Sam Fictional");
        if (contact) {
            b.email("sam@example.org").phone("+1 555 0199");
        }
        return b.build();
    }

    private ReportDocument build(String kind, Case c, DocumentOptions o) {
        Plan plan = pack.plan(c, PlanningContext.at(OffsetDateTime.parse("2026-11-22T12:00:00Z")));
        return pack.buildDocument(kind, c, plan, o).orElseThrow();
    }

    private List<Problem> refusal(String kind, Case c) {
        try {
            build(kind, c, DocumentOptions.defaults());
        } catch (InvalidDataException e) {
            return e.problems();
        }
        throw new AssertionError(kind + " was not refused");
    }

    @Test
    void takeItDownRequestHasTheFourElementsOrIsRefused() {
        Case ok = base(person(true)).addIncidents(image("i1", true)).build();
        String text = new PlainTextRenderer().render(build(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, ok, DocumentOptions.defaults()))
                .replaceAll("\\s+", " ");
        assertThat(text).contains("Physical or electronic signature", "Sam Fictional",        // (i) signature
                "https://pics.example.net/a/1",                                                  // (2) location
                "good-faith belief", "not consensual",                                          // (3) statement
                "sam@example.org");                                                             // (4) contact

        assertThat(refusal(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, base(person(true)).addIncidents(image("i1", false)).build()))
                .extracting(Problem::pointer, p -> p.message().contains("element (ii)")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/incidents", true));
        assertThat(refusal(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, base(person(false)).addIncidents(image("i1", true)).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.pointer()).isEqualTo("/subject/email");
                    assertThat(p.message()).contains("element (iv)");
                });
        Case noImage = base(person(true)).addIncidents(Incident.builder().id("i1").channel(Channel.EMAIL)
                .occurredAt(IncidentTime.on(LocalDate.of(2026, 11, 1), LA)).addKinds(HarassmentKind.BULLYING).build()).build();
        assertThat(refusal(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, noImage)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no incident with an intimate image"));
    }

    @Test
    void takeItDownElementsComeInTheStatutesOrderAndKeepTheContactDetailsForThePlatformEvenForService() {
        Case ok = base(person(true)).addIncidents(image("i1", true)).build();
        DocumentOptions served = ImmutableDocumentOptions.builder().forService(true).build();
        ReportDocument doc = build(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, ok, served);
        assertThat(doc.audience()).isEqualTo(org.redress.core.document.Audience.PLATFORM);
        List<String> headings = doc.sections().stream().map(s -> s.heading().orElse("")).toList();
        assertThat(headings).containsSubsequence("To", "(i) Signature", "(ii) Identification and location of the "
                + "depiction", "(iii) Statement of good-faith belief", "(iv) How to contact me");
        String text = new PlainTextRenderer().render(doc);
        assertThat(text).contains("sam@example.org", "555 0199").doesNotContain("Save a copy");
        assertThat(new PlainTextRenderer().render(doc.companion().orElseThrow())).contains("Save a copy");
        ReportDocument dmca = build(UsDocumentKinds.DMCA_NOTICE, ownImageCase(), served);
        assertThat(new PlainTextRenderer().render(dmca)).contains("sam@example.org", "Designated agent")
                .doesNotContain("counter-notice");
    }

    private static Case ownImageCase() {
        return base(person(true)).addIncidents(Incident.builder().from(image("i1", true))
                .imageMadeBy(org.redress.core.model.ImageMaker.PERSON).build()).build();
    }

    @Test
    void aDmcaNoticeIsRefusedUnlessTheCaseRecordsThatThePersonMadeTheImage() {
        for (var maker : java.util.Arrays.asList(null, org.redress.core.model.ImageMaker.SOMEONE_ELSE,
                org.redress.core.model.ImageMaker.AI_GENERATED, org.redress.core.model.ImageMaker.UNKNOWN)) {
            Case c = base(person(true)).addIncidents(Incident.builder().from(image("i1", true))
                    .imageMadeBy(java.util.Optional.ofNullable(maker)).build()).build();
            assertThat(refusal(UsDocumentKinds.DMCA_NOTICE, c)).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("made the image themself"));
        }
    }

    @Test
    void dmcaNoticeHasTheSixElementsOrIsRefused() {
        Case ok = ownImageCase();
        String text = new PlainTextRenderer().render(build(UsDocumentKinds.DMCA_NOTICE, ok, DocumentOptions.defaults()))
                .replaceAll("\\s+", " ");
        assertThat(text).contains("(i) Signature", "(ii) The copyrighted work", "(iii) The infringing material",
                "https://pics.example.net/a/1", "(iv) How to contact me", "sam@example.org",
                "good faith belief that use of the material", "under penalty of perjury");
        assertThat(refusal(UsDocumentKinds.DMCA_NOTICE, base(person(false)).addIncidents(Incident.builder()
                        .from(image("i1", false)).imageMadeBy(org.redress.core.model.ImageMaker.PERSON).build()).build()))
                .extracting(p -> p.message().replaceAll(".*\\((element \\([iv]+\\)).*", "$1"))
                .containsExactlyInAnyOrder("element (iii)", "element (iv)");
        Case minor = base(person(true)).addIncidents(Incident.builder().from(image("i1", true)).personUnder18(org.redress.core.model.Answer.of(true)).build()).build();
        assertThat(refusal(UsDocumentKinds.DMCA_NOTICE, minor)).anyMatch(p -> p.message().contains("under 18"));
    }

    @Test
    void papersForServiceWithholdContactDetailsAndFactsAreMarked() {
        Case c = base(person(true)).addIncidents(image("i1", true)).build();
        DocumentOptions served = ImmutableDocumentOptions.builder().forService(true).build();
        ReportDocument petition = build(UsDocumentKinds.PROTECTIVE_ORDER_PETITION, c, served);
        String text = new PlainTextRenderer().render(petition);
        assertThat(text).doesNotContain("sam@example.org").doesNotContain("555 0199");
        assertThat(petition.withheldFields()).contains("petitioner.contact.email", "petitioner.contact.phone");
        ReportDocument log = build(UsDocumentKinds.HARASSMENT_LOG, c, DocumentOptions.defaults());
        List<FactOrigin> origins = log.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).origin()).toList();
        assertThat(origins).contains(FactOrigin.VERBATIM);
        ReportDocument letter = build(UsDocumentKinds.CEASE_AND_DESIST, c, DocumentOptions.defaults());
        assertThat(new PlainTextRenderer().render(letter)).doesNotContain("sam@example.org");
        assertThat(letter.missing()).anyMatch(m -> m.pointer().equals("/parties"));
    }

    @Test
    void exhibitLabelsAreUsStyle() {
        List<String> labels = new java.util.ArrayList<>();
        for (int n : new int[] {0, 1, 25, 26, 27, 51, 52, 701, 702}) {
            labels.add(org.redress.us.internal.Documents.letters(n));
        }
        assertThat(labels).containsExactly("A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA");
    }

    @Test
    void fre90214CertifiesCopiesWhoseHashesMatchAsSha256sumComputesThem(@TempDir Path dir) throws Exception {
        byte[] original = "fictional screenshot bytes\n".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));
        EvidenceRecord e = EvidenceRecord.builder().id("e1").kind(EvidenceKind.SCREENSHOT).description("Post")
                .addHashes(Hash.sha256(sha)).mediaType("image/png").requestedUrl(URI.create("https://social.example/p/1"))
                .capturedAt(OffsetDateTime.parse("2026-11-02T09:05:11-08:00")).captureZone(LA)
                .collector(Collector.of("collector-1", "victim")).tool(Tool.of("redress-capture", "0.1.0"))
                .origin(EvidenceOrigin.CAPTURED_LIVE).build();
        Case c = base(person(true)).addEvidence(e).addIncidents(Incident.builder().from(image("i1", true))
                .addEvidenceIds("e1").build()).build();
        Path copy = Files.write(dir.resolve("copy.png"), original);
        String copySha = sha256sum(copy);
        DocumentOptions o = ImmutableDocumentOptions.builder().preparedOn(LocalDate.of(2026, 11, 22)).build();
        ReportDocument cert = pack.fre90214Certification(c, Map.of("e1", copySha), o);
        assertThat(cert.complete()).isTrue();
        String text = new PlainTextRenderer().render(cert).replaceAll("\\s+", " ");
        assertThat(text).contains("Exhibit | Source, process and time", "A | https://social.example/p/1",
                "Captured live with redress-capture 0.1.0", "November 2, 2026, at 9:05 AM PST (2026-11-02T17:05:11Z)",
                "Original: " + sha + " Copy: " + sha + " | Yes",
                "I declare under penalty of perjury that the foregoing is true and correct. Executed on November 22, 2026.",
                "902(11)", "28 U.S.C. \u00a7 1746");
        assertThat(pack.fre90214Certification(c, Map.of(), o).missing()).singleElement()
                .satisfies(m -> assertThat(m.description()).contains("sha256sum"));
        Files.write(copy, "tampered".getBytes(StandardCharsets.UTF_8));
        String tampered = sha256sum(copy);
        assertThatThrownBy(() -> pack.fre90214Certification(c, Map.of("e1", tampered), o))
                .isInstanceOfSatisfying(InvalidDataException.class, x -> assertThat(x.problems())
                        .singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/evidence/0/hashes")));
        assertThat(cert.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof FieldGrid).flatMap(b -> ((FieldGrid) b).fields().stream())
                .map(Field::key)).contains("certifier.name");
    }

    /** The digest as the real sha256sum computes it (skipped when it is missing, failing on CI). */
    private static String sha256sum(Path file) throws Exception {
        boolean present;
        try {
            present = new ProcessBuilder("sha256sum", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            present = false;
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("sha256sum is missing on CI");
        }
        assumeTrue(present, "sha256sum is not installed");
        Process p = new ProcessBuilder("sha256sum", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return out.substring(0, 64);
    }
}
