package org.redress.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.custody.CustodyEvent;
import org.redress.evidence.custody.CustodyEventType;
import org.redress.evidence.custody.CustodyLog;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.Jurisdiction;
import org.redress.core.plan.DocumentKind;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.JurisdictionPack;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.Warning;
import org.redress.core.route.Confidence;
import org.redress.core.route.ImmutableRoute;
import org.redress.core.route.ImmutableSource;
import org.redress.core.route.Provenance;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;

class EvidenceCaptureTest {

    @TempDir
    Path dir;

    private DirectoryVault vault;
    private CustodyLog log;

    @BeforeEach
    void open() throws Exception {
        vault = DirectoryVault.openOrCreate(dir.resolve("vault"), VaultKey.hostKey(Fixtures.HOST_KEY));
        log = CustodyLog.open(dir.resolve("custody"));
    }

    @AfterEach
    void close() throws Exception {
        vault.close();
        log.close();
    }

    private EvidenceCapture capture(Planner planner) throws Exception {
        return new EvidenceCapture(vault, log, planner, java.time.Clock.systemUTC());
    }

    @Test
    void captureHashesStoresAndLogs() throws Exception {
        EvidenceCapture capture = capture(Planner.of());
        Path file = Files.write(dir.resolve("shot.png"), Fixtures.bytes(3, 100_000));
        CaptureResult r = capture.capture(Fixtures.screenshot("ev-1").build(), file);
        assertThat(r.record().contentStatus()).isEqualTo(ContentStatus.STORED);
        assertThat(r.record().size()).contains(100_000L);
        assertThat(r.record().origin()).isEqualTo(EvidenceOrigin.CAPTURED_LIVE);
        assertThat(r.event().type()).isEqualTo(CustodyEventType.CAPTURED);
        assertThat(r.childProtection()).isEmpty();

        CaptureResult imported = capture.capture(Fixtures.screenshot("ev-2").origin(EvidenceOrigin.IMPORTED).build(),
                Fixtures.bytes(4, 10));
        assertThat(imported.event().type()).isEqualTo(CustodyEventType.IMPORTED);

        CaptureResult redacted = capture.capture(Fixtures.screenshot("ev-1-redacted").derivedFrom("ev-1")
                .transformation("Blurred a fictional bystander's name").build(), Fixtures.bytes(5, 1000));
        assertThat(redacted.event().type()).isEqualTo(CustodyEventType.REDACTED_DERIVATIVE_MADE);
        assertThat(redacted.event().itemIds()).containsExactly("ev-1", "ev-1-redacted");
        assertThat(vault.contains("ev-1")).isTrue();

        try (InputStream in = capture.view("ev-1", Fixtures.ACTOR, Fixtures.TOOL)) {
            assertThat(in.readAllBytes()).isEqualTo(Fixtures.bytes(3, 100_000));
        }
        assertThat(capture.verifyHash("ev-1", Fixtures.ACTOR, Fixtures.TOOL)).isTrue();
        capture.dispose("ev-2", Fixtures.ACTOR, Fixtures.TOOL, "The person asked for it to be deleted.");
        assertThat(log.events()).extracting(CustodyEvent::type).containsExactly(CustodyEventType.CAPTURED,
                CustodyEventType.IMPORTED, CustodyEventType.REDACTED_DERIVATIVE_MADE, CustodyEventType.VIEWED,
                CustodyEventType.HASH_VERIFIED, CustodyEventType.DISPOSED);
        assertThat(log.verify(Optional.empty()).ok()).isTrue();
    }

    @Test
    void aDerivativeNeedsItsOriginal() throws Exception {
        EvidenceCapture capture = capture(Planner.of());
        assertThatThrownBy(() -> capture.capture(Fixtures.screenshot("d").derivedFrom("missing")
                .transformation("cropped").build(), new byte[1])).isInstanceOf(VaultException.class);
        assertThat(vault.ids()).isEmpty();
    }

