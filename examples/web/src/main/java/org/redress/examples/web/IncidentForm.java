package org.redress.examples.web;

import static org.redress.examples.web.Html.esc;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.model.Channel;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Quote;

/**
 * The incident form: what the person typed (kept whole when something needs fixing), each error beside its field,
 * and a summary of the errors at the top that screen readers announce and that takes the focus.
 */
final class IncidentForm {

    /** The fields, in the order the form shows them, with the names people see. */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("date", "Date");
        FIELDS.put("time", "Time");
        FIELDS.put("channel", "Where did it happen");
        FIELDS.put("platform", "Which app or site");
        FIELDS.put("kinds", "What kind of harassment");
        FIELDS.put("summary", "In a few words");
        FIELDS.put("account", "What happened");
        FIELDS.put("quote", "Their exact words");
        FIELDS.put("url", "Link");
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> kinds = new LinkedHashSet<>();
    /** Field name (or "form") to message. */
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String duplicateOf;

    private IncidentForm() {
    }

    static IncidentForm empty() {
        return new IncidentForm();
    }

    /** What was posted. */
    static IncidentForm from(Context ctx) {
        IncidentForm f = new IncidentForm();
        for (String k : FIELDS.keySet()) {
            if (!k.equals("kinds")) {
                String v = ctx.formParam(k);
                f.values.put(k, v == null ? "" : v);
            }
        }
        f.kinds.addAll(ctx.formParams("kinds"));
        return f;
    }

    /** An incident already logged, to change. */
    static IncidentForm of(Incident i) {
        IncidentForm f = new IncidentForm();
        var t = i.occurredAt();
        t.instant().ifPresent(at -> {
            var local = at.atZoneSameInstant(t.zone());
            f.values.put("date", local.toLocalDate().toString());
            f.values.put("time", local.toLocalTime().withSecond(0).withNano(0).toString());
        });
        t.date().ifPresent(d -> f.values.put("date", d.toString()));
        t.from().ifPresent(at -> f.values.put("date", at.atZoneSameInstant(t.zone()).toLocalDate().toString()));
        f.values.put("channel", i.channel().name());
        f.values.put("platform", i.platform().orElse(""));
        i.kinds().forEach(k -> f.kinds.add(k.name()));
        f.values.put("summary", i.summary().orElse(""));
        f.values.put("account", i.account().orElse(""));
        f.values.put("quote", i.quotes().isEmpty() ? "" : i.quotes().get(0).text());
        f.values.put("url", i.locations().stream().flatMap(l -> l.url().stream()).map(Object::toString)
                .findFirst().orElse(""));
        return f;
    }

    private String v(String field) {
        return values.getOrDefault(field, "");
    }

