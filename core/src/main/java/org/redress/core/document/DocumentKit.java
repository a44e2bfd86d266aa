package org.redress.core.document;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImpactEntry;
import org.redress.core.model.ImpactKind;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Place;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.SafetyAssessment;

/**
 * What every jurisdiction pack needs to write a document the same way: who it is for, what it withholds (and a
 * record of what and why), dates and times as people read them, places, quoted words, exhibit labels, and the
 * companion that carries the notes for the person.
 *
 * <p>A kit is made for one document ({@link #of(Case, DocumentOptions, Audience, Style)}); it is not thread-safe.
 * Typical use:
 *
 * <pre>{@code
 * DocumentKit kit = DocumentKit.of(c, options, Audience.OTHER_PARTY, DocumentKit.Style.US);
 * ImmutableReportDocument.Builder b = kit.start("us.cease-and-desist", "Cease-and-desist letter");
 * b.addSections(Section.of("Parties", FieldGrid.of(kit.contact("sender.email", "Email", person.getEmail()))));
 * kit.noteForPerson(Notice.of(NoticeLevel.WARNING, "Plan your safety before you send it."));
 * ReportDocument doc = kit.finish(b);   // records what was withheld; builds the companion
 * }</pre>
 *
 * @since 1.0
 */
public final class DocumentKit {

    /** Longest alternative text an {@link ExhibitReference} holds. */
    public static final int ALT_TEXT_MAX = 2000;

    /** The text a withheld field shows. */
    public static final String WITHHELD_TEXT = "Withheld from this copy";

    /** How dates, times and exhibit labels are written. */
    public enum Style {
        /**
         * British: "22:15 GMT, 1 November 2026"; exhibits labelled with the maker's initials and a number, such as
         * "SP/1", in every document (statement, schedule and exhibit pages alike).
         */
        UK(Locale.UK, "HH:mm", "d MMMM uuuu"),
        /** American: "10:15 PM PST, November 1, 2026"; exhibits labelled with letters: "A", "B", ..., "AA". */
        US(Locale.US, "h:mm a", "MMMM d, uuuu");

        private final Locale locale;
        private final DateTimeFormatter dateTime;
        private final DateTimeFormatter date;

        Style(Locale locale, String dateTime, String date) {
            this.locale = locale;
            this.dateTime = DateTimeFormatter.ofPattern(dateTime, locale);
            this.date = DateTimeFormatter.ofPattern(date, locale);
        }

        /** The locale it writes in. */
        public Locale locale() {
            return locale;
        }
    }

    /**
     * Something withheld from a document.
     *
     * @param key the field key or a short name of what was withheld, such as {@code sender.address}
     * @param what what it is, in words, such as "your home address"
     * @param reason why it was withheld, in words
     */
    public record Withheld(String key, String what, String reason) {
    }

    private static final Map<String, String> PLATFORM_NAMES = Map.ofEntries(
            Map.entry("facebook", "Facebook"), Map.entry("instagram", "Instagram"), Map.entry("x", "X"),
            Map.entry("twitter", "X (Twitter)"), Map.entry("tiktok", "TikTok"), Map.entry("youtube", "YouTube"),
            Map.entry("snapchat", "Snapchat"), Map.entry("whatsapp", "WhatsApp"), Map.entry("telegram", "Telegram"),
            Map.entry("discord", "Discord"), Map.entry("reddit", "Reddit"), Map.entry("linkedin", "LinkedIn"),
            Map.entry("twitch", "Twitch"), Map.entry("onlyfans", "OnlyFans"), Map.entry("pornhub", "Pornhub"),
            Map.entry("threads", "Threads"), Map.entry("bluesky", "Bluesky"), Map.entry("mastodon", "Mastodon"),
            Map.entry("signal", "Signal"), Map.entry("messenger", "Messenger"), Map.entry("pinterest", "Pinterest"),
            Map.entry("tumblr", "Tumblr"), Map.entry("roblox", "Roblox"), Map.entry("steam", "Steam"),
            Map.entry("xbox", "Xbox"), Map.entry("playstation", "PlayStation"), Map.entry("google", "Google"),
            Map.entry("gmail", "Gmail"), Map.entry("outlook", "Outlook"), Map.entry("imessage", "iMessage"),
            Map.entry("sms", "text message"), Map.entry("email", "e-mail"), Map.entry("kik", "Kik"),
            Map.entry("tinder", "Tinder"), Map.entry("hinge", "Hinge"), Map.entry("bumble", "Bumble"),
            Map.entry("grindr", "Grindr"), Map.entry("vinted", "Vinted"), Map.entry("ebay", "eBay"));

