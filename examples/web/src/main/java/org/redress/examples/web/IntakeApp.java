package org.redress.examples.web;

import static org.redress.examples.web.Html.esc;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.redress.core.InvalidDataException;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.plan.UnsupportedJurisdictionException;

/**
 * The NGO intake web app. {@code java -jar redress-web.jar --demo} starts it on http://127.0.0.1:8080 with a
 * fictional case; see {@code docs/web.md}.
 */
public final class IntakeApp {

    /** Largest evidence file accepted: 4 GiB (a long screen recording). */
    static final long MAX_UPLOAD_BYTES = 4L * 1024 * 1024 * 1024;
    /** What the form says about the largest file. */
    static final String MAX_UPLOAD_TEXT = "4 GB";
    /** The demo's passphrase when {@code REDRESS_VAULT_PASSPHRASE} is not set. For fictional data only. */
    static final String DEMO_PASSPHRASE = "demo passphrase - fictional data only";

    /** Hibernate Validator announces itself at INFO level; held here so the setting is not garbage-collected. */
    private static final java.util.logging.Logger QUIET_LIBRARY_LOGS =
            java.util.logging.Logger.getLogger("org.hibernate.validator");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm zzz",
            Locale.US);

    /** PDFs rendered at once (each may decode images of up to 50 megapixels in memory). */
    private static final java.util.concurrent.Semaphore RENDERING = new java.util.concurrent.Semaphore(2, true);

    private final Guard guard;
    private final boolean demo;
    private volatile Intake intake;

    private IntakeApp(Guard guard, boolean demo) {
        this.guard = guard;
        this.demo = demo;
    }

    /** Starts the app; see {@code --help}. */
    public static void main(String[] args) throws IOException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        QUIET_LIBRARY_LOGS.setLevel(java.util.logging.Level.WARNING);
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("redress-web: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (o.help) {
            System.out.println(Options.USAGE);
            return;
        }
        if (!o.demo && !Files.exists(o.data.resolve("case.sealed"))) {
            System.err.println("redress-web: " + o.data + " holds no case yet. Start with --demo to try the app with a "
                    + "fictional case, or give --data the folder of an existing case.");
            System.exit(2);
            return;
        }
        char[] passphrase = passphrase(o.demo);
        // Bind first: a busy port must leave nothing behind (no data folder).
        IntakeApp a = new IntakeApp(new Guard(o.host, o.origin), o.demo);
        Javalin app = a.javalin();
        try {
            app.start(o.host, o.port);
        } catch (JavalinBindException e) {
            System.err.println("redress-web: port " + o.port + " on " + o.host + " is in use (another program, "
                    + "or this app already running). Start it on another port, such as --port " + (o.port + 1)
                    + ", or --port 0 to pick a free one. Nothing was created.");
            System.exit(3);
            return;
        }
        a.guard.bound(app.port());
        try {
            a.intake = Intake.open(o.data, passphrase, o.demo ? demoCase() : null);
        } catch (SealedFile.WrongPassphraseException e) {
            app.stop();
            System.err.println("redress-web: the passphrase does not open the data in " + o.data + ".");
            System.exit(6);
            return;
        } catch (Intake.InUseException e) {
            app.stop();
            System.err.println("redress-web: " + o.data + " is in use by another copy of this app. Use that one, "
                    + "or stop it first.");
            System.exit(4);
            return;
        }
        java.util.Arrays.fill(passphrase, '\0');
        a.closeCase(); // every session starts locked: no key in memory until the passphrase is typed in a browser
        System.out.println("Open http://" + (o.host.contains(":") ? "[" + o.host + "]" : o.host) + ":" + app.port()
                + "/ in your browser. Data folder: " + o.data.toAbsolutePath() + ". Stop with Ctrl+C.");
    }

    private static char[] passphrase(boolean demo) {
        String env = System.getenv("REDRESS_VAULT_PASSPHRASE");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        if (demo) {
            return DEMO_PASSPHRASE.toCharArray();
        }
        if (System.console() == null) {
            System.err.println("redress-web: set REDRESS_VAULT_PASSPHRASE, or start it in a terminal to be asked.");
            System.exit(6);
        }
        return System.console().readPassword("Passphrase for the data folder: ");
    }

    /** The fictional demo case. */
    static Case demoCase() throws IOException {
        try (InputStream in = IntakeApp.class.getResourceAsStream("demo-case.json")) {
            return RedressJson.readCase(in);
        }
    }

    private static final Map<Javalin, Guard> GUARDS = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /**
     * A started app over an intake (for tests): listens on 127.0.0.1 and a free port. The intake is closed (as
     * every session starts locked) and opened again by the first unlock.
     */
    static Javalin start(Intake intake, boolean demo) {
        IntakeApp a = new IntakeApp(new Guard("127.0.0.1", null), demo);
        a.intake = intake;
        Javalin app = a.javalin().start("127.0.0.1", 0);
        a.guard.bound(app.port());
        a.closeCase();
        GUARDS.put(app, a.guard);
        return app;
    }

    /** The guard of an app {@link #start(Intake, boolean)} started (for tests). */
    static Guard guardOf(Javalin app) {
        return GUARDS.get(app);
    }

    /** Clears the keys and the case from memory (every session is locked). */
    private void closeCase() {
        Intake i = intake;
        if (i == null) {
            return;
        }
        try {
            // Under the unlock's lock, and only if still no session is open: an unlock that has checked the
            // passphrase and opened the case, but not yet marked its session, must not be undone half-way.
            synchronized (this) {
                if (guard.sweep()) {
                    return;
                }
                i.close();
            }
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(IntakeApp.class).error("closing the case failed: {}",
                    e.getClass().getName());
        }
    }

    /** The app, not yet started. */
    private Javalin javalin() {
        guard.onAllLocked(this::closeCase);
        // The idle lock also applies when no request comes: a sweep every 20 seconds.
        java.util.concurrent.ScheduledExecutorService sweeper = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "redress-idle-lock");
                    t.setDaemon(true);
                    return t;
                });
        sweeper.scheduleWithFixedDelay(() -> {
            Intake i = intake;
            if (i != null && i.isOpen() && !guard.sweep()) {
                closeCase();
            }
        }, 20, 20, java.util.concurrent.TimeUnit.SECONDS);
        return Javalin.create(config -> {
            config.events.serverStopped(sweeper::shutdownNow);
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/org/redress/examples/web/static";
                sf.location = Location.CLASSPATH;
                // Not cached either: on a shared computer a cache entry is a trace that this service was used.
                sf.headers = java.util.Map.of("Cache-Control", "no-store");
            });
            config.http.maxRequestSize = 1_000_000L;
            // A request that stalls (slow-loris: headers, then a byte now and then) holds one of the server's
            // threads while its body is read: 10 seconds without a byte, or under 1 KB/s, and it is dropped.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(10_000);
                http.setMinRequestDataRate(1024);
            });
            config.jetty.modifyServer(server -> {
                server.setRequestLog(null);
                server.setErrorHandler(new ServerErrors());
            });
            var r = config.routes;
            r.before(guard::before);
            // HEAD runs the page's own handler (the server sends no body): left to the router, HEAD answered 200
            // for any path a GET route matched without running it (200 for an item that GET gives 404 for).
            java.util.function.BiConsumer<String, io.javalin.http.Handler> get = (path, h) -> {
                r.get(path, h);
                r.head(path, h);
            };
            get.accept("/favicon.ico", ctx -> ctx.contentType("image/x-icon").result(Favicon.ICO));
            get.accept("/unlock", ctx -> unlockForm(ctx, null));
            r.post("/unlock", this::unlock);
            r.post("/lock", this::lock);
            get.accept("/settings", ctx -> settings(ctx, false));
            r.post("/settings", this::saveSettings);
            get.accept("/", this::home);
            get.accept("/incidents/new", ctx -> incidentForm(ctx, IncidentForm.empty(), null, 200));
            r.post("/incidents", this::addIncident);
            get.accept("/incidents/{id}", this::incidentItem);
            r.post("/incidents/{id}", this::updateIncident);
            r.post("/incidents/{id}/remove", this::removeIncident);
            get.accept("/evidence/new", ctx -> evidenceForm(ctx, null, "", ""));
            r.post("/evidence", this::addEvidence);
            get.accept("/evidence/{id}", this::evidenceItem);
            r.post("/evidence/{id}", this::updateEvidence);
            r.post("/evidence/{id}/remove", this::removeEvidence);
            get.accept("/plan", ctx -> ctx.html(Html.page("Plan", "Your plan", PlanPage.render(intake().plan(),
                    org.redress.core.plan.SafetyAssessment.of(intake().current(), java.time.OffsetDateTime.now())
                            .immediateDanger()))));
            get.accept("/documents", ctx -> ctx.html(Html.page("Papers", "Your papers", DocumentsPage.render(intake(),
                    guard.field(ctx)))));
            get.accept("/documents/{n}.pdf", this::documentPdf);
            r.post("/bundle.zip", this::bundle);
            get.accept("/reports/dsa-notice", ctx -> PlatformReports.dsaNotice(ctx, intake()));
            r.post("/reports/xarf", ctx -> PlatformReports.xarf(ctx, intake()));
            r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            r.exception(Intake.LockedException.class, (e, ctx) -> {
                if (ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD")) {
                    ctx.redirect("/unlock", HttpStatus.SEE_OTHER);
                } else {
                    error(ctx, 401, "Your case was locked. Open it again with your passphrase, then try once more.");
                }
            });
            r.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, 404, "There is no such item."));
            r.exception(UnsupportedJurisdictionException.class, (e, ctx) -> error(ctx, 501,
                    "This service has no reporting routes for this place yet (" + e.jurisdiction() + ")."));
            r.exception(org.redress.evidence.EvidenceIntegrityException.class, (e, ctx) -> {
                // The item id is not personal data; the message names only it.
                org.slf4j.LoggerFactory.getLogger(IntakeApp.class).error("evidence item {} failed its integrity check",
                        e.itemId());
                error(ctx, 500, "A stored evidence file failed its integrity check, so it was not used. Nothing was "
                        + "changed: keep the data folder as it is and restore that file from a backup.");
            });
            r.exception(org.redress.evidence.custody.BrokenCustodyLogException.class, (e, ctx) -> {
                // The finding's subject names an event or checkpoint by number, never personal data.
                org.slf4j.LoggerFactory.getLogger(IntakeApp.class).error("the custody log is broken at {}",
                        e.finding().subject());
                error(ctx, 500, "The record of what was done with your evidence (its custody log) is damaged at "
                        + e.finding().subject() + ", so nothing was exported and nothing was changed. Your evidence"
                        + " files are not affected. Keep the data folder as it is and ask the person who runs this"
                        + " service to restore the custody folder from a backup.");
            });
            r.exception(Exception.class, (e, ctx) -> {
                // Never log the message or the request: either may hold personal data.
                org.slf4j.LoggerFactory.getLogger(IntakeApp.class).error("request failed: {}",
                        e.getClass().getName());
                error(ctx, 500, "Something went wrong on our side. Please try again.");
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "There is no such page.");
                }
            });
            r.error(405, ctx -> error(ctx, 405, "This page cannot be used that way."));
        });
    }

    private Intake intake() {
        Intake i = intake;
        if (i == null) {
            throw new HttpResponseException(503, "Still starting. Reload the page in a moment.");
        }
        return i;
    }

    // ------------------------------------------------------------------ the lock

    private void unlockForm(Context ctx, String error) {
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append("<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\"><p>")
                    .append(esc(error)).append("</p></div>");
        }
        b.append("<p>Type your passphrase to open your notes. They close again when you use \"Leave this site "
                + "now\", and after ").append(guard.idle().toMinutes()).append(" minutes without use.</p>");
        b.append("<form method=\"post\" action=\"/unlock\">").append(guard.field(ctx));
        b.append("<label for=\"passphrase\">Passphrase</label><input type=\"password\" id=\"passphrase\" "
                + "name=\"passphrase\" autocomplete=\"current-password\" required");
        if (error != null) {
            b.append(" aria-invalid=\"true\"");
        }
        b.append("><button type=\"submit\">Open</button></form>");
        if (demo) {
            b.append("<p class=\"hint\">Demo with fictional data: the passphrase is <code>").append(esc(
                    System.getenv().getOrDefault("REDRESS_VAULT_PASSPHRASE", "").isEmpty() ? DEMO_PASSPHRASE
                            : "the one in REDRESS_VAULT_PASSPHRASE")).append("</code>.</p>");
        }
        ctx.status(error == null ? 200 : 401).html(Html.page("Open", "Open your notes", b.toString(), false));
    }

    private void unlock(Context ctx) throws IOException {
        String p = ctx.formParam("passphrase");
        char[] chars = p == null ? new char[0] : p.toCharArray();
        boolean ok;
        long wait;
        synchronized (this) {
            // one attempt at a time: each costs an Argon2id derivation; none while the back-off lasts
            wait = guard.unlockWait();
            ok = false;
            if (wait == 0) {
                ok = chars.length > 0 && intake().reopen(chars);
                guard.unlockAttempt(ok);
                if (ok) {
                    guard.unlock(ctx); // marked open before the lock is let go (see closeCase)
                }
            }
        }
        java.util.Arrays.fill(chars, '\0');
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            unlockForm(ctx, "Too many wrong passphrases. Wait " + (wait == 1 ? "1 second" : wait + " seconds")
                    + ", then try again. (Each wrong try makes the wait longer, to stop guessing.)");
            ctx.status(429);
            return;
        }
        if (!ok) {
            unlockForm(ctx, "That passphrase does not open these notes. Check it and try again.");
            return;
        }
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void lock(Context ctx) {
        guard.lockAll(); // and the keys leave memory (closeCase)
        ctx.redirect(Html.NEUTRAL_SITE, HttpStatus.SEE_OTHER);
    }

    private void settings(Context ctx, boolean saved) {
        StringBuilder b = new StringBuilder();
        if (saved) {
            b.append("<p class=\"ok\" role=\"status\">Saved.</p>");
        }
        b.append("<form method=\"post\" action=\"/settings\">").append(guard.field(ctx));
        b.append("<label for=\"idle\">Close my notes after this long without use<span class=\"hint\">Then the "
                + "passphrase is needed again. \"Leave this site now\" closes them at once.</span></label>"
                + "<select id=\"idle\" name=\"idle\">");
        for (int m : Guard.IDLE_CHOICES) {
            b.append("<option value=\"").append(m).append("\"")
                    .append(guard.idle().toMinutes() == m ? " selected" : "").append(">")
                    .append(m < 60 ? m + " minutes" : m / 60 + (m == 60 ? " hour" : " hours")).append("</option>");
        }
        b.append("</select><button type=\"submit\">Save</button></form>");
        ctx.html(Html.page("Settings", "Settings", b.toString()));
    }

    private void saveSettings(Context ctx) {
        int m;
        try {
            m = Integer.parseInt(orEmpty(ctx.formParam("idle")));
        } catch (NumberFormatException e) {
            m = -1;
        }
        final int chosen = m;
        if (java.util.Arrays.stream(Guard.IDLE_CHOICES).noneMatch(c -> c == chosen)) {
            throw new HttpResponseException(400, "Choose one of the times in the list.");
        }
        guard.idle(Duration.ofMinutes(m));
        settings(ctx, true);
    }

    // ------------------------------------------------------------------ pages

    private void home(Context ctx) {
        Case c = intake().current();
        StringBuilder b = new StringBuilder();
        String added = ctx.queryParam("done");
        if (added != null) {
            String msg = switch (added) {
                case "incident" -> "The incident was added to your log.";
                case "incident-changed" -> "The incident was changed.";
                case "incident-removed" -> "The incident was removed from your log.";
                case "evidence-removed" -> "The evidence was removed. The record of who held it notes the removal.";
                default -> null;
            };
            if (msg != null) {
                b.append("<p class=\"ok\" role=\"status\">").append(esc(msg)).append("</p>");
            }
        }
        b.append("<p>This is your log of what happened, the evidence you have kept, and where you can report it. ")
                .append("Take it one step at a time. You can stop whenever you need to.</p>");
        b.append("<h2>What happened</h2>");
        if (c.incidents().isEmpty()) {
            b.append("<p>Nothing logged yet.</p>");
        } else {
            b.append("<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Where</th>"
                    + "<th scope=\"col\">What</th></tr></thead><tbody>");
            for (Incident i : c.incidents()) {
                b.append("<tr><td>").append(esc(when(i.occurredAt()))).append("</td><td>")
                        .append(esc(Labels.CHANNELS.get(i.channel())))
                        .append(i.platform().map(p -> " (" + esc(p) + ")").orElse("")).append("</td><td>")
                        .append("<a href=\"/incidents/").append(esc(i.id())).append("\">")
                        .append(esc(i.summary().orElse(kinds(i)))).append("</a></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<p><a href=\"/incidents/new\">Log an incident</a></p>");
        b.append("<h2>Evidence kept</h2>");
        if (c.evidence().isEmpty()) {
            b.append("<p>No evidence kept yet.</p>");
        } else {
            b.append("<ul>");
            for (EvidenceRecord e : c.evidence()) {
                b.append("<li><a href=\"/evidence/").append(esc(e.id())).append("\">")
                        .append(esc(e.fileName().orElse(e.id()))).append("</a></li>");
            }
            b.append("</ul>");
        }
        b.append("<p><a href=\"/evidence/new\">Add evidence</a></p>");
        b.append("<h2>Next</h2><p><a href=\"/plan\">See your plan: where to report, in order</a></p>");
        ctx.html(Html.page("Overview", "Your case", b.toString()));
    }

    private void incidentForm(Context ctx, IncidentForm f, String id, int status) {
        StringBuilder b = new StringBuilder();
        f.renderSummary(b);
        b.append(f.render(id == null ? "/incidents" : "/incidents/" + id, guard.field(ctx),
                id == null ? "Add to my log" : "Save changes"));
        ctx.status(status).html(Html.page(id == null ? "New entry" : "Entry", id == null ? "Log an incident"
                : "Change this incident", b.toString()));
    }

    private void addIncident(Context ctx) throws IOException {
        IncidentForm f = IncidentForm.from(ctx);
        Case c = intake().current();
        Optional<java.util.function.Function<String, Incident>> made = f.validate(zoneFor(c), null);
        if (made.isPresent()) {
            try {
                intake().addIncident(made.get());
                ctx.redirect("/?done=incident", HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidDataException e) {
                f.problems(e);
            } catch (Intake.DuplicateException e) {
                f.duplicate(e.existing, when(e.existing.occurredAt()));
            }
        }
        incidentForm(ctx, f, null, 422);
    }

    private void incidentItem(Context ctx) {
        Incident i = intake().current().incident(ctx.pathParam("id")).orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append("<dl><dt>When</dt><dd>").append(esc(when(i.occurredAt()))).append("</dd>");
        b.append("<dt>Where</dt><dd>").append(esc(Labels.CHANNELS.get(i.channel())))
                .append(i.platform().map(p -> " (" + esc(p) + ")").orElse("")).append("</dd>");
        b.append("<dt>What kind</dt><dd>").append(esc(kinds(i))).append("</dd>");
        i.summary().ifPresent(s -> b.append("<dt>In a few words</dt><dd>").append(esc(s)).append("</dd>"));
        i.account().ifPresent(s -> b.append("<dt>In your own words</dt><dd>").append(esc(s)).append("</dd>"));
        i.quotes().forEach(q -> b.append("<dt>Their exact words</dt><dd>").append(esc(q.text()))
                .append("</dd>"));
        i.locations().forEach(l -> l.url().ifPresent(u -> b.append("<dt>Link</dt><dd>").append(esc(u))
                .append("</dd>")));
        if (!i.evidenceIds().isEmpty()) {
            b.append("<dt>Evidence</dt><dd><ul>");
            i.evidenceIds().forEach(e -> b.append("<li><a href=\"/evidence/").append(esc(e)).append("\">")
                    .append(esc(intake().current().evidence(e).flatMap(EvidenceRecord::fileName).orElse(e)))
                    .append("</a></li>"));
            b.append("</ul></dd>");
        }
        b.append("</dl>");
        b.append("<h2>Change it</h2>").append(IncidentForm.of(i).render("/incidents/" + i.id(),
                guard.field(ctx), "Save changes"));
        b.append("<h2>Remove it</h2><p>This takes it out of your log and your papers. Evidence you linked to it "
                + "stays.</p><form method=\"post\" action=\"/incidents/").append(esc(i.id()))
                .append("/remove\">").append(guard.field(ctx))
                .append("<button type=\"submit\" class=\"secondary\">Remove this incident</button></form>");
        ctx.html(Html.page("Entry", "What happened on " + when(i.occurredAt()), b.toString()));
    }

    private void updateIncident(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        intake().current().incident(id).orElseThrow();
        IncidentForm f = IncidentForm.from(ctx);
        Optional<java.util.function.Function<String, Incident>> made = f.validate(zoneFor(intake().current()), id);
        if (made.isPresent()) {
            try {
                intake().updateIncident(made.get().apply(id));
                ctx.redirect("/?done=incident-changed", HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidDataException e) {
                f.problems(e);
            } catch (Intake.DuplicateException e) {
                f.duplicate(e.existing, when(e.existing.occurredAt()));
            }
        }
        incidentForm(ctx, f, id, 422);
    }

    private void removeIncident(Context ctx) throws IOException {
        Incident i = intake().current().incident(ctx.pathParam("id")).orElseThrow();
        if (!"yes".equals(ctx.formParam("confirm"))) {
            confirmRemoval(ctx, "/incidents/" + i.id(), "Remove this incident?", "It is taken out of your log and "
                    + "your papers, and cannot be brought back. Evidence you linked to it stays.",
                    "Yes, remove this incident", "");
            return;
        }
        intake().removeIncident(i.id());
        ctx.redirect("/?done=incident-removed", HttpStatus.SEE_OTHER);
    }

    private void evidenceForm(Context ctx, String error, String description, String incident) {
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append(Html.errorSummary("file", esc(error)));
        }
        b.append("<p>Keep the original file: a screenshot, a saved page, an exported chat, a screen recording. It is "
                + "encrypted as it arrives, and its fingerprint (SHA-256 hash) lets anyone check later that it was "
                + "not changed.</p>");
        // The file comes last: the server reads the token and the description first, then streams the file.
        b.append("<form method=\"post\" action=\"/evidence\" enctype=\"multipart/form-data\" id=\"upload\" "
                + "data-max=\"").append(MAX_UPLOAD_BYTES).append("\">").append(guard.field(ctx));
        b.append("<label for=\"description\">What does it show?</label>"
                + "<input type=\"text\" id=\"description\" name=\"description\" maxlength=\"2000\" value=\"")
                .append(esc(description)).append("\">");
        b.append("<label for=\"incident\">Which incident is it about?</label>");
        incidentSelect(b, incident);
        b.append("<label for=\"file\">File<span class=\"hint\">").append(esc(FileTypes.ACCEPTED))
                .append(", up to ").append(MAX_UPLOAD_TEXT).append(".</span></label>");
        if (error != null) {
            b.append("<p class=\"field-error\" id=\"file-error\">").append(esc(error)).append("</p>");
        }
        b.append("<input type=\"file\" id=\"file\" name=\"file\" required "
                + "accept=\"image/png,image/jpeg,image/gif,image/webp,application/pdf,video/mp4,.txt,.eml\"")
                .append(error != null ? " aria-invalid=\"true\" aria-describedby=\"file-error\"" : "").append(">");
        b.append("<p id=\"local-hash\" class=\"hash\" aria-live=\"polite\"></p>");
        b.append("<p id=\"upload-status\" aria-live=\"polite\"></p>"
                + "<progress id=\"upload-progress\" max=\"100\" value=\"0\" hidden></progress>");
        b.append("<button type=\"submit\">Keep this evidence</button></form>");
        ctx.html(Html.page("New item", "Add evidence", b.toString()));
    }

    private void incidentSelect(StringBuilder b, String selected) {
        b.append("<select id=\"incident\" name=\"incident\"><option value=\"\">Not sure / none</option>");
        for (Incident i : intake().current().incidents()) {
            b.append("<option value=\"").append(esc(i.id())).append("\"")
                    .append(i.id().equals(selected) ? " selected" : "").append(">")
                    .append(esc(when(i.occurredAt()))).append(" - ").append(esc(i.summary().orElse(kinds(i))))
                    .append("</option>");
        }
        b.append("</select>");
    }

    private void addEvidence(Context ctx) throws IOException {
        String boundary = FormStream.boundary(ctx.header("Content-Type"));
        if (boundary == null) {
            throw new HttpResponseException(400, "Send the file with the form on the \"Add evidence\" page.");
        }
        long declared = ctx.contentLength();
        if (declared > MAX_UPLOAD_BYTES + 1_000_000) {
            ctx.status(413);
            evidenceForm(ctx, "The file is too large. The largest file you can add is " + MAX_UPLOAD_TEXT + ".", "",
                    "");
            return;
        }
        Map<String, String> fields = new HashMap<>();
        FormStream form = new FormStream(ctx.req().getInputStream(), boundary, MAX_UPLOAD_BYTES + 1_000_000);
        try {
            for (FormStream.Part part = form.next(); part != null; part = form.next()) {
                if (part.fileName == null) {
                    if (part.name != null && fields.size() < 10) {
                        fields.put(part.name, part.value(8 * 1024));
                    }
                    continue;
                }
                if (!"file".equals(part.name)) {
                    continue;
                }
                // The token comes before the file in the form: nothing is stored for a forged request.
                guard.checkToken(ctx, fields.get(Guard.CSRF));
                String description = fields.getOrDefault("description", "");
                String incident = fields.getOrDefault("incident", "");
                if (part.fileName.indexOf('\0') >= 0 || part.fileName.chars().anyMatch(IntakeApp::unsafeInName)) {
                    ctx.status(400);
                    evidenceForm(ctx, "The file's name has characters that cannot be kept. Rename the file and "
                            + "choose it again.", description, incident);
                    return;
                }
                String name = part.fileName.isBlank() ? "evidence" : Path.of(part.fileName.replace('\\', '/')
                        .replaceAll("^/+", "")).getFileName().toString();
                if (name.length() > 255) {
                    // the last 255 UTF-16 units, never starting with the second half of a character
                    int from = name.length() - 255;
                    name = name.substring(Character.isLowSurrogate(name.charAt(from)) ? from + 1 : from);
                }
                BufferedInputStream in = new BufferedInputStream(part.body, 64 * 1024);
                Optional<String> type = FileTypes.sniff(in, name);
                if (in.available() == 0 && in.read() < 0) {
                    ctx.status(400);
                    evidenceForm(ctx, "Choose a file to add.", description, incident);
                    return;
                }
                if (type.isEmpty()) {
                    ctx.status(415);
                    evidenceForm(ctx, "This kind of file cannot be added. You can add " + FileTypes.ACCEPTED + ".",
                            description, incident);
                    return;
                }
                Optional<String> incidentId = intake().current().incident(incident).map(Incident::id);
                if (intake().refuseAsChildImage(incidentId, type.get())) {
                    childImagePage(ctx, intake().childGuidance(), incidentId.isEmpty());
                    return;
                }
                var result = intake().addEvidence(name, type.get(), in, description, incidentId);
                if (result.childProtection().isPresent()) {
                    childImagePage(ctx, result.childProtection().get(), false);
                    return;
                }
                ctx.redirect("/evidence/" + result.record().id() + "?added=1", HttpStatus.SEE_OTHER);
                return;
            }
        } catch (FormStream.TooLargeException e) {
            ctx.status(413);
            evidenceForm(ctx, "The file is too large. The largest file you can add is " + MAX_UPLOAD_TEXT + ".",
                    fields.getOrDefault("description", ""), fields.getOrDefault("incident", ""));
            return;
        } catch (FormStream.MalformedException e) {
            throw new HttpResponseException(400, "The form did not arrive whole. Choose the file and try again.");
        } catch (org.eclipse.jetty.io.EofException e) {
            throw new HttpResponseException(400, "The upload stopped before the whole file arrived. Nothing was kept.");
        }
        if (!fields.containsKey(Guard.CSRF)) {
            guard.checkToken(ctx, null);
        }
        ctx.status(400);
        evidenceForm(ctx, "Choose a file to add.", fields.getOrDefault("description", ""),
                fields.getOrDefault("incident", ""));
    }

    /** The page for a file that was not kept because it may be a child's sexual image. */
    private void childImagePage(Context ctx, org.redress.evidence.ChildProtectionGuidance g, boolean unlinked) {
        StringBuilder b = new StringBuilder("<div class=\"warning\" role=\"alert\">");
        if (unlinked) {
            b.append("<p>Your notes say that a sexual image of a child is part of what happened, and this file was "
                    + "not linked to an incident, so it was not kept: such an image is never kept here. If the file "
                    + "is about another incident, add it again and choose that incident.</p>");
        }
        b.append("<p>").append(esc(g.message())).append("</p><ul>");
        g.routes().forEach(r -> r.contacts().forEach(c -> b.append("<li>").append(esc(r.name() + ": "
                + c.describe())).append("</li>")));
        b.append("</ul></div><p><a href=\"/\">Go back to your case</a></p>");
        ctx.html(Html.page("Not kept", "This file was not kept", b.toString()));
    }

    private void evidenceItem(Context ctx) {
        EvidenceRecord e = intake().current().evidence(ctx.pathParam("id")).orElseThrow();
        StringBuilder b = new StringBuilder();
        if (ctx.queryParam("added") != null) {
            b.append("<p class=\"ok\" role=\"status\">Kept safely. Its fingerprint is below.</p>");
        }
        if (ctx.queryParam("changed") != null) {
            b.append("<p class=\"ok\" role=\"status\">Saved.</p>");
        }
        b.append("<dl><dt>File</dt><dd>").append(esc(e.fileName().orElse(e.id()))).append("</dd>");
        e.description().ifPresent(d -> b.append("<dt>What it shows</dt><dd>").append(esc(d)).append("</dd>"));
        e.size().ifPresent(s -> b.append("<dt>Size</dt><dd>").append(size(s)).append("</dd>"));
        e.hashes().forEach(h -> b.append("<dt>").append(esc(h.algorithm().toUpperCase(Locale.ROOT)))
                .append(" fingerprint</dt><dd class=\"hash\" id=\"hash-").append(esc(h.algorithm())).append("\">")
                .append(esc(h.value())).append("</dd>"));
        b.append("<dt>Kept at</dt><dd><time datetime=\"").append(esc(e.capturedAt())).append("\">")
                .append(esc(DAY_TIME.format(e.capturedAt().atZoneSameInstant(e.captureZone()))))
                .append("</time></dd></dl>");
        String linked = intake().current().incidents().stream().filter(i -> i.evidenceIds().contains(e.id()))
                .map(Incident::id).findFirst().orElse("");
        b.append("<h2>Change the description</h2><form method=\"post\" action=\"/evidence/").append(esc(e.id()))
                .append("\">").append(guard.field(ctx))
                .append("<label for=\"description\">What does it show?</label><input type=\"text\" "
                        + "id=\"description\" name=\"description\" maxlength=\"2000\" value=\"")
                .append(esc(e.description().orElse(""))).append("\"><label for=\"incident\">Which incident is "
                        + "it about?</label>");
        incidentSelect(b, linked);
        b.append("<button type=\"submit\">Save changes</button></form>");
        b.append("<h2>Remove it</h2><p>The file is destroyed. The record of who has held your evidence keeps a note "
                + "that you removed it, and why if you say.</p><form method=\"post\" action=\"/evidence/")
                .append(esc(e.id())).append("/remove\">").append(guard.field(ctx))
                .append("<label for=\"reason\">Why (optional)</label><input type=\"text\" id=\"reason\" "
                        + "name=\"reason\" maxlength=\"500\"><button type=\"submit\" class=\"secondary\">"
                        + "Remove this evidence</button></form>");
        b.append("<p><a href=\"/evidence/new\">Add more evidence</a> or <a href=\"/\">go back to your case</a>.</p>");
        ctx.html(Html.page("Item", "Evidence kept", b.toString()));
    }

    private void updateEvidence(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String incident = orEmpty(ctx.formParam("incident"));
        intake().current().evidence(id).orElseThrow();
        if (intake().stored(id) && intake().childSexualImage(incident)) {
            // A kept file never becomes the evidence of a child's sexual image: that image is never kept.
            throw new HttpResponseException(422, "This file is kept here, and the incident you chose involves a "
                    + "sexual image of a child, which is never kept. If this file is that image, remove it and report "
                    + "the image as the plan says; otherwise choose another incident.");
        }
        intake().updateEvidence(id, orEmpty(ctx.formParam("description")),
                intake().current().incident(incident).map(Incident::id));
        ctx.redirect("/evidence/" + id + "?changed=1", HttpStatus.SEE_OTHER);
    }

    private void removeEvidence(Context ctx) throws IOException {
        String reason = orEmpty(ctx.formParam("reason")).strip();
        EvidenceRecord e = intake().current().evidence(ctx.pathParam("id")).orElseThrow();
        if (!"yes".equals(ctx.formParam("confirm"))) {
            confirmRemoval(ctx, "/evidence/" + e.id(), "Remove this evidence?", "The file "
                    + e.fileName().orElse(e.id()) + " is destroyed and cannot be brought back. The record of who has "
                    + "held your evidence keeps a note that you removed it.", "Yes, destroy this file",
                    "<input type=\"hidden\" name=\"reason\" value=\"" + esc(reason) + "\">");
            return;
        }
        intake().removeEvidence(ctx.pathParam("id"), reason.isEmpty() ? "removed by the person" : reason);
        ctx.redirect("/?done=evidence-removed", HttpStatus.SEE_OTHER);
    }

    /**
     * The second step of a removal: one press of "Remove" (a slip of the finger) never destroys anything; the
     * person confirms on a page of its own, or goes back with everything kept.
     */
    private void confirmRemoval(Context ctx, String item, String heading, String what, String yes, String hidden) {
        StringBuilder b = new StringBuilder();
        b.append("<div class=\"warning\"><p>").append(esc(what)).append("</p></div>")
                .append("<form method=\"post\" action=\"").append(esc(item)).append("/remove\">")
                .append(guard.field(ctx)).append(hidden)
                .append("<input type=\"hidden\" name=\"confirm\" value=\"yes\">")
                .append("<button type=\"submit\" class=\"secondary\">").append(esc(yes)).append("</button></form>")
                .append("<p><a href=\"").append(esc(item)).append("\">No, keep it</a></p>");
        ctx.html(Html.page("Check", heading, b.toString()));
    }

    private void documentPdf(Context ctx) throws IOException {
        List<org.redress.core.document.ReportDocument> docs = intake().documents();
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > docs.size()) {
            throw new NotFoundResponse("There is no such document.");
        }
        var doc = docs.get(n - 1);
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        // A PDF decodes its exhibit images in memory: two at a time, so a burst of downloads cannot exhaust it.
        try {
            if (!RENDERING.tryAcquire(2, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new HttpResponseException(503, "Busy making other papers. Try again in a minute.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpResponseException(503, "Busy making other papers. Try again in a minute.");
        }
        try {
            intake().renderPdf(doc, pdf);
        } finally {
            RENDERING.release();
        }
        ctx.contentType("application/pdf")
                .header("Content-Disposition", Html.attachment(String.format("%02d-%s.pdf", n, doc.kind())))
                .result(pdf.toByteArray());
    }

    private void bundle(Context ctx) throws IOException {
        if (!intake().hasEvidenceToExport()) {
            throw new HttpResponseException(409, "There is no evidence to put in a bundle yet. Add evidence first.");
        }
        // Written inside the data folder (removed at once, and at the next start if the app was stopped).
        Path zip = intake().exportFile();
        try {
            var manifest = intake().bundle(zip);
            ctx.contentType("application/zip")
                    .header("Content-Disposition", Html.attachment(manifest.caseId() + "-evidence-bundle.zip"));
            try (InputStream in = Files.newInputStream(zip); var out = ctx.outputStream()) {
                in.transferTo(out);
            }
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status).html(Html.page("Message", "Sorry", "<p class=\"error\" role=\"alert\">" + esc(message)
                + "</p><p><a href=\"/\">Go back to your case</a></p>"));
    }

    // ------------------------------------------------------------------ helpers

    static ZoneId zoneFor(Case c) {
        if (!c.incidents().isEmpty()) {
            return c.incidents().get(0).occurredAt().zone();
        }
        return "US".equals(c.jurisdiction().country()) ? ZoneId.of("America/New_York")
                : ZoneId.of("Europe/London");
    }

    /** A time for people: "5 Dec 2026, 21:01 PST", or the day alone. */
    static String when(IncidentTime t) {
        return t.instant().map(i -> DAY_TIME.format(i.atZoneSameInstant(t.zone())))
                .or(() -> t.date().map(DAY::format))
                .orElseGet(() -> t.from().map(f -> DAY_TIME.format(f.atZoneSameInstant(t.zone()))).orElse("")
                        + " to " + t.to().map(f -> DAY_TIME.format(f.atZoneSameInstant(t.zone()))).orElse(""));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%,d bytes)", v, units[u], bytes);
    }

    static String kinds(Incident i) {
        return String.join(", ", i.kinds().stream().map(Labels.KINDS::get).toList());
    }

    /**
     * A character a kept file name may not hold: a control character, or a bidirectional embedding, override or
     * isolate (U+202A to U+202E, U+2066 to U+2069), which can make "photo\u202Egnp.exe" read as "photoexe.png".
     */
    static boolean unsafeInName(int ch) {
        return ch < 0x20 || ch == 0x7F || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Command-line options. */
    static final class Options {
        static final String USAGE = """
                Usage: java -jar redress-web.jar [--demo] [--data DIR] [--port N] [--host ADDRESS] [--origin URL]
                  --demo          start with a fictional demo case (passphrase: the demo one, unless set)
                  --data DIR      the data folder (default: redress-data)
                  --port N        the port (default: 8080; 0 picks a free one)
                  --host ADDRESS  the address to listen on (default: 127.0.0.1, this computer only)
                  --origin URL    the address people open behind a TLS proxy, such as https://intake.example
                The passphrase comes from REDRESS_VAULT_PASSPHRASE or is asked for.""";
        boolean demo;
        boolean help;
        Path data = Path.of("redress-data");
        int port = 8080;
        String host = "127.0.0.1";
        String origin;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--demo" -> o.demo = true;
                    case "--help", "-h" -> o.help = true;
                    case "--data" -> o.data = Path.of(value(args, ++i, "--data"));
                    case "--host" -> o.host = value(args, ++i, "--host");
                    case "--origin" -> {
                        o.origin = value(args, ++i, "--origin");
                        try {
                            URI u = new URI(o.origin);
                            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null
                                    || (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/"))) {
                                throw new URISyntaxException(o.origin, "not an origin");
                            }
                        } catch (URISyntaxException e) {
                            throw new IllegalArgumentException("--origin needs an address such as "
                                    + "https://intake.example (scheme, host, optional port; no path).");
                        }
                    }
                    case "--port" -> {
                        try {
                            o.port = Integer.parseInt(value(args, ++i, "--port"));
                            if (o.port < 0 || o.port > 65535) {
                                throw new NumberFormatException();
                            }
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port needs a number from 0 to 65535.");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value.");
            }
            return args[i];
        }
    }
}