    /**
     * Checks the values; when they are fine, the incident for an id (its time in {@code zone}).
     *
     * @param existingId the id of the incident being changed, or null for a new one
     */
    Optional<Function<String, Incident>> validate(ZoneId zone, String existingId) {
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.parse(v("date").strip());
        } catch (DateTimeParseException e) {
            errors.put("date", "Give the date it happened, such as 2026-10-03.");
        }
        if (!v("time").isBlank()) {
            try {
                time = LocalTime.parse(v("time").strip());
            } catch (DateTimeParseException e) {
                errors.put("time", "Give the time as hours and minutes, such as 21:30, or leave it empty.");
            }
        }
        ZonedDateTime now = ZonedDateTime.now(zone);
        if (date != null && date.isAfter(now.toLocalDate())) {
            errors.put("date", "This date is in the future. Give the date it happened.");
        } else if (date != null && time != null && date.atTime(time).atZone(zone).isAfter(now.plusMinutes(1))) {
            errors.put("time", "This time is later than now. Give the time it happened.");
        }
        List<HarassmentKind> chosen = new ArrayList<>();
        for (String k : kinds) {
            try {
                chosen.add(HarassmentKind.valueOf(k));
            } catch (IllegalArgumentException e) {
                errors.put("kinds", "Choose the kinds of harassment from the list.");
            }
        }
        if (chosen.isEmpty()) {
            errors.putIfAbsent("kinds", "Choose at least one kind of harassment.");
        }
        Channel channel = null;
        try {
            channel = Channel.valueOf(v("channel"));
        } catch (IllegalArgumentException e) {
            errors.put("channel", "Choose where it happened from the list.");
        }
        String platform = v("platform").strip().toLowerCase(Locale.ROOT);
        if (!platform.isEmpty() && !platform.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
            errors.put("platform", "Use the app's or site's name in lower-case letters and digits, such as "
                    + "instagram or example.org.");
        }
        if (v("summary").strip().length() > 200) {
            errors.put("summary", "Keep this to 200 characters; the rest can go in \"What happened\".");
        }
        String url = v("url").strip();
        if (!url.isEmpty()) {
            try {
                URI u = new URI(url);
                if (!("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                        || u.getHost() == null) {
                    throw new URISyntaxException(url, "not a web address");
                }
            } catch (URISyntaxException e) {
                errors.put("url", "This is not a web address. Copy the whole link, starting with https://, or "
                        + "leave it empty.");
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        final LocalDate d = date;
        final LocalTime t = time;
        final Channel c = channel;
        return Optional.of(id -> {
            var b = Incident.builder().id(id)
                    .occurredAt(t == null ? org.redress.core.model.IncidentTime.on(d, zone)
                            : org.redress.core.model.IncidentTime.at(d.atTime(t).atZone(zone).toOffsetDateTime(),
                                    zone))
                    .channel(c).addAllKinds(chosen);
            if (!platform.isEmpty()) {
                b.platform(platform);
            }
            optional("summary").ifPresent(b::summary);
            optional("account").ifPresent(b::account);
            optional("quote").ifPresent(q -> b.addQuotes(Quote.of(q)));
            if (!url.isEmpty()) {
                b.addLocations(ContentLocation.url(url));
            }
            return b.build();
        });
    }

    private Optional<String> optional(String field) {
        String s = v(field);
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** The model's own checks, each put beside its field. */
    void problems(InvalidDataException e) {
        for (Problem p : e.problems()) {
            String last = p.pointer().substring(p.pointer().lastIndexOf('/') + 1);
            String field = FIELDS.containsKey(last) ? last : p.pointer().contains("quotes") ? "quote"
                    : p.pointer().contains("locations") ? "url" : "form";
            String message = p.message() + ". " + p.fix();
            if (field.equals("form")) {
                // a fact this form does not ask for: name it
                String name = last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
                message = name.isEmpty() ? message : Character.toUpperCase(name.charAt(0)) + name.substring(1) + " "
                        + message;
            }
            errors.putIfAbsent(field, message);
        }
    }

    void duplicate(Incident existing, String when) {
        duplicateOf = existing.id();
        errors.put("form", "This is the same as an incident already in your log (" + when + "). Change something, "
                + "or go back to your case.");
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The error summary: role=alert, focused by the page's script, each error linking to its field. */
    void renderSummary(StringBuilder b) {
        if (errors.isEmpty()) {
            return;
        }
        b.append("<div class=\"error-summary\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\">"
                + "<h2>There is a problem</h2><ul>");
        errors.forEach((field, message) -> {
            b.append("<li>");
            if (field.equals("form")) {
                b.append(esc(message));
                if (duplicateOf != null) {
                    b.append(" <a href=\"/incidents/").append(esc(duplicateOf)).append("\">See that incident</a>");
                }
            } else {
                b.append("<a href=\"#").append(field.equals("kinds") ? "kinds-first" : field).append("\">")
                        .append(esc(FIELDS.get(field))).append(": ").append(esc(message)).append("</a>");
            }
            b.append("</li>");
        });
        b.append("</ul></div>");
    }

    private void fieldError(StringBuilder b, String field) {
        String e = errors.get(field);
        if (e != null) {
            b.append("<p class=\"field-error\" id=\"").append(field).append("-error\"><span class=\"visually-hidden\">"
                    + "Error: </span>").append(esc(e)).append("</p>");
        }
    }

    private String invalid(String field) {
        return errors.containsKey(field) ? " aria-invalid=\"true\" aria-describedby=\"" + field + "-error\"" : "";
    }

    /** The form, filled with what it holds. */
    String render(String action, String tokenField, String submit) {
        StringBuilder b = new StringBuilder();
        b.append("<form method=\"post\" action=\"").append(esc(action)).append("\" novalidate>").append(tokenField);
        b.append("<label for=\"date\">Date<span class=\"hint\">When it happened, as best you know.</span></label>");
        fieldError(b, "date");
        b.append("<input type=\"date\" id=\"date\" name=\"date\" required value=\"").append(esc(v("date")))
                .append("\"").append(invalid("date")).append(">");
        b.append("<label for=\"time\">Time (optional)</label>");
        fieldError(b, "time");
        b.append("<input type=\"time\" id=\"time\" name=\"time\" value=\"").append(esc(v("time"))).append("\"")
                .append(invalid("time")).append(">");
        b.append("<label for=\"channel\">Where did it happen?</label>");
        fieldError(b, "channel");
        b.append("<select id=\"channel\" name=\"channel\"").append(invalid("channel")).append(">");
        Labels.CHANNELS.forEach((k, label) -> b.append("<option value=\"").append(k.name()).append("\"")
                .append(k.name().equals(v("channel")) ? " selected" : "").append(">").append(esc(label))
                .append("</option>"));
        b.append("</select>");
        b.append("<label for=\"platform\">Which app or site? (optional)<span class=\"hint\">For example instagram, "
                + "whatsapp, x.</span></label>");
        fieldError(b, "platform");
        b.append("<input type=\"text\" id=\"platform\" name=\"platform\" autocomplete=\"off\" value=\"")
                .append(esc(v("platform"))).append("\"").append(invalid("platform")).append(">");
        b.append("<fieldset").append(errors.containsKey("kinds") ? " aria-describedby=\"kinds-error\"" : "")
                .append("><legend>What kind of harassment? Choose all that fit.</legend>");
        fieldError(b, "kinds");
        boolean first = true;
        for (var e : Labels.KINDS.entrySet()) {
            b.append("<label><input type=\"checkbox\" name=\"kinds\" value=\"").append(e.getKey().name()).append("\"")
                    .append(first ? " id=\"kinds-first\"" : "")
                    .append(kinds.contains(e.getKey().name()) ? " checked" : "").append("> ").append(esc(e.getValue()))
                    .append("</label>");
            first = false;
        }
        b.append("</fieldset>");
        b.append("<label for=\"summary\">In a few words<span class=\"hint\">Up to 200 characters, for the list."
                + "</span></label>");
        fieldError(b, "summary");
        b.append("<input type=\"text\" id=\"summary\" name=\"summary\" maxlength=\"200\" value=\"")
                .append(esc(v("summary"))).append("\"").append(invalid("summary")).append(">");
        b.append("<label for=\"account\">What happened, in your own words</label>");
        fieldError(b, "account");
        b.append("<textarea id=\"account\" name=\"account\"").append(invalid("account")).append(">")
                .append(esc(v("account"))).append("</textarea>");
        b.append("<label for=\"quote\">Their exact words (optional)<span class=\"hint\">Copy them exactly, "
                + "spelling mistakes included.</span></label>");
        fieldError(b, "quote");
        b.append("<textarea id=\"quote\" name=\"quote\"").append(invalid("quote")).append(">").append(esc(v("quote")))
                .append("</textarea>");
        b.append("<label for=\"url\">Link to it (optional)</label>");
        fieldError(b, "url");
        b.append("<input type=\"url\" id=\"url\" name=\"url\" placeholder=\"https://\" value=\"").append(esc(v("url")))
                .append("\"").append(invalid("url")).append(">");
        b.append("<button type=\"submit\">").append(esc(submit)).append("</button></form>");
        return b.toString();
    }
}