    private final Case c;
    private final DocumentOptions options;
    private final Audience audience;
    private final Style style;
    private final LocalDate preparedOn;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Set<String> childSexualImageEvidence;
    private final List<Withheld> withheld = new ArrayList<>();
    private final List<Block> notes = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    private DocumentKit(Case c, DocumentOptions options, Audience audience, Style style) {
        this.c = c;
        this.options = options;
        this.audience = audience;
        this.style = style;
        this.preparedOn = options.getPreparedOn().orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        this.childSexualImageEvidence = SafetyAssessment.of(c, preparedOn.atTime(LocalTime.NOON)
                .atOffset(ZoneOffset.UTC)).childSexualImageEvidenceIds();
        assignLabels();
    }

    /**
     * A kit for one document.
     *
     * @param c the case
     * @param options the options (for service or not; the preparation date, today in UTC when absent)
     * @param audience who the document is for
     * @param style how to write dates, times and exhibit labels
     */
    public static DocumentKit of(Case c, DocumentOptions options, Audience audience, Style style) {
        return new DocumentKit(c, options, audience, style);
    }

    // ---------------------------------------------------------------- the document and its companion

    /** Who the document is for. */
    public Audience audience() {
        return audience;
    }

    /** Whether the document reaches the other party, so it must hold nothing that helps them find or hurt the person. */
    public boolean reachesOtherParty() {
        return audience.reachesOtherParty(options.isForService());
    }

    /** The date the document is prepared on. */
    public LocalDate preparedOn() {
        return preparedOn;
    }

    /** A document builder with the kind, title, language, case reference, preparation date and audience set. */
    public ImmutableReportDocument.Builder start(String kind, String title) {
        return ReportDocument.builder().kind(kind).title(title)
                .language(style == Style.UK ? "en-GB" : "en-US").caseReference(c.getId()).preparedOn(preparedOn)
                .audience(audience).forService(options.isForService());
    }

    /**
     * Adds a note for the person: advice, a warning or what to do next. In a document for the person it belongs in
     * the document itself (the caller places it); otherwise it goes into the companion.
     */
    public void noteForPerson(Block note) {
        notes.add(note);
    }

    /**
     * Records where a piece of the document's fixed wording comes from (a form, a statute, a rule), with its
     * source, for the companion's "Where the wording comes from" list.
     */
    public void sourceForPerson(String line) {
        if (!sources.contains(line)) {
            sources.add(line);
        }
    }

    /** Whether notes for the person go in the document itself (it is for the person). */
    public boolean notesInDocument() {
        return audience == Audience.PERSON;
    }

    /**
     * Finishes a document: records what was withheld, and for a document for someone else builds its companion
     * with the notes for the person, what is still missing (in words) and what was withheld and why.
     */
    public ReportDocument finish(ImmutableReportDocument.Builder b) {
        withheld.forEach(w -> b.addWithheldFields(w.key()));
        ReportDocument draft = b.build();
        if (notesInDocument()) {
            return draft;
        }
        ImmutableReportDocument.Builder comp = ReportDocument.builder()
                .kind(draft.getKind() + "-notes").title("Notes for you: " + draft.getTitle())
                .subtitle("Not part of the document: keep these notes, do not send them")
                .language(draft.getLanguage()).caseReference(draft.getCaseReference()).preparedOn(preparedOn)
                .audience(Audience.PERSON);
        if (!notes.isEmpty()) {
            comp.addSections(Section.builder().heading("Before you send it").addAllBlocks(notes).build());
        }
        if (!draft.getMissing().isEmpty()) {
            comp.addSections(Section.of("Still missing", Paragraph.of("The document is not complete. Add these to "
                    + "the case, or fill them in by hand:"), BulletList.of(draft.getMissing().stream()
                    .map(MissingItem::getDescription).toList())));
        }
        if (!withheld.isEmpty()) {
            comp.addSections(Section.of("Withheld from the document", BulletList.of(withheld.stream()
                    .map(w -> capitalise(w.what()) + ": " + w.reason()).distinct().toList())));
        }
        if (!sources.isEmpty()) {
            comp.addSections(Section.of("Where the wording comes from", BulletList.of(sources)));
        }
        if (comp.build().getSections().isEmpty()) {
            return draft;
        }
        return ReportDocument.builder().from(draft).companion(comp.build()).build();
    }

