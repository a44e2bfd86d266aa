package org.redress.uk.internal.docs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.redress.core.document.Audience;
import org.redress.core.document.DocumentKit;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.ImmutableField;
import org.redress.core.document.ImmutableReportDocument;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Address;
import org.redress.core.model.Case;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Party;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;

/** Shared pieces of the UK documents. */
final class Docs {

    static final String ORIGIN_NOTE = "Where the facts come from: dates, web addresses, hashes, exhibit labels and "
            + "references are taken from the case record; the description of events is the person's own account, in "
            + "their words; words in quotation marks are the harasser's, exactly as written. Blank fields are for the "
            + "person to complete.";

    private Docs() {
    }

    /** The kit for one UK document: British dates, exhibits labelled "SP/1" in every document. */
    static DocumentKit kit(Case c, DocumentOptions options, Audience audience) {
        return DocumentKit.of(c, options, audience, DocumentKit.Style.UK);
    }

    /** How a report is named in prose: "the police", "Instagram", "Report Fraud". */
    static String reportedTo(org.redress.core.model.ReportMade r, Case c) {
        if (r.routeId().equals(org.redress.uk.UkRouteIds.PLATFORM_REPORT)) {
            return r.platform().map(DocumentKit::platformName).orElse("the platform");
        }
        String name;
        try {
            name = org.redress.uk.internal.RouteData.get().route(r.routeId(), c.jurisdiction()).name();
        } catch (RuntimeException e) {
            name = r.routeId();
        }
        name = name.startsWith("The ") ? "the " + name.substring(4) : name;
        return name + r.platform().map(pl -> " (" + DocumentKit.platformName(pl) + ")").orElse("");
    }

    /** The notice saying which facts are the case record's and which the person's own account. */
    static Notice originNotice() {
        return Notice.of(NoticeLevel.INFO, ORIGIN_NOTE);
    }

    /** The notice that a draft is not legal advice. */
    static Notice draftNotice() {
        return Notice.of(NoticeLevel.IMPORTANT, "This is a draft prepared from the case record to help you. It is "
                + "not legal advice. Check every statement before you sign it: sign only what you believe is true. "
                + Plan.NOT_LEGAL_ADVICE.substring(Plan.NOT_LEGAL_ADVICE.indexOf("For advice")));
    }

    /** Incidents in time order (earliest first, then by id). */
    static List<Incident> timeline(Case c) {
        List<Incident> sorted = new ArrayList<>(c.incidents());
        sorted.sort(Comparator.comparing((Incident i) -> i.occurredAt().earliest()).thenComparing(Incident::id));
        return sorted;
    }

    /** The index of an incident in the case, for JSON Pointers. */
    static int indexOf(Case c, Incident i) {
        return c.incidents().indexOf(i);
    }

    /** Where an incident happened, for a table cell: the platform, or the channel ("e-mail"). */
    static String where(Incident i) {
        return DocumentKit.where(i);
    }

    /** The incident's kinds, in words, as a list. */
    static String kinds(Incident i, DocumentKit kit) {
        return kit.kinds(i);
    }

    /** An enum constant as lower-case words ("non-consensual intimate image", "e-mail"). */
    static String words(Enum<?> constant) {
        return DocumentKit.words(constant);
    }

    /** The web addresses and ids of an incident's content. */
    static String locations(Incident i) {
        List<String> out = new ArrayList<>();
        i.locations().forEach(l -> {
            l.url().ifPresent(u -> out.add(u.toString()));
            l.platformId().ifPresent(p -> out.add("id " + p));
            if (l.url().isEmpty() && l.platformId().isEmpty()) {
                l.description().ifPresent(out::add);
            }
        });
        return String.join("; ", out);
    }

    /** A title for an incident: its summary, or its kinds. */
    static String title(Incident i, DocumentKit kit) {
        return i.summary().orElse(DocumentKit.sentenceCase(kinds(i, kit)));
    }

    /** An address on one line. */
    static String oneLine(Address a) {
        List<String> parts = new ArrayList<>(a.lines());
        a.locality().ifPresent(parts::add);
        a.region().ifPresent(parts::add);
        a.postalCode().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    /** A field from the case record, or a blank to complete when the value is absent. */
    static Field field(String key, String label, Optional<String> value) {
        return value.filter(v -> !v.isBlank()).map(v -> Field.of(key, label, v)).orElse(Field.blank(key, label));
    }

    /** A field holding generated text. */
    static Field generated(String key, String label, String value) {
        return ImmutableField.builder().key(key).label(label).value(value).origin(FactOrigin.GENERATED).build();
    }

    /** The incident's account as a numbered paragraph in the person's words, or a blank to complete. */
    static Paragraph accountParagraph(Incident i, String prefix) {
        if (i.account().isPresent()) {
            return Paragraph.numbered(prefix + i.account().get(), FactOrigin.PERSONS_ACCOUNT);
        }
        return Paragraph.numbered(prefix + "[Describe in your own words what happened"
                + i.summary().map(s -> " (" + s.strip().replaceAll("[.]$", "") + ")").orElse("") + ".]",
                FactOrigin.TO_COMPLETE);
    }

    /** Whether the incident is one of the kinds. */
    static boolean any(Incident i, HarassmentKind... kinds) {
        for (HarassmentKind k : kinds) {
            if (i.kinds().contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An incident named for the person: "the incident on 3 March 2026 at 21:04 BST on Instagram" (never its id).
     */
    static String incidentName(Incident i, DocumentKit kit) {
        return "the incident " + kit.on(i.occurredAt()) + " " + DocumentKit.via(i);
    }

    /** A party's name, or "an unnamed person". */
    static String name(Party p) {
        return p.name().orElse("an unnamed person");
    }
}
