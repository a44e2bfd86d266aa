package org.redress.interchange.xarf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.redress.core.InvalidDataException;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.plan.SafetyAssessment;
import org.redress.interchange.internal.Checks;

/**
 * X-ARF v4 abuse reports (the JSON format hosting providers' abuse desks take; https://xarf.org) for content on
 * websites: pages that publish a person's private details ({@code doxing}), intimate images and other abuse
 * ({@code harassment}), threats ({@code violence}). One report per web address, of class {@code content}, addressed
 * to the host's abuse contact (which the UK and US platform guides hold).
 *
 * <p>A report is refused, with every missing element named by its pointer, when the incident has no web address,
 * the reporter has no organisation name or e-mail, or the abuse contact is not an e-mail address. A sexual image of a
 * child is never reported this way: it goes to a hotline (the IWF or NCMEC), which works with hosts itself.
 *
 * <p>Reports carry no evidence files and do not repeat the private details a page exposes: they point at the
 * content, say what kind of abuse it is and when it was seen.
 *
 * @since 1.1
 */
public final class XarfReports {

    /** The X-ARF version written. */
    public static final String VERSION = "4.0.0";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_DESCRIPTION = 1000;

    private XarfReports() {
    }

    /**
     * Who sends the report: the person's organisation (an NGO, a legal clinic) or the person, with an address for
     * the host's answer.
     *
     * @param org the organisation's (or person's) name, 200 characters at most
     * @param contact an e-mail address for follow-up
     */
    public record Reporter(String org, String contact) {
        /**
         * Checks that neither part is null.
         *
         * @param org the organisation's (or person's) name, 200 characters at most
         * @param contact an e-mail address for follow-up
         */
        public Reporter {
            Objects.requireNonNull(org, "org must not be null");
            Objects.requireNonNull(contact, "contact must not be null");
        }
    }

    /**
     * A report ready to send: the X-ARF JSON and the abuse contact it goes to.
     *
     * @param to the host's abuse contact (an e-mail address)
     * @param url the content reported
     * @param json the X-ARF v4 report
     */
    public record Report(String to, URI url, ObjectNode json) {
    }

    /**
     * The reports for one incident of a case, one per web address.
     *
     * @param c the case
     * @param incidentId the incident whose content is on the host
     * @param reporter who sends the reports
     * @param abuseContact the host's abuse e-mail address
     * @param now the moment the reports are made (their ids are derived from the case, incident, address and day)
     * @return one report per web address of the incident's content, in the order of its locations
     * @throws InvalidDataException naming every element the reports lack
     * @throws IllegalArgumentException when the case has no such incident
     */
    public static List<Report> forIncident(Case c, String incidentId, Reporter reporter, String abuseContact,
            Instant now) {
        Objects.requireNonNull(c, "c (the case) must not be null");
        Objects.requireNonNull(reporter, "reporter must not be null");
        Objects.requireNonNull(now, "now must not be null");
        int index = indexOf(c, incidentId);
        Incident i = c.incidents().get(index);
        String at = "/incidents/" + index;
        Checks checks = new Checks("X-ARF report");
        SafetyAssessment safety = SafetyAssessment.of(c, now.atOffset(ZoneOffset.UTC));
        if (safety.childSexualImage(i)) {
            checks.add(at, "is a sexual image of a child, which is never sent to a host",
                    "report it to the IWF (UK) or NCMEC's CyberTipline (US), which work with hosts to remove it");
            checks.throwIfAny();
        }
        List<URI> urls = i.locations().stream().map(ContentLocation::url).flatMap(Optional::stream)
                .filter(u -> u.getHost() != null).toList();
        if (urls.isEmpty()) {
            checks.add(at + "/locations", "has no web address with a host name",
                    "add the address (URL) of the page on the host's site");
        }
        if (reporter.org().isBlank() || reporter.org().length() > 200) {
            checks.add("/reporter/org", "is empty or longer than 200 characters",
                    "name the organisation (or the person) sending the report");
        }
        if (!EMAIL.matcher(reporter.contact()).matches()) {
            checks.add("/reporter/contact", "is not an e-mail address", "give an address the host can answer");
        }
        if (abuseContact == null || !EMAIL.matcher(abuseContact.replaceFirst("^mailto:", "")).matches()) {
            checks.add("/to", "is not an e-mail address",
                    "give the host's abuse contact (the platform guide lists it), such as abuse@host.example");
        }
        checks.throwIfAny();
        String to = abuseContact.replaceFirst("^mailto:", "");
        List<Report> out = new ArrayList<>();
        for (URI url : urls) {
            out.add(new Report(to, url, report(c, i, url, reporter, now)));
        }
        return out;
    }

    private static int indexOf(Case c, String incidentId) {
        for (int n = 0; n < c.incidents().size(); n++) {
            if (c.incidents().get(n).id().equals(incidentId)) {
                return n;
            }
        }
        throw new IllegalArgumentException("the case has no incident with id " + incidentId);
    }

    private static ObjectNode report(Case c, Incident i, URI url, Reporter reporter, Instant now) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("xarf_version", VERSION);
        String seed = c.id() + "\n" + i.id() + "\n" + url + "\n" + now.truncatedTo(ChronoUnit.DAYS);
        o.put("report_id", UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
        o.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(i.occurredAt().earliest()
                .truncatedTo(ChronoUnit.SECONDS)));
        ObjectNode rep = o.putObject("reporter");
        rep.put("org", reporter.org());
        rep.put("contact", reporter.contact());
        rep.put("type", "manual");
        o.put("source_identifier", url.getHost().toLowerCase(Locale.ROOT));
        o.put("class", "content");
        o.put("type", type(i));
        o.put("url", url.toString());
        o.put("evidence_source", "user_report");
        o.put("description", description(i));
        o.put("last_seen", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
        o.put("takedown_requested", true);
        ArrayNode tags = o.putArray("tags");
        tags.add("redress:" + type(i));
        return o;
    }

    /** The X-ARF content type for an incident's kinds. */
    static String type(Incident i) {
        if (i.kinds().contains(HarassmentKind.DOXXING)) {
            return "doxing";
        }
        if (SafetyAssessment.isViolentThreat(i)) {
            return "violence";
        }
        return "harassment";
    }

    private static String description(Incident i) {
        List<String> kinds = new ArrayList<>();
        i.kinds().forEach(k -> kinds.add(Checks.words(k)));
        String d = "This page is part of a course of online abuse against a private person ("
                + (kinds.isEmpty() ? "harassment" : String.join(", ", kinds)) + "). "
                + (i.kinds().contains(HarassmentKind.DOXXING)
                        ? "It publishes the person's private details without consent. " : "")
                + "Please remove it or disable access to it under your acceptable use policy, and keep any logs "
                + "about it: the person may report it to the police.";
        return d.length() <= MAX_DESCRIPTION ? d : d.substring(0, MAX_DESCRIPTION);
    }
}
