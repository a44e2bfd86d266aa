package org.redress.examples.web;

import static org.redress.examples.web.Html.esc;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Quote;
import org.redress.core.plan.UnsupportedJurisdictionException;

/**
 * The NGO intake web app. {@code java -jar redress-web.jar --demo} starts it on http://127.0.0.1:8080 with a
 * fictional case; see {@code docs/web.md}.
 */
public final class IntakeApp {

    /** Largest evidence file accepted. */
    static final long MAX_UPLOAD_MB = 20;
    /** The demo's passphrase when {@code REDRESS_VAULT_PASSPHRASE} is not set. For fictional data only. */
    static final String DEMO_PASSPHRASE = "demo passphrase - fictional data only";

    /** Hibernate Validator announces itself at INFO level; held here so the setting is not garbage-collected. */
    private static final java.util.logging.Logger QUIET_LIBRARY_LOGS =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    private final Intake intake;

    private IntakeApp(Intake intake) {
        this.intake = intake;
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
        char[] passphrase = passphrase(o.demo);
        Intake intake;
        try {
            intake = Intake.open(o.data, passphrase, o.demo ? demoCase() : null);
        } catch (SealedFile.WrongPassphraseException e) {
            System.err.println("redress-web: the passphrase does not open the data in " + o.data + ".");
            System.exit(6);
            return;
        }
        Javalin app = create(intake).start(o.host, o.port);
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

    /** The app over an open intake, not yet started. */
    static Javalin create(Intake intake) {
        IntakeApp a = new IntakeApp(intake);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/org/redress/examples/web/static";
                sf.location = Location.CLASSPATH;
            });
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_MB, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_MB + 1, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.http.maxRequestSize = 1_000_000L;
            config.jetty.modifyServer(server -> server.setRequestLog(null));
        });
        app.before(Guard::before);
        app.get("/", a::home);
        app.get("/incidents/new", ctx -> a.incidentForm(ctx, List.of()));
        app.post("/incidents", a::addIncident);
        app.get("/evidence/new", ctx -> a.evidenceForm(ctx, null));
        app.post("/evidence", a::addEvidence);
        app.get("/evidence/{id}", a::evidenceItem);
        app.get("/plan", a::plan);
        app.get("/documents", a::documents);
        app.get("/documents/{n}.pdf", a::documentPdf);
        app.get("/bundle.zip", a::bundle);
        app.exception(HttpResponseException.class, (e, ctx) -> a.error(ctx, e.getStatus(), e.getMessage()));
        app.exception(UnsupportedJurisdictionException.class, (e, ctx) -> a.error(ctx, 501,
                "This service has no reporting routes for this place yet (" + e.getJurisdiction() + ")."));
        app.exception(Exception.class, (e, ctx) -> {
            // Never log the message or the request: either may hold personal data.
            org.slf4j.LoggerFactory.getLogger(IntakeApp.class).error("request failed: {}", e.getClass().getName());
            a.error(ctx, 500, "Something went wrong on our side. Nothing you entered was lost. Please try again.");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                a.error(ctx, 404, "There is no such page.");
            }
        });
        return app;
    }

    // ------------------------------------------------------------------ pages

    private void home(Context ctx) {
        Case c = intake.current();
        StringBuilder b = new StringBuilder();
        if ("incident".equals(ctx.queryParam("added"))) {
            b.append("<p class=\"ok\" role=\"status\">The incident was added to your log.</p>");
        }
        b.append("<p>This is your log of what happened, the evidence you have kept, and where you can report it. ")
                .append("Take it one step at a time. You can stop whenever you need to.</p>");
        b.append("<h2>What happened</h2>");
        if (c.getIncidents().isEmpty()) {
            b.append("<p>Nothing logged yet.</p>");
        } else {
            b.append("<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Where</th>"
                    + "<th scope=\"col\">What</th></tr></thead><tbody>");
            for (Incident i : c.getIncidents()) {
                b.append("<tr><td>").append(esc(when(i.getOccurredAt()))).append("</td><td>")
                        .append(esc(Labels.CHANNELS.get(i.getChannel())))
                        .append(i.getPlatform().map(p -> " (" + esc(p) + ")").orElse("")).append("</td><td>")
                        .append(esc(i.getSummary().orElse(kinds(i)))).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<p><a href=\"/incidents/new\">Log an incident</a></p>");
        b.append("<h2>Evidence kept</h2>");
        if (c.getEvidence().isEmpty()) {
            b.append("<p>No evidence kept yet.</p>");
        } else {
            b.append("<ul>");
            for (EvidenceRecord e : c.getEvidence()) {
                b.append("<li><a href=\"/evidence/").append(esc(e.getId())).append("\">")
                        .append(esc(e.getFileName().orElse(e.getId()))).append("</a></li>");
            }
            b.append("</ul>");
        }
        b.append("<p><a href=\"/evidence/new\">Add evidence</a></p>");
        b.append("<h2>Next</h2><p><a href=\"/plan\">See your plan: where to report, in order</a></p>");
        ctx.html(Html.page("Your case", b.toString()));
    }

    private void incidentForm(Context ctx, List<String> errors) {
        StringBuilder b = new StringBuilder();
        errorSummary(b, errors);
        b.append("<form method=\"post\" action=\"/incidents\">").append(Guard.field(ctx));
        b.append("<label for=\"date\">Date<span class=\"hint\">When it happened, as best you know.</span></label>")
                .append("<input type=\"date\" id=\"date\" name=\"date\" required value=\"")
                .append(esc(orEmpty(ctx.formParam("date")))).append("\">");
        b.append("<label for=\"time\">Time (optional)</label><input type=\"time\" id=\"time\" name=\"time\" value=\"")
                .append(esc(orEmpty(ctx.formParam("time")))).append("\">");
        b.append("<label for=\"channel\">Where did it happen?</label><select id=\"channel\" name=\"channel\">");
        Labels.CHANNELS.forEach((k, v) -> b.append("<option value=\"").append(k.name()).append("\">")
                .append(esc(v)).append("</option>"));
        b.append("</select>");
        b.append("<label for=\"platform\">Which app or site? (optional)<span class=\"hint\">For example instagram, "
                + "whatsapp, x. Lower-case letters.</span></label>"
                + "<input type=\"text\" id=\"platform\" name=\"platform\" autocomplete=\"off\">");
        b.append("<fieldset><legend>What kind of harassment? Choose all that fit.</legend>");
        Labels.KINDS.forEach((k, v) -> b.append("<label><input type=\"checkbox\" name=\"kinds\" value=\"")
                .append(k.name()).append("\"> ").append(esc(v)).append("</label>"));
        b.append("</fieldset>");
        b.append("<label for=\"summary\">In a few words<span class=\"hint\">Up to 200 characters, for the list."
                + "</span></label><input type=\"text\" id=\"summary\" name=\"summary\" maxlength=\"200\">");
        b.append("<label for=\"account\">What happened, in your own words</label>"
                + "<textarea id=\"account\" name=\"account\"></textarea>");
        b.append("<label for=\"quote\">Their exact words (optional)<span class=\"hint\">Copy them exactly, "
                + "spelling mistakes included.</span></label><textarea id=\"quote\" name=\"quote\"></textarea>");
        b.append("<label for=\"url\">Link to it (optional)</label>"
                + "<input type=\"url\" id=\"url\" name=\"url\" placeholder=\"https://\">");
        b.append("<button type=\"submit\">Add to my log</button></form>");
        ctx.status(errors.isEmpty() ? 200 : 422).html(Html.page("Log an incident", b.toString()));
    }

    private void addIncident(Context ctx) throws IOException {
        List<String> errors = new ArrayList<>();
        Case c = intake.current();
        ZoneId zone = zoneFor(c);
        IncidentTime when = null;
        try {
            LocalDate date = LocalDate.parse(orEmpty(ctx.formParam("date")));
            String t = orEmpty(ctx.formParam("time"));
            when = t.isEmpty() ? IncidentTime.on(date, zone)
                    : IncidentTime.at(date.atTime(LocalTime.parse(t)).atZone(zone).toOffsetDateTime(), zone);
        } catch (DateTimeParseException e) {
            errors.add("Give the date it happened, such as 2026-10-03.");
        }
        List<HarassmentKind> kinds = new ArrayList<>();
        for (String k : ctx.formParams("kinds")) {
            try {
                kinds.add(HarassmentKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                errors.add("Choose the kinds of harassment from the list.");
            }
        }
        if (kinds.isEmpty()) {
            errors.add("Choose at least one kind of harassment.");
        }
        Channel channel;
        try {
            channel = Channel.valueOf(orEmpty(ctx.formParam("channel")));
        } catch (IllegalArgumentException e) {
            channel = Channel.OTHER;
        }
        if (errors.isEmpty()) {
            try {
                var b = Incident.builder().id("inc-" + (c.getIncidents().size() + 1)).occurredAt(when)
                        .channel(channel).addAllKinds(kinds);
                optional(ctx, "platform").map(p -> p.toLowerCase(java.util.Locale.ROOT)).ifPresent(b::platform);
                optional(ctx, "summary").ifPresent(b::summary);
                optional(ctx, "account").ifPresent(b::account);
                optional(ctx, "quote").ifPresent(q -> b.addQuotes(Quote.of(q)));
                optional(ctx, "url").ifPresent(u -> b.addLocations(ContentLocation.url(u)));
                intake.addIncident(b.build());
                ctx.redirect("/?added=incident", HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidDataException e) {
                for (Problem p : e.getProblems()) {
                    errors.add(fieldName(p.pointer()) + ": " + p.message() + ". " + p.fix());
                }
            }
        }
        incidentForm(ctx, errors);
    }

    private void evidenceForm(Context ctx, String error) {
        StringBuilder b = new StringBuilder();
        errorSummary(b, error == null ? List.of() : List.of(error));
        b.append("<p>Keep the original file: a screenshot, a saved page, an exported chat. It is stored encrypted, "
                + "and its fingerprint (SHA-256 hash) lets anyone check later that it was not changed.</p>");
        b.append("<form method=\"post\" action=\"/evidence\" enctype=\"multipart/form-data\">")
                .append(Guard.field(ctx));
        b.append("<label for=\"file\">File<span class=\"hint\">").append(esc(FileTypes.ACCEPTED))
                .append(", up to ").append(MAX_UPLOAD_MB).append(" MB.</span></label>")
                .append("<input type=\"file\" id=\"file\" name=\"file\" required "
                        + "accept=\"image/png,image/jpeg,image/gif,image/webp,application/pdf,video/mp4,.txt,.eml\">");
        b.append("<p id=\"local-hash\" class=\"hash\" aria-live=\"polite\"></p>");
        b.append("<label for=\"description\">What does it show?</label>"
                + "<input type=\"text\" id=\"description\" name=\"description\" maxlength=\"2000\">");
        b.append("<label for=\"incident\">Which incident is it about?</label><select id=\"incident\" name=\"incident\">"
                + "<option value=\"\">Not sure / none</option>");
        for (Incident i : intake.current().getIncidents()) {
            b.append("<option value=\"").append(esc(i.getId())).append("\">").append(esc(when(i.getOccurredAt())))
                    .append(" - ").append(esc(i.getSummary().orElse(kinds(i)))).append("</option>");
        }
        b.append("</select><button type=\"submit\">Keep this evidence</button></form>");
        ctx.status(error == null ? 200 : ctx.status().getCode()).html(Html.page("Add evidence", b.toString()));
    }

    private void addEvidence(Context ctx) throws IOException {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (IllegalStateException e) {
            ctx.status(413);
            evidenceForm(ctx, "The file is too large. The largest file you can add is " + MAX_UPLOAD_MB + " MB.");
            return;
        }
        if (file == null || file.size() == 0) {
            ctx.status(400);
            evidenceForm(ctx, "Choose a file to add.");
            return;
        }
        String name = file.filename() == null ? "evidence" : Path.of(file.filename().replace('\\', '/'))
                .getFileName().toString();
        try (BufferedInputStream in = new BufferedInputStream(file.content())) {
            Optional<String> type = FileTypes.sniff(in, name);
            if (type.isEmpty()) {
                ctx.status(415);
                evidenceForm(ctx, "This kind of file cannot be added. You can add " + FileTypes.ACCEPTED + ".");
                return;
            }
            String incident = orEmpty(ctx.formParam("incident"));
            Optional<String> incidentId = intake.current().incident(incident).map(Incident::getId);
            var result = intake.addEvidence(name, type.get(), in, orEmpty(ctx.formParam("description")),
                    incidentId);
            if (result.childProtection().isPresent()) {
                StringBuilder b = new StringBuilder("<div class=\"warning\" role=\"alert\"><p>")
                        .append(esc(result.childProtection().get().message())).append("</p><ul>");
                result.childProtection().get().routes().forEach(r -> r.getContacts().forEach(c -> b.append("<li>")
                        .append(esc(r.getName() + ": " + c.describe())).append("</li>")));
                b.append("</ul></div><p><a href=\"/\">Go back to your case</a></p>");
                ctx.html(Html.page("This file was not kept", b.toString()));
                return;
            }
            ctx.redirect("/evidence/" + result.record().getId() + "?added=1", HttpStatus.SEE_OTHER);
        }
    }

    private void evidenceItem(Context ctx) {
        EvidenceRecord e = intake.current().evidence(ctx.pathParam("id"))
                .orElseThrow(() -> new io.javalin.http.NotFoundResponse("There is no such evidence item."));
        StringBuilder b = new StringBuilder();
        if (ctx.queryParam("added") != null) {
            b.append("<p class=\"ok\" role=\"status\">Kept safely. Its fingerprint is below.</p>");
        }
        b.append("<dl><dt>File</dt><dd>").append(esc(e.getFileName().orElse(e.getId()))).append("</dd>");
        e.getDescription().ifPresent(d -> b.append("<dt>What it shows</dt><dd>").append(esc(d)).append("</dd>"));
        e.getSize().ifPresent(s -> b.append("<dt>Size</dt><dd>").append(s).append(" bytes</dd>"));
        e.getHashes().forEach(h -> b.append("<dt>").append(esc(h.getAlgorithm().toUpperCase(java.util.Locale.ROOT)))
                .append(" fingerprint</dt><dd class=\"hash\" id=\"hash-").append(esc(h.getAlgorithm())).append("\">")
                .append(esc(h.getValue())).append("</dd>"));
        b.append("<dt>Kept at</dt><dd>").append(esc(e.getCapturedAt())).append("</dd></dl>");
        b.append("<p><a href=\"/evidence/new\">Add more evidence</a> or <a href=\"/\">go back to your case</a>.</p>");
        ctx.html(Html.page("Evidence kept", b.toString()));
    }

    private void plan(Context ctx) {
        ctx.html(Html.page("Your plan", PlanPage.render(intake.plan())));
    }

    private void documents(Context ctx) {
        ctx.html(Html.page("Your papers", DocumentsPage.render(intake)));
    }

    private void documentPdf(Context ctx) throws IOException {
        List<org.redress.core.document.ReportDocument> docs = intake.documents();
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > docs.size()) {
            throw new io.javalin.http.NotFoundResponse("There is no such document.");
        }
        var doc = docs.get(n - 1);
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        intake.renderPdf(doc, pdf);
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + String.format("%02d-%s.pdf", n,
                        doc.getKind().replaceAll("[^A-Za-z0-9-]+", "-")) + "\"")
                .result(pdf.toByteArray());
    }

    private void bundle(Context ctx) throws IOException {
        Path dir = java.nio.file.Files.createTempDirectory("redress-bundle");
        Path zip = dir.resolve("bundle.zip");
        try {
            var manifest = intake.bundle(zip);
            ctx.contentType("application/zip")
                    .header("Content-Disposition", "attachment; filename=\"" + manifest.getCaseId()
                            + "-evidence-bundle.zip\"")
                    .result(java.nio.file.Files.readAllBytes(zip));
        } finally {
            java.nio.file.Files.deleteIfExists(zip);
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status).html(Html.page("Sorry", "<p class=\"error\" role=\"alert\">" + esc(message)
                + "</p><p><a href=\"/\">Go back to your case</a></p>"));
    }

    // ------------------------------------------------------------------ helpers

    private static void errorSummary(StringBuilder b, List<String> errors) {
        if (!errors.isEmpty()) {
            b.append("<div class=\"error\" role=\"alert\"><h2>Please check</h2><ul>");
            errors.forEach(e -> b.append("<li>").append(esc(e)).append("</li>"));
            b.append("</ul></div>");
        }
    }

    private static String fieldName(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return switch (last) {
            case "platform" -> "Which app or site";
            case "summary" -> "In a few words";
            case "account" -> "What happened";
            case "url" -> "Link";
            default -> pointer.contains("quotes") ? "Their exact words" : pointer.contains("locations") ? "Link"
                    : "This form";
        };
    }

    static ZoneId zoneFor(Case c) {
        if (!c.getIncidents().isEmpty()) {
            return c.getIncidents().get(0).getOccurredAt().getZone();
        }
        return "US".equals(c.getJurisdiction().country()) ? ZoneId.of("America/New_York")
                : ZoneId.of("Europe/London");
    }

    static String when(IncidentTime t) {
        return t.getInstant().map(i -> i.atZoneSameInstant(t.getZone()).toLocalDateTime().toString().replace('T', ' '))
                .or(() -> t.getDate().map(LocalDate::toString))
                .orElseGet(() -> t.getFrom().map(Object::toString).orElse("") + " to "
                        + t.getTo().map(Object::toString).orElse(""));
    }

    private static String kinds(Incident i) {
        return String.join(", ", i.getKinds().stream().map(Labels.KINDS::get).toList());
    }

    private static Optional<String> optional(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Command-line options. */
    static final class Options {
        static final String USAGE = """
                Usage: java -jar redress-web.jar [--demo] [--data DIR] [--port N] [--host ADDRESS]
                  --demo          start with a fictional demo case (passphrase: the demo one, unless set)
                  --data DIR      the data folder (default: redress-data)
                  --port N        the port (default: 8080; 0 picks a free one)
                  --host ADDRESS  the address to listen on (default: 127.0.0.1, this computer only)
                The passphrase comes from REDRESS_VAULT_PASSPHRASE or is asked for.""";
        boolean demo;
        boolean help;
        Path data = Path.of("redress-data");
        int port = 8080;
        String host = "127.0.0.1";

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--demo" -> o.demo = true;
                    case "--help", "-h" -> o.help = true;
                    case "--data" -> o.data = Path.of(value(args, ++i, "--data"));
                    case "--host" -> o.host = value(args, ++i, "--host");
                    case "--port" -> {
                        try {
                            o.port = Integer.parseInt(value(args, ++i, "--port"));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port needs a number.");
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
