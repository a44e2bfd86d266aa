package org.redress.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.examples.web.Browserless.form;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.redress.evidence.custody.CustodyEventType;
import org.redress.evidence.custody.CustodyLog;
import org.redress.core.model.Incident;

/** The app over HTTP without a browser: the guard, the lock, the forms, concurrency. */
class IntakeHttpTest extends AppHttpTest {

    private static void assertSecurityHeaders(String rawHead) {
        assertThat(rawHead).containsIgnoringCase("Content-Security-Policy: default-src 'none'")
                .containsIgnoringCase("X-Frame-Options: DENY").containsIgnoringCase("Cache-Control: no-store")
                .containsIgnoringCase("X-Content-Type-Options: nosniff");
    }

    @Test
    void aForeignHostGetsNoPageNoTokenAndCannotPost() throws Exception {
        String page = web.raw("GET / HTTP/1.1\r\nHost: evil.example:" + web.port + "\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 421");
        assertSecurityHeaders(page);
        assertThat(page).doesNotContain("name=\"csrf\"").doesNotContain("Hundreds");
        String bundle = web.raw("GET /static/app.js HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(bundle).startsWith("HTTP/1.1 421");
        String token = web.unlock(PASSPHRASE);
        String body = "csrf=" + token + "&date=2026-10-01&kinds=BULLYING&channel=EMAIL&summary=rebound";
        String post = web.raw("POST /incidents HTTP/1.1\r\nHost: evil.example:" + web.port + "\r\nOrigin: "
                + "http://evil.example:" + web.port + "\r\nCookie: " + web.cookieHeader()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(post).startsWith("HTTP/1.1 421");
        assertThat(intake.current().incidents()).noneMatch(i -> i.summary().orElse("").equals("rebound"));
        // the configured names are accepted
        for (String host : List.of("127.0.0.1:" + web.port, "localhost:" + web.port, "LOCALHOST:" + web.port)) {
            assertThat(web.raw("GET /unlock HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void originIsComparedWithTheConfiguredOriginNotTheRequestsHost() throws Exception {
        String token = web.unlock(PASSPHRASE);
        var r = web.post("/incidents", form("csrf", token, "date", "2026-10-01", "kinds", "BULLYING", "channel",
                "EMAIL"), "Origin", "http://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        r = web.post("/incidents", form("csrf", token, "date", "2026-10-01", "kinds", "BULLYING", "channel",
                "EMAIL"), "Sec-Fetch-Site", "cross-site");
        assertThat(r.statusCode()).isEqualTo(403);
        r = web.post("/incidents", form("csrf", token, "date", "2026-10-01", "kinds", "BULLYING", "channel",
                "EMAIL", "summary", "same origin"), "Origin", web.base, "Sec-Fetch-Site", "same-origin");
        assertThat(r.statusCode()).isEqualTo(303);
    }

    @Test
    void emptyMissingAndForeignTokensAreRefused() throws Exception {
        String token = web.unlock(PASSPHRASE);
        Map<String, Object> f = form("date", "2026-10-01", "kinds", "BULLYING", "channel", "EMAIL");
        assertThat(web.post("/incidents", f).statusCode()).isEqualTo(403);
        Map<String, Object> empty = form("csrf", "", "date", "2026-10-01", "kinds", "BULLYING", "channel", "EMAIL");
        assertThat(web.post("/incidents", empty).statusCode()).isEqualTo(403);
        // empty token and empty cookie
        String raw = web.raw("POST /incidents HTTP/1.1\r\nHost: 127.0.0.1:" + web.port + "\r\nCookie: sid=; csrf="
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 60\r\nConnection: close"
                + "\r\n\r\n" + "csrf=&date=2026-10-01&kinds=BULLYING&channel=EMAIL&summary=xxxxx");
        // a new (locked) session: refused before its body is read
        assertThat(raw).matches("(?s)HTTP/1.1 40[13] .*");
        // another session's token
        Browserless other = new Browserless(web.port);
        String otherToken = other.token();
        assertThat(otherToken).isNotEqualTo(token);
        Map<String, Object> foreign = form("csrf", otherToken, "date", "2026-10-01", "kinds", "BULLYING", "channel",
                "EMAIL");
        assertThat(web.post("/incidents", foreign).statusCode()).isEqualTo(403);
        assertThat(intake.current().incidents()).hasSize(IntakeApp.demoCase().incidents().size());
    }

    @Test
    void crossSiteGetsChangeNothingAndTheBundleIsAPost() throws Exception {
        String token = web.unlock(PASSPHRASE);
        web.upload(token, "a.png", WebAppIT.fictionalScreenshot(), "");
        long before = events(CustodyEventType.EXPORTED);
        // what an <img src> on another site would send
        assertThat(web.get("/bundle.zip", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors").statusCode())
                .isEqualTo(403);
        assertThat(web.get("/bundle.zip").statusCode()).isIn(404, 405);
        assertThat(web.get("/", "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "cors").statusCode())
                .isEqualTo(403);
        assertThat(events(CustodyEventType.EXPORTED)).isEqualTo(before);
        assertThat(web.post("/bundle.zip", form()).statusCode()).isEqualTo(403);
        var zip = web.http.send(HttpRequest.newBuilder(URI.create(web.base + "/bundle.zip"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.body()).startsWith('P', 'K');
        assertThat(events(CustodyEventType.EXPORTED)).isEqualTo(before + 1);
        try (var s = Files.list(tmp.resolve("data").resolve(".export"))) {
            assertThat(s).as("the export is not left on disk").isEmpty();
        }
    }

    @Test
    void aBrokenCustodyLogIsAClearRefusalNotAGenericError() throws Exception {
        String token = web.unlock(PASSPHRASE);
        web.upload(token, "a.png", WebAppIT.fictionalScreenshot(), "");
        // the first export signs a checkpoint over the log, so a later change to an event shows
        assertThat(web.post("/bundle.zip", form("csrf", token)).statusCode()).isEqualTo(200);
        Path events = tmp.resolve("data").resolve("custody").resolve("custody.jsonl");
        String log = Files.readString(events);
        String tampered = log.replaceFirst("\"time\":\"20", "\"time\":\"19");
        assertThat(tampered).isNotEqualTo(log);
        Files.writeString(events, tampered);

        var r = web.post("/bundle.zip", form("csrf", token));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("custody log) is damaged at event")
                .contains("nothing was exported and nothing was changed");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
        try (var s = Files.list(tmp.resolve("data").resolve(".export"))) {
            assertThat(s).as("no bundle is left on disk").isEmpty();
        }
    }

    private long events(CustodyEventType type) throws Exception {
        return intake.custodyEvents().stream().filter(e -> e.type() == type).count();
    }

    @Test
    void aBundleWithoutEvidenceIsAClearRefusal() throws Exception {
        String token = web.unlock(PASSPHRASE);
        var r = web.post("/bundle.zip", form("csrf", token));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("no evidence to put in a bundle yet");
    }

    @Test
    void pagesWithPersonalDataAreNoStoreAndNeedThePassphraseAfterQuickExitOrIdle() throws Exception {
        var locked = web.get("/");
        assertThat(locked.statusCode()).isEqualTo(303);
        assertThat(locked.headers().firstValue("Location")).hasValue("/unlock");
        var wrong = web.post("/unlock", form("csrf", web.token(), "passphrase", "not it"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        String token = web.unlock(PASSPHRASE);
        var home = web.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(home.body()).contains("Hundreds of abusive replies");
        // the quick exit (the page's script sends this as a beacon; without script the button posts it)
        var exit = web.post("/lock", form("csrf", token));
        assertThat(exit.statusCode()).isEqualTo(303);
        assertThat(exit.headers().firstValue("Location")).hasValue(Html.NEUTRAL_SITE);
        assertThat(web.get("/").statusCode()).isEqualTo(303);
        assertThat(web.get("/evidence/new").headers().firstValue("Location")).hasValue("/unlock");
        // idle: the person chooses the time on the settings page
        token = web.unlock(PASSPHRASE);
        assertThat(web.post("/settings", form("csrf", token, "idle", "5")).statusCode()).isEqualTo(200);
        assertThat(web.post("/settings", form("csrf", token, "idle", "7")).statusCode()).isEqualTo(400);
        IntakeApp.guardOf(app).idle(java.time.Duration.ZERO);
        Thread.sleep(2);
        assertThat(web.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void theServersOwnErrorsCarryTheSecurityHeaders() throws Exception {
        String host = "Host: 127.0.0.1:" + web.port + "\r\n";
        String longUri = web.raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        assertThat(longUri).startsWith("HTTP/1.1 414");
        assertSecurityHeaders(longUri);
        String bigHeaders = web.raw("GET / HTTP/1.1\r\n" + host + "X-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431");
        assertSecurityHeaders(bigHeaders);
        String bad = web.raw("GET / HTTP/1.1\r\n" + host + "Content-Length: x\r\nConnection: close\r\n\r\n");
        assertThat(bad).startsWith("HTTP/1.1 400");
        assertSecurityHeaders(bad);
        String badUri = web.raw("GET /%zz HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        assertThat(badUri).startsWith("HTTP/1.1 400");
        assertSecurityHeaders(badUri);
    }

    @Test
    void aGzipBodyAndANulInAFileNameGetClearRefusals() throws Exception {
        String token = web.unlock(PASSPHRASE);
        var gz = web.http.send(HttpRequest.newBuilder(URI.create(web.base + "/incidents"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip("csrf=" + token + "&date=2026-10-01"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gz.statusCode()).isEqualTo(415);
        assertThat(gz.body()).contains("not compressed");
        var nul = web.upload(token, "a\0b.png", WebAppIT.fictionalScreenshot(), "kept description");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("Rename the file").contains("kept description");
        var none = web.upload(token, "", new byte[0], "");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("Choose a file");
    }

    /**
     * A name longer than a file system allows is kept by its last 255 characters, never cut inside a character: a
     * lone half of a surrogate pair is not text, and the case would then not read back.
     */
    @Test
    void aVeryLongFileNameIsShortenedWithoutCuttingACharacterInTwo() throws Exception {
        String token = web.unlock(PASSPHRASE);
        String name = "\uD83D\uDCF7".repeat(300) + ".png"; // 300 camera emoji, 604 UTF-16 units
        var up = web.upload(token, name, WebAppIT.fictionalScreenshot(), "a long name");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(303);
        String kept = intake.current().evidence().stream().filter(e -> e.description().orElse("")
                .equals("a long name")).findFirst().orElseThrow().fileName().orElseThrow();
        assertThat(org.redress.core.json.RedressJson.readCase(org.redress.core.json.RedressJson.writeCase(
                intake.current())).evidence()).extracting(e -> e.fileName().orElse("")).contains(kept);
        assertThat(kept).endsWith(".png").hasSizeLessThanOrEqualTo(255);
        assertThat(Character.isLowSurrogate(kept.charAt(0))).isFalse();
        assertThat(kept.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
    }

    private static byte[] gzip(String s) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aValidationErrorKeepsEverythingTypedWithEachErrorBesideItsField() throws Exception {
        String token = web.unlock(PASSPHRASE);
        var r = web.post("/incidents", form("csrf", token, "date", "2026-10-02", "time", "21:30", "channel",
                "MESSAGING", "platform", "whatsapp", "kinds", List.of("BULLYING", "DOXXING"), "summary",
                "Fictional summary & <b>", "account", "My fictional account\nline two", "quote", "Exact wrods",
                "url", "not a url"));
        assertThat(r.statusCode()).isEqualTo(422);
        String b = r.body();
        assertThat(b).contains("value=\"2026-10-02\"").contains("value=\"21:30\"")
                .contains("value=\"MESSAGING\" selected").contains("value=\"whatsapp\"")
                .contains("value=\"BULLYING\" checked")
                .contains("value=\"DOXXING\" checked").contains("Fictional summary &amp; &lt;b&gt;")
                .contains(">My fictional account\nline two</textarea>").contains(">Exact wrods</textarea>")
                .contains("value=\"not a url\"");
        assertThat(b).contains("id=\"error-summary\" role=\"alert\" tabindex=\"-1\"")
                .contains("<a href=\"#url\">Link: This is not a web address")
                .contains("<p class=\"field-error\" id=\"url-error\">")
                .contains("aria-invalid=\"true\" aria-describedby=\"url-error\"");
        // the error is just before its field
        assertThat(b.indexOf("id=\"url-error\"")).isLessThan(b.indexOf("id=\"url\""))
                .isGreaterThan(b.indexOf("for=\"url\""));
    }

    @Test
    void futureDatesAndExactDuplicatesAreRefusedAndTheListIsInDateOrder() throws Exception {
        String token = web.unlock(PASSPHRASE);
        var future = web.post("/incidents", form("csrf", token, "date", "2099-01-01", "kinds", "BULLYING",
                "channel", "EMAIL"));
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("in the future");
        Map<String, Object> f = form("csrf", token, "date", "2026-01-05", "kinds", "BULLYING", "channel", "EMAIL",
                "summary", "early one");
        assertThat(web.post("/incidents", f).statusCode()).isEqualTo(303);
        var dup = web.post("/incidents", f);
        assertThat(dup.statusCode()).isEqualTo(422);
        assertThat(dup.body()).contains("same as an incident already in your log");
        List<Incident> all = intake.current().incidents();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).occurredAt().earliest()).isAfterOrEqualTo(all.get(i - 1).occurredAt()
                    .earliest());
        }
        String home = web.get("/").body();
        assertThat(home.indexOf("early one")).isLessThan(home.indexOf("Hundreds of abusive replies"));
    }

    @Test
    void incidentsAndEvidenceCanBeViewedChangedAndRemovedAndRemovalIsInTheCustodyLog() throws Exception {
        String token = web.unlock(PASSPHRASE);
        assertThat(web.post("/incidents", form("csrf", token, "date", "2026-02-03", "time", "09:15", "kinds",
                "BULLYING", "channel", "EMAIL", "summary", "to change")).statusCode()).isEqualTo(303);
        Incident i = intake.current().incidents().stream()
                .filter(x -> x.summary().orElse("").equals("to change")).findFirst().orElseThrow();
        var view = web.get("/incidents/" + i.id());
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("value=\"to change\"").contains("3 Feb 2026, 09:15");
        var changed = web.post("/incidents/" + i.id(), form("csrf", token, "date", "2026-02-03", "time", "09:15",
                "kinds", "TROLLING", "channel", "EMAIL", "summary", "changed"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(303);
        assertThat(intake.current().incident(i.id()).orElseThrow().summary()).hasValue("changed");
        // one press of "Remove" asks first and removes nothing; the confirmation removes it
        var ask = web.post("/incidents/" + i.id() + "/remove", form("csrf", token));
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Remove this incident?").contains("name=\"confirm\" value=\"yes\"")
                .contains("href=\"/incidents/" + i.id() + "\">No, keep it");
        assertThat(intake.current().incident(i.id())).isPresent();
        assertThat(web.post("/incidents/" + i.id() + "/remove", form("csrf", token, "confirm", "yes"))
                .statusCode()).isEqualTo(303);
        assertThat(intake.current().incident(i.id())).isEmpty();

        var up = web.upload(token, "proof.png", WebAppIT.fictionalScreenshot(), "first");
        assertThat(up.statusCode()).isEqualTo(303);
        String id = intake.current().evidence().get(0).id();
        var item = web.get("/evidence/" + id);
        assertThat(item.body()).containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d [A-Z]");
        assertThat(web.post("/evidence/" + id, form("csrf", token, "description", "second", "incident", ""))
                .statusCode()).isEqualTo(303);
        assertThat(intake.current().evidence(id).orElseThrow().description()).hasValue("second");
        var sure = web.post("/evidence/" + id + "/remove", form("csrf", token, "reason", "wrong <file>"));
        assertThat(sure.statusCode()).isEqualTo(200);
        assertThat(sure.body()).contains("Remove this evidence?").contains("proof.png is destroyed")
                .contains("name=\"reason\" value=\"wrong &lt;file&gt;\"");
        assertThat(intake.current().evidence(id)).isPresent();
        assertThat(intake.custodyEvents()).noneMatch(e -> e.type() == CustodyEventType.DISPOSED);
        assertThat(web.post("/evidence/" + id + "/remove", form("csrf", token, "reason", "wrong file", "confirm",
                "yes")).statusCode()).isEqualTo(303);
        assertThat(intake.current().evidence(id)).isEmpty();
        assertThat(intake.custodyEvents()).anyMatch(e -> e.type() == CustodyEventType.DISPOSED
                && e.itemIds().contains(id) && e.note().orElse("").equals("wrong file"));
        // a new item never takes the removed one's id
        web.upload(token, "next.png", WebAppIT.fictionalScreenshot(), "");
        assertThat(intake.current().evidence().get(0).id()).isNotEqualTo(id);
    }

    @Test
    void threeHundredConcurrentPostsAllSucceedWithDistinctIds() throws Exception {
        String token = web.unlock(PASSPHRASE);
        int before = intake.current().incidents().size();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < 300; n++) {
                final int k = n;
                results.add(pool.submit(() -> web.post("/incidents", form("csrf", token, "date",
                        LocalDate.of(2026, 1, 1).plusDays(k % 200).toString(), "kinds", "TROLLING", "channel",
                        "FORUM", "summary", "concurrent " + k)).statusCode()));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(303);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Incident> all = intake.current().incidents();
        assertThat(all).hasSize(before + 300);
        assertThat(new HashSet<>(all.stream().map(Incident::id).toList())).hasSize(before + 300);
    }

    @Test
    void pagesHaveDistinctNeutralTitlesTheCurrentPageAndAnIcon() throws Exception {
        web.unlock(PASSPHRASE);
        var titles = new HashSet<String>();
        for (String p : List.of("/", "/incidents/new", "/evidence/new", "/plan", "/documents", "/settings")) {

            String body = web.get(p).body();
            
            String title = body.substring(body.indexOf("<title>") + 7, body.indexOf("</title>"));
            assertThat(title).startsWith("Notes");
            titles.add(title);
            assertThat(body).contains("<a href=\"" + p + "\" aria-current=\"page\">");
        }
        assertThat(titles).hasSize(6);
        var icon = web.http.send(HttpRequest.newBuilder(URI.create(web.base + "/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void thePlanSaysWhatIsFirstForThisPersonAndWhy() throws Exception {
        web.unlock(PASSPHRASE);
        String plan = web.get("/plan").body();
        assertThat(plan).contains("id=\"first\"").contains("<strong>Why:</strong>").doesNotContain("Safety comes first");
    }

    @Test
    void aLargeUploadStreamsIntoTheVault() throws Exception {
        String token = web.unlock(PASSPHRASE);
        byte[] big = new byte[24 * 1024 * 1024];
        new java.util.Random(3).nextBytes(big);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, big, 0, 8);
        var r = web.upload(token, "recording.png", big, "large");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        var e = intake.current().evidence().get(0);
        assertThat(e.size()).hasValue((long) big.length);
        assertThat(e.sha256()).hasValue(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(big)));
    }

    @Test
    void theDataFolderAndCaseFileAreTheOwnersOnly() throws Exception {
        Path data = tmp.resolve("data");
        org.junit.jupiter.api.Assumptions.assumeTrue(data.getFileSystem().supportedFileAttributeViews()
                .contains("posix"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("case.sealed")))).isEqualTo("rw-------");
    }

    @Test
    void whenTheCaseReadsAsDangerThePlanPageSaysSoFirst() throws Exception {
        var demo = IntakeApp.demoCase();
        var now = java.time.OffsetDateTime.now(ZoneId.of("America/Los_Angeles")).minusHours(1)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Incident threat = Incident.builder().id("inc-threat")
                .occurredAt(org.redress.core.model.IncidentTime.at(now, ZoneId.of("America/Los_Angeles")))
                .channel(org.redress.core.model.Channel.MESSAGING)
                .addKinds(org.redress.core.model.HarassmentKind.THREAT_OF_VIOLENCE)
                .threatImminent(org.redress.core.model.Answer.YES).summary("A fictional threat for tonight").build();
        var danger = org.redress.core.model.ImmutableCase.copyOf(demo).withIncidents(java.util.stream.Stream.concat(
                demo.incidents().stream(), java.util.stream.Stream.of(threat)).toList());
        Intake i2 = Intake.open(tmp.resolve("danger"), PASSPHRASE.toCharArray(), danger);
        Javalin app2 = IntakeApp.start(i2, true);
        try {
            Browserless w2 = new Browserless(app2.port());
            w2.unlock(PASSPHRASE);
            String plan = w2.get("/plan").body();
            assertThat(org.redress.core.plan.SafetyAssessment.of(i2.current(), java.time.OffsetDateTime.now())
                    .immediateDanger()).isTrue();
            if (i2.plan().steps().get(0).route().kind() == org.redress.core.route.RouteKind.EMERGENCY) {
                assertThat(plan).contains("First: your safety, now").contains("may be in danger now");
            } else {
                assertThat(plan).contains("may be in danger. If you are, call the emergency number before anything")
                        .doesNotContain("Nothing you logged says you are in danger");
            }
        } finally {
            app2.stop();
        }
    }

    @Test
    void localTimesForPeople() {
        var t = org.redress.core.model.IncidentTime.at(java.time.OffsetDateTime.parse("2026-12-05T21:01:05-08:00"),
                ZoneId.of("America/Los_Angeles"));
        assertThat(IntakeApp.when(t)).isEqualTo("5 Dec 2026, 21:01 PST");
        assertThat(IntakeApp.when(org.redress.core.model.IncidentTime.on(LocalDate.of(2026, 9, 3),
                ZoneId.of("Europe/London")))).isEqualTo("3 Sep 2026");
    }

    @Test
    void aMistypedYearIsAFieldErrorNotALoggedIncident() throws Exception {
        String token = web.unlock(PASSPHRASE);
        int before = intake.current().incidents().size();
        for (String date : new String[] {"0026-10-01", "-2026-10-01", "1899-12-31"}) {
            var r = web.post("/incidents", form("csrf", token, "date", date, "kinds", "BULLYING", "channel", "EMAIL",
                    "summary", "typed " + date));
            // 0026 and -2026 used to be logged as they were, and go into the harassment log for the police
            assertThat(r.statusCode()).as(date).isEqualTo(422);
            assertThat(r.body()).as(date).contains("This date is before 1900")
                    .contains("value=\"typed " + date + "\"");
        }
        assertThat(intake.current().incidents()).hasSize(before);
        assertThat(web.post("/incidents", form("csrf", token, "date", "1900-01-01", "kinds", "BULLYING", "channel",
                "EMAIL", "summary", "long ago")).statusCode()).isEqualTo(303);
    }
}