    // ---------------------------------------------------------------- withholding

    /**
     * Withholds something and records it.
     *
     * @param key the field key, such as {@code sender.address}
     * @param what what it is, in words
     * @param reason why, in words
     */
    public void withhold(String key, String what, String reason) {
        if (withheld.stream().noneMatch(w -> w.key().equals(key))) {
            withheld.add(new Withheld(key, what, reason));
        }
    }

    /** What was withheld so far, in order. */
    public List<Withheld> withheld() {
        return Collections.unmodifiableList(withheld);
    }

    /** The reason contact details and places are withheld from papers that reach the other party. */
    public String reachReason() {
        return audience == Audience.OTHER_PARTY ? "this letter goes to the person harassing you"
                : "this copy will be served on, or disclosed to, the other party";
    }

    /**
     * One of the person's contact details (address, e-mail, phone): the value in a document that does not reach
     * the other party; otherwise a field showing it is withheld, recorded with the reason. A document for a platform
     * (such as a DMCA notice) keeps contact details the law requires, even for service.
     *
     * @param what what it is, in words, such as "your home address"
     */
    public Field contact(String key, String label, String what, Optional<String> value) {
        if (reachesOtherParty()) {
            if (value.isPresent()) {
                withhold(key, what, reachReason());
            }
            return ImmutableField.builder().key(key).label(label).value(WITHHELD_TEXT).origin(FactOrigin.GENERATED)
                    .build();
        }
        return value.filter(v -> !v.isBlank()).map(v -> Field.of(key, label, v)).orElse(Field.blank(key, label));
    }

