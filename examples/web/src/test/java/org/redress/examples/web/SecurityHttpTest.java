package org.redress.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.examples.web.Browserless.form;

import io.javalin.Javalin;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.model.Answer;
import org.redress.core.model.Case;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutableIncident;
import org.redress.core.model.Incident;

/** Attacks an outside tester tried on the app (see the "Security" section of docs/web.md), one test per class. */
class SecurityHttpTest {

    static final String PASSPHRASE = IntakeHttpTest.PASSPHRASE;

    @TempDir
    Path tmp;
    Intake intake;
    Javalin app;
    Browserless web;
    /** The guard's clock, moved by the tests (nanoseconds). */
    final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @BeforeEach
    void start() throws Exception {
        intake = Intake.open(tmp.resolve("data"), PASSPHRASE.toCharArray(), IntakeApp.demoCase());
        app = IntakeApp.start(intake, true);
        IntakeApp.guardOf(app).clock(now::get);
        web = new Browserless(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> attempt(String passphrase) throws Exception {
        return web.post("/unlock", form("csrf", web.token(), "passphrase", passphrase));
    }

    @Test
    void passphraseGuessingIsSlowedDownForEveryBrowser() throws Exception {
        for (int i = 0; i < Guard.Attempts.FREE; i++) {
            assertThat(attempt("guess " + i).statusCode()).isEqualTo(401);
        }
        // now even the right passphrase waits, unchecked: a guesser learns nothing during the wait
        var refused = attempt(PASSPHRASE);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.body()).contains("Too many wrong passphrases. Wait 1 second");
        // a new browser (new session) waits too
        Browserless other = new Browserless(web.port);
        assertThat(other.post("/unlock", form("csrf", other.token(), "passphrase", PASSPHRASE)).statusCode())
                .isEqualTo(429);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(attempt("guess again").statusCode()).isEqualTo(401);
        // each wrong attempt doubles the wait
        var longer = attempt(PASSPHRASE);
        assertThat(longer.statusCode()).isEqualTo(429);
        assertThat(longer.headers().firstValue("Retry-After")).hasValue("2");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(attempt(PASSPHRASE).statusCode()).isEqualTo(303);
        // the right one clears the count
        web.post("/lock", form("csrf", web.token()));
        assertThat(attempt("one slip").statusCode()).isEqualTo(401);
        assertThat(attempt(PASSPHRASE).statusCode()).isEqualTo(303);
    }

    @Test
    void theWaitIsCapped() {
        Guard.Attempts a = new Guard.Attempts();
        for (int i = 0; i < 200; i++) {
            a.record(false, 0);
        }
        assertThat(a.waitSeconds(0)).isEqualTo(Guard.Attempts.MAX_WAIT_SECONDS);
        assertThat(a.waitSeconds(Guard.Attempts.MAX_WAIT_SECONDS * 1_000_000_000L)).isZero();
    }

    @Test
    void aSessionIdKnownBeforeUnlockIsNeverAnOpenSession() throws Exception {
        // someone gets a session id (their own visit, or a cookie planted by another page on this host) ...
        Browserless planter = new Browserless(web.port);
        planter.token();
        HttpCookie planted = planter.cookies.getCookieStore().getCookies().get(0);
        // ... and the person's browser carries it when they type the passphrase
        web.cookies.getCookieStore().add(URI.create(web.base), planted);
        String token = web.unlock(PASSPHRASE);
        assertThat(web.get("/").statusCode()).isEqualTo(200);
        assertThat(web.cookies.getCookieStore().getCookies()).extracting(HttpCookie::getValue)
                .doesNotContain(planted.getValue());
        assertThat(planter.get("/").statusCode()).as("the planted id stays locked").isEqualTo(303);
        // and the token of the session before the unlock no longer works
        assertThat(Browserless.token(planter.get("/unlock").body())).isNotEqualTo(token);
    }

    @Test
    void theKeysLeaveMemoryWhenTheCaseIsLocked() throws Exception {
        assertThat(intake.isOpen()).as("locked from the start").isFalse();
        assertThatThrownBy(intake::current).isInstanceOf(Intake.LockedException.class);
        String token = web.unlock(PASSPHRASE);
        assertThat(intake.isOpen()).isTrue();
        SealedFile key = intake.caseFile();
        assertThat(key.destroyed()).isFalse();
        // the quick exit
        web.post("/lock", form("csrf", token));
        assertThat(intake.isOpen()).isFalse();
        assertThat(key.destroyed()).as("the case file's key is zeroed").isTrue();
        assertThatThrownBy(intake::current).isInstanceOf(Intake.LockedException.class);
        // a wrong passphrase does not open it; the right one does, with everything kept
        assertThat(attempt("not it").statusCode()).isEqualTo(401);
        assertThat(intake.isOpen()).isFalse();
        web.unlock(PASSPHRASE);
        assertThat(web.get("/").body()).contains("Hundreds of abusive replies");
        // the idle lock, seen at the next request
        key = intake.caseFile();
        IntakeApp.guardOf(app).idle(Duration.ofMinutes(5));
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThat(web.get("/").statusCode()).isEqualTo(303);
        assertThat(intake.isOpen()).isFalse();
        assertThat(key.destroyed()).isTrue();
        // and by the sweep, with no request at all
        web.unlock(PASSPHRASE);
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThat(IntakeApp.guardOf(app).sweep()).isFalse();
    }

    @Test
    void theQuickExitWorksFromAPageOfAnEarlierSession() throws Exception {
        String stale = web.unlock(PASSPHRASE);
        web.post("/lock", form("csrf", stale));
        String current = web.unlock(PASSPHRASE);
        assertThat(current).isNotEqualTo(stale);
        // an older tab still shows a page with the earlier token: its quick exit still closes the notes
        var exit = web.post("/lock", form("csrf", stale));
        assertThat(exit.statusCode()).isEqualTo(303);
        assertThat(web.get("/").statusCode()).isEqualTo(303);
        assertThat(intake.isOpen()).isFalse();
        // and another site still cannot send it
        web.unlock(PASSPHRASE);
        assertThat(web.post("/lock", form(), "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors").statusCode())
                .isEqualTo(403);
        assertThat(web.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aMultipartBodyDoesNotSkipTheTokenOnOtherRoutes() throws Exception {
        web.unlock(PASSPHRASE);
        int before = intake.current().incidents().size();
        String boundary = "----redresstest" + System.nanoTime();
        byte[] body = Browserless.multipart(boundary, null, "date", "2026-11-02", "time", "09:00", "channel", "EMAIL",
                "kinds", "BULLYING", "summary", "forged without a token");
        var r = web.http.send(java.net.http.HttpRequest.newBuilder(URI.create(web.base + "/incidents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(intake.current().incidents()).hasSize(before);
    }

    @Test
    void aSecondCopyOfTheAppCannotOpenTheSameFolderEvenWhileTheCaseIsLocked() {
        assertThat(intake.isOpen()).isFalse(); // the vault has let go of its own lock
        assertThatThrownBy(() -> Intake.open(tmp.resolve("data"), PASSPHRASE.toCharArray(), null))
                .isInstanceOf(Intake.InUseException.class);
    }

    @Test
    void oneOpenSessionKeepsTheCaseOpenForItselfOnly() throws Exception {
        web.unlock(PASSPHRASE);
        Browserless other = new Browserless(web.port);
        other.token();
        assertThat(other.get("/").statusCode()).isEqualTo(303);
        assertThat(web.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aLockedSessionsPostIsRefusedBeforeItsBodyIsRead() throws Exception {
        // headers that promise a body which never comes (a slow-loris post): the answer does not wait for it
        String r = web.raw("POST /incidents HTTP/1.1\r\nHost: 127.0.0.1:" + web.port + "\r\nContent-Type: "
                + "application/x-www-form-urlencoded\r\nContent-Length: 100000\r\nConnection: close\r\n\r\ncsrf=");
        assertThat(r).startsWith("HTTP/1.1 401");
    }

    @Test
    void downloadNamesCannotBreakTheHeader() {
        assertThat(Html.attachment("a\"; filename=../../evil\r\nX-Injected: 1.zip"))
                .isEqualTo("attachment; filename=\"a-filename-..-..-evil-X-Injected-1.zip\"");
        assertThat(Html.attachment("../..")).isEqualTo("attachment; filename=\"download\"");
    }

    @Test
    void fileNamesThatDisguiseTheirTypeAreRefused() throws Exception {
        String token = web.unlock(PASSPHRASE);
        var r = web.upload(token, "holiday\u202Egnp.exe", WebAppIT.fictionalScreenshot(), "kept description");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Rename the file").contains("kept description");
        assertThat(intake.current().evidence()).isEmpty();
    }

    /** The demo case with its incident recorded as a child's sexual image (with or without its address). */
    private Browserless childCase(boolean withAddress) throws Exception {
        app.stop();
        Case demo = IntakeApp.demoCase();
        Incident first = demo.incidents().get(0);
        Incident child = ImmutableIncident.copyOf(first).withInvolvesChild(Answer.YES);
        if (!withAddress) {
            child = ImmutableIncident.copyOf(child).withLocations(java.util.List.of());
        }
        Incident other = ImmutableIncident.copyOf(first).withId("inc-2").withSummary("Another incident")
                .withOccurredAt(first.occurredAt());
        Case c = ImmutableCase.copyOf(demo).withIncidents(child, other);
        intake = Intake.open(tmp.resolve(withAddress ? "child-a" : "child-b"), PASSPHRASE.toCharArray(), c);
        app = IntakeApp.start(intake, true);
        return new Browserless(app.port());
    }

    private long itemsInVault(String folder) throws Exception {
        Path items = tmp.resolve(folder).resolve("vault").resolve("items");
        if (!java.nio.file.Files.isDirectory(items)) {
            return 0;
        }
        try (var s = java.nio.file.Files.list(items)) {
            return s.count();
        }
    }

    @Test
    void aChildsSexualImageIsNeverKeptLinkedUnlinkedOrRelinked() throws Exception {
        Browserless w = childCase(false);
        String token = w.unlock(PASSPHRASE);
        byte[] png = WebAppIT.fictionalScreenshot();
        // linked to the incident, which gives no address
        var linked = w.upload(token, "a.png", png, "", "inc-1");
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body()).contains("This file was not kept").contains("Do not save");
        // not linked to any incident: it may be that image
        var unlinked = w.upload(token, "b.png", png, "", "");
        assertThat(unlinked.statusCode()).isEqualTo(200);
        assertThat(unlinked.body()).contains("This file was not kept").contains("not linked to an incident")
                .contains("Nothing of the file was kept").doesNotContain("recorded only where it is");
        java.nio.file.Files.createDirectories(Path.of("target", "pages"));
        java.nio.file.Files.writeString(Path.of("target", "pages", "child-image-not-kept.html"), unlinked.body());
        assertThat(intake.current().evidence()).isEmpty();
        assertThat(itemsInVault("child-b")).isZero();
        // a text file, and a picture for the other incident, are kept
        assertThat(w.upload(token, "notes.txt", "fictional notes".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "", "").statusCode()).isEqualTo(303);
        assertThat(w.upload(token, "c.png", png, "", "inc-2").statusCode()).isEqualTo(303);
        assertThat(intake.current().evidence()).hasSize(2);
        // a kept picture never becomes the evidence of the child's image
        String kept = intake.current().evidence().get(1).id();
        var relink = w.post("/evidence/" + kept, form("csrf", token, "description", "", "incident", "inc-1"));
        assertThat(relink.statusCode()).isEqualTo(422);
        assertThat(intake.current().incident("inc-1").orElseThrow().evidenceIds()).doesNotContain(kept);
    }

    @Test
    void withTheImagesAddressCoreRecordsWhereItIsAndKeepsNothing() throws Exception {
        Browserless w = childCase(true);
        String token = w.unlock(PASSPHRASE);
        var linked = w.upload(token, "a.png", WebAppIT.fictionalScreenshot(), "", "inc-1");
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.body()).contains("This file was not kept");
        assertThat(itemsInVault("child-a")).isZero();
    }
}