    /** A stream that fails the test if anything reads it. */
    private static InputStream untouchable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("content involving a child must never be read");
            }
        };
    }

    private static ImmutableCaptureMetadata childContent(String id) {
        return Fixtures.screenshot(id).fileName(Optional.empty()).involvesChild(true)
                .location(ContentLocation.url("https://host.example/content/123")).build();
    }

    @Test
    void contentInvolvingAChildIsNeverStoredAndGenericGuidanceIsGivenWithoutAPack() throws Exception {
        EvidenceCapture capture = capture(Planner.of());
        Path file = dir.resolve("never-read.bin");
        CaptureResult r = capture.capture(childContent("c-1"), untouchable());
        CaptureResult fromPath = capture.capture(childContent("c-2"), file);
        for (CaptureResult x : List.of(r, fromPath)) {
            assertThat(x.record().contentStatus()).isEqualTo(ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL);
            assertThat(x.record().hashes()).isEmpty();
            assertThat(x.record().size()).isEmpty();
            assertThat(x.record().fileName()).isEmpty();
            assertThat(x.record().requestedUrl()).contains(URI.create("https://host.example/content/123"));
            assertThat(x.childProtection()).get().extracting(ChildProtectionGuidance::message)
                    .isEqualTo(ChildProtectionGuidance.GENERIC);
        }
        assertThat(vault.ids()).isEmpty();
        assertThat(Files.list(dir.resolve("vault/items"))).isEmpty();
    }

    @Test
    void theIncidentDecidesAndThePackGivesTheRoute() throws Exception {
        Route hotline = ImmutableRoute.builder().id("zz.child-hotline").name("Fictional Child Hotline")
                .kind(RouteKind.CHILD_PROTECTION).summary("Takes reports of child sexual abuse material.")
                .addJurisdictions(Jurisdiction.of("ZZ"))
                .provenance(Provenance.of(ImmutableSource.builder().title("Fictional source")
                        .url(URI.create("https://hotline.example/")).confidence(Confidence.HIGH).build(),
                        LocalDate.of(2026, 11, 1)))
                .build();
        JurisdictionPack pack = new TestPack(hotline);
        EvidenceCapture capture = capture(Planner.of(pack));
        Case c = Case.builder().id("case-1").jurisdiction(Jurisdiction.of("ZZ"))
                .subject(org.redress.core.model.Person.builder().name("Fictional Person").build())
                .addIncidents(org.redress.core.model.Incident.builder().id("i1")
                        .occurredAt(org.redress.core.model.IncidentTime.at(
                                java.time.OffsetDateTime.parse("2026-03-01T21:04:00Z"), java.time.ZoneId.of("UTC")))
                        .channel(org.redress.core.model.Channel.SOCIAL_MEDIA)
                        .addKinds(org.redress.core.model.HarassmentKind.THREAT_OF_VIOLENCE)
                        .involvesChild(org.redress.core.model.Answer.YES)
                        .addLocations(ContentLocation.url("https://host.example/content/456"))
                        .build())
                .build();
        CaptureResult r = capture.capture(c, c.incidents().get(0), Fixtures.screenshot("c-3").fileName(Optional.empty())
                .requestedUrl(Optional.empty()).build(),
                untouchable());
        assertThat(r.record().contentStatus()).isEqualTo(ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL);
        assertThat(r.childProtection().get().routes()).containsExactly(hotline);
        assertThat(r.childProtection().get().message()).contains("Fictional Child Hotline");
        assertThat(vault.ids()).isEmpty();
    }

    @Test
    void anIntimateImageOfASixteenYearOldIsNeverStoredEvenWithoutTheChildFlag() throws Exception {
        EvidenceCapture capture = capture(Planner.of());
        Case c = Case.builder().id("case-2").jurisdiction(Jurisdiction.of("ZZ"))
                .subject(org.redress.core.model.Person.builder().name("Fictional Teen")
                        .dateOfBirth(LocalDate.of(2010, 1, 15)).build())
                .addIncidents(org.redress.core.model.Incident.builder().id("i1")
                        .occurredAt(org.redress.core.model.IncidentTime.at(
                                java.time.OffsetDateTime.parse("2026-03-01T21:04:00Z"), java.time.ZoneId.of("UTC")))
                        .channel(org.redress.core.model.Channel.SOCIAL_MEDIA)
                        .addKinds(org.redress.core.model.HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)
                        .addLocations(ContentLocation.url("https://host.example/content/789"))
                        .build())
                .build();
        assertThat(c.incidents().get(0).isInvolvesChild()).isFalse();
        CaptureResult r = capture.capture(c, c.incidents().get(0), Fixtures.screenshot("c-4")
                .fileName(Optional.empty()).requestedUrl(Optional.empty()).build(), untouchable());
        assertThat(r.record().contentStatus()).isEqualTo(ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL);
        assertThat(r.record().hashes()).isEmpty();
        assertThat(r.record().requestedUrl()).contains(URI.create("https://host.example/content/789"));
        assertThat(r.childProtection()).isPresent();
        assertThat(vault.ids()).isEmpty();
    }

    /** A pack with one route, covering jurisdiction ZZ. */
    private record TestPack(Route route) implements JurisdictionPack {
        public String id() {
            return "test";
        }

        public String name() {
            return "Test";
        }

        public boolean covers(Jurisdiction j) {
            return j.equals(Jurisdiction.of("ZZ"));
        }

        public List<Route> routes() {
            return List.of(route);
        }

        public List<Warning> warnings() {
            return List.of();
        }

        public List<DocumentKind> documentKinds() {
            return List.of();
        }

        public Plan plan(Case c, PlanningContext context) {
            throw new UnsupportedOperationException();
        }

        public Optional<ReportDocument> buildDocument(String kind, Case c, Plan plan, DocumentOptions options) {
            return Optional.empty();
        }
    }
}
