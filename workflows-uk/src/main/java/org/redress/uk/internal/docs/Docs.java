package org.redress.uk.internal.docs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
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

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Docs() {
    }

    /** A document with the case reference, preparation date and language set. */
    static ImmutableReportDocument.Builder start(String kind, String title, Case c, DocumentOptions options) {
        ImmutableReportDocument.Builder b = ReportDocument.builder().kind(kind).title(title).language("en-GB")
                .caseReference(c.getId());
        options.getPreparedOn().ifPresent(b::preparedOn);
        return b;
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
        List<Incident> sorted = new ArrayList<>(c.getIncidents());
        sorted.sort(Comparator.comparing((Incident i) -> i.getOccurredAt().earliest()).thenComparing(Incident::getId));
        return sorted;
    }

    /** The index of an incident in the case, for JSON Pointers. */
    static int indexOf(Case c, Incident i) {
        return c.getIncidents().indexOf(i);
    }

    /** When an incident happened, as people write it, in the zone the person experienced it. */
    static String when(IncidentTime t) {
        ZoneId zone = t.getZone();
        if (t.getInstant().isPresent()) {
            return DATE_TIME.format(t.getInstant().get().atZoneSameInstant(zone)) + " (" + zone + ")";
        }
        if (t.getDate().isPresent()) {
            return date(t.getDate().get());
        }
        return "between " + DATE_TIME.format(t.getFrom().get().atZoneSameInstant(zone)) + " and "
                + DATE_TIME.format(t.getTo().get().atZoneSameInstant(zone)) + " (" + zone + ")";
    }

    /** A day as people write it, such as "3 March 2026". */
    static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    /** Text with its first letter in lower case when it starts a plain word ("Screenshot of" → "screenshot of"). */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** Where an incident happened: the platform, or the channel. */
    static String where(Incident i) {
        return i.getPlatform().orElse(words(i.getChannel().name()));
    }

    /** The incident's kinds, in words. */
    static String kinds(Incident i) {
        return i.getKinds().stream().sorted().map(k -> words(k.name())).collect(Collectors.joining(", "));
    }

    /** An enum constant as lower-case words. */
    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The web addresses and ids of an incident's content. */
    static String locations(Incident i) {
        List<String> out = new ArrayList<>();
        i.getLocations().forEach(l -> {
            l.getUrl().ifPresent(u -> out.add(u.toString()));
            l.getPlatformId().ifPresent(p -> out.add("id " + p));
            if (l.getUrl().isEmpty() && l.getPlatformId().isEmpty()) {
                l.getDescription().ifPresent(out::add);
            }
        });
        return String.join("; ", out);
    }

    /** A title for an incident: its summary, or its kinds. */
    static String title(Incident i) {
        return i.getSummary().orElse(kinds(i));
    }

    /** An address on one line. */
    static String oneLine(Address a) {
        List<String> parts = new ArrayList<>(a.getLines());
        a.getLocality().ifPresent(parts::add);
        a.getRegion().ifPresent(parts::add);
        a.getPostalCode().ifPresent(parts::add);
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

    /** A withheld field: shown as withheld, recorded in the document's withheld list by the caller. */
    static Field withheld(String key, String label) {
        return ImmutableField.builder().key(key).label(label)
                .value("Withheld from papers to be served on the respondent").origin(FactOrigin.GENERATED).build();
    }

    /** The incident's account as a numbered paragraph in the person's words, or a blank to complete. */
    static Paragraph accountParagraph(Incident i, String prefix) {
        if (i.getAccount().isPresent()) {
            return Paragraph.numbered(prefix + i.getAccount().get(), FactOrigin.PERSONS_ACCOUNT);
        }
        return Paragraph.numbered(prefix + "[Describe in your own words what happened"
                + i.getSummary().map(s -> " (" + s + ")").orElse("") + ".]", FactOrigin.TO_COMPLETE);
    }

    /** Whether the incident is one of the kinds. */
    static boolean any(Incident i, HarassmentKind... kinds) {
        for (HarassmentKind k : kinds) {
            if (i.getKinds().contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** A party's name, or how the person knows them. */
    static String name(Party p) {
        return p.getName().orElse("an unnamed person (" + words(p.getRelationship().name()) + ")");
    }
}
