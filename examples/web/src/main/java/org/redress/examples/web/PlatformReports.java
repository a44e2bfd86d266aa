package org.redress.examples.web;

import static org.redress.examples.web.Html.esc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.DocumentKit;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.route.RouteKind;
import org.redress.interchange.dsa.DsaNotice;
import org.redress.interchange.xarf.XarfReports;

/**
 * Structured reports where a step of the plan applies: a DSA Article 16 notice for each platform the plan says to
 * report to, and an X-ARF abuse report for a page on a website (a host's abuse desk). Both come as JSON files the
 * person (or their caseworker) sends; an incomplete report is refused with what is missing, in words.
 */
final class PlatformReports {

    private PlatformReports() {
    }

    /**
     * An X-ARF form sent back: the incident it was for, the address typed, and what to fix (shown beside the field).
     */
    record Refused(String incident, String to, String message) {
    }

    /** The section of the papers page, or nothing when no step applies. */
    static String section(Intake intake, String tokenField) {
        return section(intake, tokenField, null);
    }

    /** The section of the papers page, with an X-ARF form sent back with its error (or null). */
    static String section(Intake intake, String tokenField, Refused refused) {
        Case c = intake.current();
        Plan plan = intake.plan();
        boolean platformStep = plan.steps().stream().map(PlanStep::route)
                .anyMatch(r -> r.kind() == RouteKind.PLATFORM_REPORT || r.kind() == RouteKind.ESCALATION);
        Set<String> services = new TreeSet<>();
        c.incidents().forEach(i -> i.platform().ifPresent(services::add));
        StringBuilder b = new StringBuilder();
        if (platformStep && !services.isEmpty()) {
            b.append("<h2>Reports for platforms</h2><p>A notice under the EU Digital Services Act (Article 16), "
                    + "which platforms serving the EU must act on. It holds your name, e-mail and the addresses of "
                    + "the posts (a notice about a child's sexual image is anonymous).</p><ul>");
            for (String s : services) {
                b.append("<li><a href=\"/reports/dsa-notice?service=")
                        .append(esc(URLEncoder.encode(s, StandardCharsets.UTF_8))).append("\" download>DSA notice to ")
                        .append(esc(DocumentKit.platformName(s))).append(" (JSON)</a></li>");
            }
            b.append("</ul>");
        }
        for (Incident i : c.incidents()) {
            boolean website = i.channel() == Channel.WEBSITE || i.kinds().contains(HarassmentKind.DOXXING);
            if (website && !i.locations().isEmpty()) {
                b.append("<h2>Report a page to its host</h2><p>An X-ARF report, the format hosting companies' abuse "
                        + "teams read, for the page in incident ").append(esc(i.summary().orElse(i.id())))
                        .append(". Find the host's abuse address with a WHOIS look-up or on its website.</p>")
                        .append("<form method=\"post\" action=\"/reports/xarf\">").append(tokenField)
                        .append("<input type=\"hidden\" name=\"incident\" value=\"").append(esc(i.id()))
                        .append("\"><label for=\"to-").append(esc(i.id())).append("\">Host's abuse e-mail address"
                                + "</label>");
                boolean mine = refused != null && refused.incident().equals(i.id());
                if (mine) {
                    b.append("<p class=\"field-error\" id=\"to-").append(esc(i.id()))
                            .append("-error\">")
                            .append("<span class=\"visually-hidden\">Error: </span>").append(esc(refused.message()))
                            .append("</p>");
                }
                b.append("<input type=\"email\" required id=\"to-").append(esc(i.id()))
                        .append("\" name=\"to\" autocomplete=\"off\"");
                if (mine) {
                    b.append(" value=\"").append(esc(refused.to())).append("\" aria-invalid=\"true\" "
                            + "aria-describedby=\"to-").append(esc(i.id())).append("-error\"");
                }
                b.append("><button type=\"submit\">Download the X-ARF report (JSON)</button></form>");
            }
        }
        return b.toString();
    }

    /** {@code GET /reports/dsa-notice?service=NAME}: the notice as a JSON download. */
    static void dsaNotice(Context ctx, Intake intake) throws Exception {
        String service = ctx.queryParam("service");
        if (service == null || service.isBlank()) {
            throw new HttpResponseException(400, "Choose the platform the notice is for.");
        }
        DsaNotice notice;
        try {
            notice = DsaNotice.fromCase(intake.current(), service, intake.plan(), LocalDate.now(Clock.systemUTC()));
        } catch (InvalidDataException e) {
            throw refused(e);
        }
        send(ctx, "dsa-notice-" + slug(service) + ".json", notice.toJson());
    }

    /** {@code POST /reports/xarf} (incident, to): the X-ARF reports as a JSON download. */
    static void xarf(Context ctx, Intake intake) throws Exception {
        Case c = intake.current();
        String incident = ctx.formParam("incident");
        if (incident == null || c.incident(incident).isEmpty()) {
            throw new HttpResponseException(404, "There is no such incident.");
        }
        ArrayNode reports = JsonNodeFactory.instance.arrayNode();
        try {
            String email = c.subject().email().orElse("");
            XarfReports.forIncident(c, incident, new XarfReports.Reporter(c.subject().name(), email),
                    ctx.formParam("to"), Clock.systemUTC().instant()).forEach(r -> reports.add(r.json()));
        } catch (InvalidDataException e) {
            // The papers page again, with the address typed kept and what to fix beside it (not a "Sorry" page).
            StringBuilder why = new StringBuilder();
            for (Problem p : e.problems()) {
                why.append(why.length() == 0 ? "" : " ").append(p.pointer().equals("/to")
                        ? "This is not an e-mail address: give the host's abuse address, such as abuse@host.example."
                        : "This report can't be made yet: " + p.message() + " (" + p.fix() + ").");
            }
            ctx.status(422).html(Html.page("Papers", "Your papers", DocumentsPage.render(intake, Html.TOKEN.get(),
                    new Refused(incident, orEmpty(ctx.formParam("to")), why.toString()))));
            return;
        }
        send(ctx, "xarf-" + slug(incident) + ".json", reports);
    }

    private static HttpResponseException refused(InvalidDataException e) {
        StringBuilder sb = new StringBuilder("This report can't be made yet:");
        for (Problem p : e.problems()) {
            sb.append(' ').append(p.message()).append(" (").append(p.fix()).append(").");
        }
        return new HttpResponseException(422, sb.toString());
    }

    private static void send(Context ctx, String name, Object json) throws Exception {
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json);
        ctx.header("Cache-Control", "no-store").contentType("application/json")
                .header("Content-Disposition", Html.attachment(name)).result(bytes);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }
}