    /**
     * The impact entries a document may show: all of them, unless it reaches the other party; then none that says
     * how the person keeps safe (a change for safety, or a cost such as a new lock), and each one left out is
     * recorded as withheld.
     */
    public List<ImpactEntry> impactShown() {
        List<ImpactEntry> out = new ArrayList<>();
        for (ImpactEntry e : c.getImpact()) {
            if (reachesOtherParty() && (e.getKind() == ImpactKind.SAFETY_CHANGE || e.getKind() == ImpactKind.COST)) {
                withhold("impact." + e.getDate(), "what you did on " + date(e.getDate()) + " to keep safe, or "
                        + "what it cost", "it could tell " + otherPartyName() + " how you keep safe or where you go");
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private String otherPartyName() {
        return audience == Audience.OTHER_PARTY ? "the person harassing you" : "the other party";
    }

    // ---------------------------------------------------------------- dates and times

    /** A day as people read it: "1 November 2026" (UK) or "November 1, 2026" (US). */
    public String date(LocalDate day) {
        return style.date.format(day);
    }

    /**
     * An instant as people read it, in local time in the zone with the zone's abbreviation: "22:15 PST,
     * 1 November 2026" (UK style) or "10:15 PM PST, November 1, 2026" (US style).
     */
    public String dateTime(OffsetDateTime t, ZoneId zone) {
        java.time.ZonedDateTime z = t.atZoneSameInstant(zone);
        return style.dateTime.format(z) + " " + zoneAbbreviation(z) + ", " + style.date.format(z);
    }

    /** An instant in its own offset's local time (when no zone is known), with the abbreviation or offset. */
    public String dateTime(OffsetDateTime t) {
        return dateTime(t, t.getOffset());
    }

    private static final Locale[] ABBREVIATION_LOCALES = {Locale.US, Locale.UK, Locale.CANADA, Locale.ROOT};
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[A-Z]{2,5}");

    /**
     * The zone's abbreviation at that moment, such as PST, PDT, GMT or BST; "UTC-03:00" where no common
     * abbreviation exists.
     */
    public static String zoneAbbreviation(java.time.ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset) {
            return t.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + t.getOffset().getId();
        }
        for (Locale l : ABBREVIATION_LOCALES) {
            String a = DateTimeFormatter.ofPattern("zzz", l).format(t);
            if (ABBREVIATION.matcher(a).matches() && (!a.equals("GMT") || t.getOffset().getTotalSeconds() == 0)) {
                return a;
            }
        }
        return t.getOffset().getTotalSeconds() == 0 ? "UTC" : "UTC" + t.getOffset().getId();
    }

    /** The exact instant in UTC, for evidence: "2026-11-02T06:15:00Z". */
    public static String exactInstant(OffsetDateTime t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.toInstant());
    }

    /** An instant in local time with the exact UTC instant after it, for evidence records. */
    public String dateTimeExact(OffsetDateTime t, ZoneId zone) {
        return dateTime(t, zone) + " (" + exactInstant(t) + ")";
    }

    /** When something happened, as precisely as the case knows it, in the zone the person experienced it. */
    public String when(IncidentTime t) {
        ZoneId zone = t.getZone();
        if (t.getInstant().isPresent()) {
            return dateTime(t.getInstant().get(), zone);
        }
        if (t.getDate().isPresent()) {
            return date(t.getDate().get());
        }
        return "between " + dateTime(t.getFrom().get(), zone) + " and " + dateTime(t.getTo().get(), zone);
    }

    // ---------------------------------------------------------------- places and names

    /** A platform's name for prose: "Instagram" for {@code instagram}; an unknown key as written. */
    public static String platformName(String key) {
        return PLATFORM_NAMES.getOrDefault(key, key);
    }

    /**
     * A place in the person's life, in words ("where I live"), or, in a document that reaches the other party,
     * "a place I go to" (recorded as withheld): it must not tell them where the person lives, works or goes.
     */
    public String place(Place p) {
        if (reachesOtherParty()) {
            withhold("places", "which places in your life were named", "it could tell " + otherPartyName()
                    + " where you live, work or go");
            return "a place I go to";
        }
        switch (p) {
            case HOME:
                return "where I live";
            case WORK:
                return "where I work";
            case SCHOOL:
                return "where I study";
            default:
                return "a place I go to";
        }
    }

    // ---------------------------------------------------------------- quoted words

    /**
     * Words quoted exactly, in typographic quotation marks for the style. The words are never changed: any writing
     * system, any punctuation.
     */
    public String quote(String words) {
        return "\u201c" + words + "\u201d";
    }

    // ---------------------------------------------------------------- exhibits

    private void assignLabels() {
        Set<String> used = new HashSet<>();
        c.getEvidence().forEach(e -> e.getExhibitLabel().ifPresent(used::add));
        String initials = c.getSubject().initials();
        int n = 0;
        for (EvidenceRecord e : c.getEvidence()) {
            if (childSexualImageEvidence.contains(e.getId())) {
                continue;
            }
            if (e.getExhibitLabel().isPresent()) {
                labels.put(e.getId(), e.getExhibitLabel().get());
                continue;
            }
            String label;
            do {
                label = style == Style.UK ? initials + "/" + ++n : letters(n++);
            } while (used.contains(label));
            used.add(label);
            labels.put(e.getId(), label);
        }
    }

    /**
     * The label of an evidence record, the same in every document: "SP/1" (UK) or "A" (US), or its own label.
     * Records that are {@link #childSexualImage(String) never listed} have no label.
     */
    public String exhibitLabel(String evidenceId) {
        return labels.getOrDefault(evidenceId, evidenceId);
    }

    /** The n-th letter label, from 0: A, B, ..., Z, AA, AB, ... */
    public static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = n; k >= 0; k = k / 26 - 1) {
            sb.insert(0, (char) ('A' + k % 26));
        }
        return sb.toString();
    }

    /**
     * Whether an evidence record must never be embedded, listed, hashed for export or certified in any document:
     * it belongs to an incident with an intimate image of someone under 18 (see
     * {@link SafetyAssessment#childSexualImageEvidenceIds()}). Documents record only where it is.
     */
    public boolean childSexualImage(String evidenceId) {
        return childSexualImageEvidence.contains(evidenceId);
    }

    /** The ids of every such record. */
    public Set<String> childSexualImageEvidenceIds() {
        return childSexualImageEvidence;
    }

    /**
     * Alternative text for an exhibit's image, within its limit ({@value #ALT_TEXT_MAX} characters) however long
     * the description: cut at a word boundary and marked with an ellipsis.
     */
    public static String altText(String label, String description) {
        return shorten("Exhibit " + label + ": " + description, ALT_TEXT_MAX);
    }

    /** Text within {@code max} characters: cut at a word boundary when longer, ending with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
