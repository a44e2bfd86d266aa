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
 * b.addSections(Section.of("Parties", FieldGrid.of(kit.contact("sender.email", "Email", person.email()))));
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
         * British: "1 November 2026 at 22:15 GMT"; lists without a serial comma ("a, b and c"); exhibits labelled
         * with the maker's initials and a number, such as "SP/1", in every document (statement, schedule and
         * exhibit pages alike).
         */
        UK(Locale.UK, "HH:mm", "d MMMM uuuu", " at ", ""),
        /**
         * American: "November 1, 2026, at 10:15 PM PST"; lists with a serial comma ("a, b, and c"); exhibits
         * labelled with letters: "A", "B", ..., "AA".
         */
        US(Locale.US, "h:mm a", "MMMM d, uuuu", ", at ", ",");

        private final Locale locale;
        private final DateTimeFormatter dateTime;
        private final DateTimeFormatter date;
        private final String at;
        private final String serialComma;

        Style(Locale locale, String dateTime, String date, String at, String serialComma) {
            this.locale = locale;
            this.dateTime = DateTimeFormatter.ofPattern(dateTime, locale);
            this.date = DateTimeFormatter.ofPattern(date, locale);
            this.at = at;
            this.serialComma = serialComma;
        }

        /** {@return the locale it writes in} */
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
        this.preparedOn = options.preparedOn().orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
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
     * @return a kit with nothing withheld or noted yet
     */
    public static DocumentKit of(Case c, DocumentOptions options, Audience audience, Style style) {
        return new DocumentKit(c, options, audience, style);
    }

    // ---------------------------------------------------------------- the document and its companion

    /** {@return who the document is for} */
    public Audience audience() {
        return audience;
    }

    /**
     * Whether the document reaches the other party, so it must hold nothing that helps them find or hurt the person.
     *
     * @return whether the document reaches the other party
     */
    public boolean reachesOtherParty() {
        return audience.reachesOtherParty(options.forService());
    }

    /** {@return the date the document is prepared on} */
    public LocalDate preparedOn() {
        return preparedOn;
    }

    /**
     * {@return a document builder with the kind, title, language, case reference, preparation date and audience set}
     *
     * @param kind the document kind's id
     * @param title the document's title
     */
    public ImmutableReportDocument.Builder start(String kind, String title) {
        return ReportDocument.builder().kind(kind).title(title)
                .language(style == Style.UK ? "en-GB" : "en-US").caseReference(c.id()).preparedOn(preparedOn)
                .audience(audience).forService(options.forService());
    }

    /**
     * Adds a note for the person: advice, a warning or what to do next. In a document for the person it belongs in
     * the document itself (the caller places it); otherwise it goes into the companion.
     *
     * @param note the note
     */
    public void noteForPerson(Block note) {
        notes.add(note);
    }

    /**
     * Records where a piece of the document's fixed wording comes from (a form, a statute, a rule), with its
     * source, for the companion's "Where the wording comes from" list.
     *
     * @param line the wording's source, in one line
     */
    public void sourceForPerson(String line) {
        if (!sources.contains(line)) {
            sources.add(line);
        }
    }

    /** {@return whether notes for the person go in the document itself (it is for the person)} */
    public boolean notesInDocument() {
        return audience == Audience.PERSON;
    }

    /**
     * Finishes a document: records what was withheld, and for a document for someone else builds its companion
     * with the notes for the person, what is still missing (in words) and what was withheld and why.
     *
     * @param b the builder from {@link #start(String, String)}, with the document's content
     * @return the finished document, with its companion when it has one
     */
    public ReportDocument finish(ImmutableReportDocument.Builder b) {
        withheld.forEach(w -> b.addWithheldFields(w.key()));
        ReportDocument draft = b.build();
        if (notesInDocument()) {
            return draft;
        }
        ImmutableReportDocument.Builder comp = ReportDocument.builder()
                .kind(draft.kind() + "-notes").title("Notes for you: " + draft.title())
                .subtitle("Not part of the document: keep these notes, do not send them")
                .language(draft.language()).caseReference(draft.caseReference()).preparedOn(preparedOn)
                .audience(Audience.PERSON);
        if (!notes.isEmpty()) {
            comp.addSections(Section.builder().heading("Before you send it").addAllBlocks(notes).build());
        }
        if (!draft.missing().isEmpty()) {
            comp.addSections(Section.of("Still missing", Paragraph.of("The document is not complete. Add these to "
                    + "the case, or fill them in by hand:"), BulletList.of(draft.missing().stream()
                    .map(MissingItem::description).toList())));
        }
        if (!withheld.isEmpty()) {
            comp.addSections(Section.of("Withheld from the document", BulletList.of(withheld.stream()
                    .map(w -> capitalise(w.what()) + ": " + w.reason()).distinct().toList())));
        }
        if (!sources.isEmpty()) {
            comp.addSections(Section.of("Where the wording comes from", BulletList.of(sources)));
        }
        if (comp.build().sections().isEmpty()) {
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

    /** {@return what was withheld so far, in order} */
    public List<Withheld> withheld() {
        return Collections.unmodifiableList(withheld);
    }

    /** {@return the reason contact details and places are withheld from papers that reach the other party} */
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
     * @param key the field key, such as {@code sender.address}
     * @param label the field's label
     * @param value the contact detail, if the case holds it
     * @return the field, with the value or marked withheld
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
     *
     * @return the entries, in case order
     */
    public List<ImpactEntry> impactShown() {
        List<ImpactEntry> out = new ArrayList<>();
        for (ImpactEntry e : c.impact()) {
            if (reachesOtherParty() && (e.kind() == ImpactKind.SAFETY_CHANGE || e.kind() == ImpactKind.COST)) {
                withhold("impact." + e.date(), "what you did on " + date(e.date()) + " to keep safe, or "
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

    /**
     * {@return a day as people read it: "1 November 2026" (UK) or "November 1, 2026" (US)}
     *
     * @param day the day
     */
    public String date(LocalDate day) {
        return style.date.format(day);
    }

    /**
     * An instant as people read it, the date first, then the local time in the zone with the zone's abbreviation:
     * "1 November 2026 at 22:15 PST" (UK style) or "November 1, 2026, at 10:15 PM PST" (US style). It reads
     * after "on" in a sentence ("On 1 November 2026 at 22:15 PST, ...") and alone in a table cell.
     *
     * @param t the instant
     * @param zone the zone to show it in
     * @return the instant in words
     */
    public String dateTime(OffsetDateTime t, ZoneId zone) {
        return dateTime(t, zone, style);
    }

    /**
     * An instant as people read it in a style, for text built without a kit (a plan's step): see
     * {@link #dateTime(OffsetDateTime, ZoneId)}.
     *
     * @param t the instant
     * @param zone the zone to show it in
     * @param style UK or US writing
     * @return the instant in words
     */
    public static String dateTime(OffsetDateTime t, ZoneId zone, Style style) {
        java.time.ZonedDateTime z = t.atZoneSameInstant(zone);
        return style.date.format(z) + style.at + style.dateTime.format(z) + " " + zoneAbbreviation(z);
    }

    /**
     * {@return a day as people read it in a style, for text built without a kit: see {@link #date(LocalDate)}}
     *
     * @param day the day
     * @param style UK or US writing
     */
    public static String date(LocalDate day, Style style) {
        return style.date.format(day);
    }

    /**
     * An instant whose zone the record does not say (a report's time, a reply's time): in the zone of the case (of
     * its incidents, then of its evidence) whose offset at that instant is the instant's own, with that zone's
     * abbreviation; otherwise in its own offset ("UTC-03:00").
     *
     * @param t the instant, with the offset it was recorded in
     * @return the instant in words
     */
    public String dateTime(OffsetDateTime t) {
        return dateTime(t, caseZoneFor(t));
    }

    private ZoneId caseZoneFor(OffsetDateTime t) {
        return caseZone(c, t);
    }

    /**
     * The zone of a case (of its incidents, then of its evidence) whose offset at the instant is the instant's own,
     * or the instant's offset when none is.
     *
     * @param c the case
     * @param t the instant
     * @return a zone of the case, or the instant's own offset
     */
    public static ZoneId caseZone(Case c, OffsetDateTime t) {
        List<ZoneId> zones = new ArrayList<>();
        c.incidents().forEach(i -> zones.add(i.occurredAt().zone()));
        c.evidence().forEach(e -> zones.add(e.captureZone()));
        for (ZoneId z : zones) {
            if (z.getRules().getOffset(t.toInstant()).equals(t.getOffset())) {
                return z;
            }
        }
        return t.getOffset();
    }

    private static final Locale[] ABBREVIATION_LOCALES = {Locale.US, Locale.UK, Locale.CANADA, Locale.ROOT};
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[A-Z]{2,5}");

    /**
     * The zone's abbreviation at that moment, such as PST, PDT, GMT or BST; "UTC-03:00" where no common
     * abbreviation exists.
     *
     * @param t the moment in its zone
     * @return the abbreviation, or the offset
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

    /**
     * {@return the exact instant in UTC, for evidence: "2026-11-02T06:15:00Z"}
     *
     * @param t the instant
     */
    public static String exactInstant(OffsetDateTime t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.toInstant());
    }

    /**
     * {@return an instant in local time with the exact UTC instant after it, for evidence records}
     *
     * @param t the instant
     * @param zone the zone for the local time
     */
    public String dateTimeExact(OffsetDateTime t, ZoneId zone) {
        return dateTime(t, zone) + " (" + exactInstant(t) + ")";
    }

    /**
     * When something happened, as precisely as the case knows it, in the zone the person experienced it, for a
     * table cell or a heading: "1 November 2026 at 22:15 PST", "1 November 2026", or "between 10 August 2026 at
     * 18:00 BST and 11 August 2026 at 02:30 BST". In a sentence use {@link #on(IncidentTime)}.
     *
     * @param t the incident's time
     * @return the time in words
     */
    public String when(IncidentTime t) {
        return when(t, style);
    }

    /**
     * {@return when something happened, in a style, for text built without a kit: see {@link #when(IncidentTime)}}
     *
     * @param t the incident's time
     * @param style UK or US writing
     */
    public static String when(IncidentTime t, Style style) {
        ZoneId zone = t.zone();
        if (t.instant().isPresent()) {
            return dateTime(t.instant().get(), zone, style);
        }
        if (t.date().isPresent()) {
            return date(t.date().get(), style);
        }
        return "between " + dateTime(t.from().get(), zone, style) + " and "
                + dateTime(t.to().get(), zone, style);
    }

    /**
     * {@return when something happened, with its preposition, in a style: see {@link #on(IncidentTime)}}
     *
     * @param t the incident's time
     * @param style UK or US writing
     */
    public static String on(IncidentTime t, Style style) {
        String w = when(t, style);
        return w.startsWith("between ") ? w : "on " + w;
    }

    /**
     * When something happened, with its preposition, for the middle of a sentence: "on 1 November 2026 at 22:15 PST",
     * "on 1 November 2026" or "between ... and ...". At the start of a sentence, pass it to
     * {@link #sentenceCase(String)}.
     *
     * @param t the incident's time
     * @return the time in words, starting with "on" or "between"
     */
    public String on(IncidentTime t) {
        return on(t, style);
    }

    /**
     * The span of a list of times, earliest and latest, for a sentence: "between 2 August 2026 and 20 August
     * 2026" (US style: "between August 2, 2026, and August 20, 2026"), by day only (the exact times are in the paragraphs). One day gives "on 2 August 2026".
     *
     * @param first the earliest time
     * @param last the latest time
     * @return the span in words
     */
    public String span(IncidentTime first, IncidentTime last) {
        LocalDate a = first.earliest().atZone(first.zone()).toLocalDate();
        LocalDate b = latest(last).atZone(last.zone()).toLocalDate();
        if (a.equals(b)) {
            return "on " + date(a);
        }
        return "between " + date(a) + style.serialComma + " and " + date(b);
    }

    private static java.time.Instant latest(IncidentTime t) {
        if (t.to().isPresent()) {
            return t.to().get().toInstant();
        }
        return t.earliest();
    }

    // ---------------------------------------------------------------- words, lists and counts

    /**
     * Items joined as a sentence lists them: "a", "a and b", "a, b and c" (UK style) or "a, b, and c" (US
     * style). Blank items are left out; an empty list gives "".
     *
     * @param items the items, in order
     * @return the items as a sentence lists them
     */
    public String list(java.util.Collection<String> items) {
        return list(items, "and");
    }

    /**
     * Items joined with a conjunction other than "and", such as "or": "a, b or c".
     *
     * @param items the items, in order
     * @param conjunction the word before the last item, such as "or"
     * @return the items as a sentence lists them
     */
    public String list(java.util.Collection<String> items, String conjunction) {
        List<String> xs = items.stream().filter(x -> x != null && !x.isBlank()).distinct().toList();
        if (xs.size() <= 1) {
            return xs.isEmpty() ? "" : xs.get(0);
        }
        if (xs.size() == 2) {
            return xs.get(0) + " " + conjunction + " " + xs.get(1);
        }
        return String.join(", ", xs.subList(0, xs.size() - 1)) + style.serialComma + " " + conjunction + " "
                + xs.get(xs.size() - 1);
    }

    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    /**
     * A count with its noun in the right number, small numbers in words as legal drafting writes them: "one
     * incident", "three incidents", "12 incidents"; "two people" with {@link #count(int, String, String)}.
     *
     * @param n the count
     * @param singular the noun in the singular; the plural is regular (see {@link #plural(String)})
     * @return the count with its noun
     */
    public static String count(int n, String singular) {
        return count(n, singular, plural(singular));
    }

    /**
     * {@return a count with an irregular plural: {@code count(2, "person", "people")} gives "two people"}
     *
     * @param n the count
     * @param singular the noun in the singular
     * @param plural the noun in the plural
     */
    public static String count(int n, String singular, String plural) {
        return (n >= 0 && n < SMALL.length ? SMALL[n] : Integer.toString(n)) + " " + (n == 1 ? singular : plural);
    }

    /**
     * The plural of a regular English noun: "incident" → "incidents", "address" → "addresses", "reply" → "replies".
     *
     * @param noun a noun in the singular
     * @return its plural
     */
    public static String plural(String noun) {
        if (noun.matches(".*(s|x|z|ch|sh)")) {
            return noun + "es";
        }
        if (noun.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile(
            "(?i)(a|an|the|this|that|these|those|my|your|his|her|its|our|their|one|two|three|some|several|all|each"
                    + "|every|another|other|both|any|no|many|\\d[\\d,.]*)\\b.*", java.util.regex.Pattern.DOTALL);

    /**
     * A noun phrase with "a" or "an" before it when it has no determiner of its own: "screenshot of the post" →
     * "a screenshot of the post", "e-mail from them" → "an e-mail from them"; "the same screenshot", "my
     * messages", "3 photos" and phrases that start with a capital (a name) are kept as they are. The phrase is
     * lower-cased first when it starts with a capitalised plain word ("Screenshot of" → "a screenshot of").
     *
     * @param phrase a noun phrase
     * @return the phrase, with an article when it needs one
     */
    public static String withArticle(String phrase) {
        String p = lowerFirst(phrase.strip());
        if (p.isEmpty() || DETERMINER.matcher(p).matches() || !Character.isLetter(p.charAt(0))) {
            return p;
        }
        String first = p.split("[\\s,]", 2)[0];
        if (first.endsWith("'s") || first.endsWith("\u2019s")) {
            return p; // a possessive: "Morgan's message"
        }
        if (Character.isLowerCase(p.charAt(0)) && first.endsWith("s") && !first.endsWith("ss")
                && !first.endsWith("us") && !first.endsWith("is")) {
            return p; // a plural: "screenshots of the posts"
        }
        return article(p) + " " + p;
    }

    /**
     * "a" or "an" for the word that starts the phrase, by its sound where spelling misleads ("an hour", "a user").
     *
     * @param phrase a phrase
     * @return {@code "a"} or {@code "an"}
     */
    public static String article(String phrase) {
        String w = phrase.strip().toLowerCase(Locale.ROOT);
        if (w.matches("(hour|honest|honour|honor|heir)\\b.*")) {
            return "an";
        }
        if (w.matches("(u[nrst]i|use|usu|uti|ure|eu|one\\b|once).*") && !w.matches("(unin|unid|unr|uns|unt|und|unk).*")) {
            return "a";
        }
        if (w.matches("(e-mail|sms|mp[34]|html|url|fbi|faq|x-ray).*")) {
            return w.matches("(url).*") ? "a" : "an";
        }
        return w.matches("[aeiou].*") ? "an" : "a";
    }

    /**
     * Text with its first letter in lower case when it starts a plain word ("Screenshot of" → "screenshot of"); a
     * name stays as it is ("WhatsApp export", "Instagram post", "Morgan's message").
     *
     * @param text the text
     * @return the text, its first letter lower-cased when it starts a plain word
     */
    public static String lowerFirst(String text) {
        String first = text.split("[\\s,.:;]", 2)[0];
        if (first.matches("\\p{Lu}[\\p{Ll}-]+") && !isName(first)) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static boolean isName(String word) {
        String w = word.replaceAll("['\u2019]s$", "");
        return PLATFORM_NAMES.containsValue(w) || PLATFORM_NAMES.containsKey(w.toLowerCase(Locale.ROOT))
                && !w.equalsIgnoreCase("email") && !w.equalsIgnoreCase("sms");
    }

    /**
     * {@return text with its first letter in upper case, to start a sentence ("on 1 May" → "On 1 May")}
     *
     * @param text the text
     */
    public static String sentenceCase(String text) {
        return capitalise(text);
    }

    /**
     * Text ending with a full stop, unless it already ends with one, "?", "!", "…" or a closing quotation mark after
     *     them.
     *
     * @param text the text
     * @return the text ending with a full stop or other closing punctuation
     */
    public static String fullStop(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty() || t.matches("(?s).*[.?!\u2026][\"\u201d\u2019)]?")) {
            return t;
        }
        return t + ".";
    }

    /**
     * An enum constant in words: {@code RUMOURS_OR_DEFAMATION} → "rumours or defamation", {@code
     * NON_CONSENSUAL_INTIMATE_IMAGE} → "non-consensual intimate image". Never prints an upper-case constant.
     *
     * @param constant the constant
     * @return its name in lower-case words
     */
    public static String words(Enum<?> constant) {
        return words(constant.name());
    }

    /**
     * {@return a constant's name in words (see {@link #words(Enum)})}
     *
     * @param constant a constant's name, such as {@code RUMOURS_OR_DEFAMATION}
     */
    public static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ').replace("non consensual", "non-consensual")
                .replaceAll("\\bemail\\b", "e-mail").replaceAll("\\bsms\\b", "SMS")
                .replace("ai generated", "AI-generated").replaceAll("\\bpdf\\b", "PDF");
    }

    /**
     * How something reached the person, for a sentence: "on Instagram", "by e-mail", "by phone or text message".
     *
     * @param i an incident of the case
     * @return how it reached the person, with its preposition
     */
    public static String via(org.redress.core.model.Incident i) {
        if (i.platform().isPresent()) {
            return "on " + platformName(i.platform().get());
        }
        switch (i.channel()) {
            case EMAIL:
                return "by e-mail";
            case PHONE_OR_SMS:
                return "by phone or text message";
            case MESSAGING:
                return "by private message";
            case SOCIAL_MEDIA:
                return "on social media";
            case FORUM:
                return "on a forum";
            case GAMING:
                return "in an online game";
            case WEBSITE:
                return "on a website";
            default:
                return "online";
        }
    }

    /**
     * {@return where something happened, for a table cell: the platform's name, or the channel in words ("e-mail")}
     *
     * @param i an incident of the case
     */
    public static String where(org.redress.core.model.Incident i) {
        return i.platform().map(DocumentKit::platformName).orElse(words(i.channel()));
    }

    /**
     * An incident's kinds in words, joined as a list with "and" where a kind's own words have "or" ("hate, a
     * threat of violence and sextortion or blackmail" is avoided: kinds are separated by semicolons when one has
     * "or").
     *
     * @param i an incident of the case
     * @return its kinds in words
     */
    public String kinds(org.redress.core.model.Incident i) {
        List<String> ws = i.kinds().stream().sorted().map(DocumentKit::words).toList();
        if (ws.size() > 2 && ws.stream().anyMatch(w -> w.contains(" or "))) {
            return String.join("; ", ws.subList(0, ws.size() - 1)) + "; and " + ws.get(ws.size() - 1);
        }
        return list(ws);
    }

    /**
     * A sum of money as people read it: "£500.00", "$1,250.00", "€80.00"; another currency by its code after the
     * amount ("3,000.00 PLN"). The amount is never rounded.
     *
     * @param m the sum
     * @return the sum in words and digits
     */
    public String money(org.redress.core.model.Money m) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00##",
                java.text.DecimalFormatSymbols.getInstance(style.locale));
        String amount = f.format(m.amount());
        switch (m.currency()) {
            case "GBP":
                return "\u00a3" + amount;
            case "USD":
                return (style == Style.US ? "$" : "US$") + amount;
            case "EUR":
                return "\u20ac" + amount;
            default:
                return amount + " " + m.currency();
        }
    }

    private static final Set<String> PERSON_ROLES = Set.of("victim", "subject", "self", "person", "survivor",
            "claimant", "complainant", "petitioner");

    /**
     * Who collected an item, in words, never by their pseudonymous id: the person's name for the person
     * themselves ("Kit Placeholder"), otherwise the role with an article and the organisation ("an advocate
     * (Example Support Service)").
     *
     * @param who the collector
     * @return who collected it, in words
     */
    public String collector(org.redress.core.model.Collector who) {
        String role = who.role().strip();
        String name = PERSON_ROLES.contains(role.toLowerCase(Locale.ROOT)) ? c.subject().name()
                : withArticle(words(role.replace('-', '_')));
        return name + who.organisation().filter(o -> !o.isBlank()).map(o -> " (" + o + ")").orElse("");
    }

    /**
     * The evidence an exhibit holds, as a noun phrase for "I produce ..." or "I refer to ...": its description with
     * "a" or "an" where it has no determiner ("a screenshot of the post"), or its kind in words ("a screenshot").
     *
     * @param e the evidence record
     * @return the noun phrase
     */
    public static String exhibitPhrase(EvidenceRecord e) {
        return withArticle(e.description().filter(d -> !d.isBlank()).map(d -> d.strip().replaceAll("[.]$", ""))
                .orElse(words(e.kind())));
    }

    // ---------------------------------------------------------------- places and names

    /**
     * {@return a platform's name for prose: "Instagram" for {@code instagram}; an unknown key as written}
     *
     * @param key the platform key, as in {@code Incident.platform}
     */
    public static String platformName(String key) {
        return PLATFORM_NAMES.getOrDefault(key, key);
    }

    /**
     * A place in the person's life, in words ("where I live"), or, in a document that reaches the other party,
     * "a place I go to" (recorded as withheld): it must not tell them where the person lives, works or goes.
     *
     * @param p the place
     * @return the place in words, or the withheld wording
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
     *
     * @param words the words as written
     * @return the words in quotation marks
     */
    public String quote(String words) {
        return "\u201c" + words + "\u201d";
    }

    // ---------------------------------------------------------------- exhibits

    private void assignLabels() {
        Set<String> used = new HashSet<>();
        c.evidence().forEach(e -> e.exhibitLabel().ifPresent(used::add));
        String initials = c.subject().exhibitInitials();
        int n = 0;
        for (EvidenceRecord e : c.evidence()) {
            if (childSexualImageEvidence.contains(e.id())) {
                continue;
            }
            if (e.exhibitLabel().isPresent()) {
                labels.put(e.id(), e.exhibitLabel().get());
                continue;
            }
            String label;
            do {
                label = style == Style.UK ? initials + "/" + ++n : letters(n++);
            } while (used.contains(label));
            used.add(label);
            labels.put(e.id(), label);
        }
    }

    /**
     * The label of an evidence record, the same in every document: "SP/1" (UK) or "A" (US), or its own label.
     * Records that are {@link #childSexualImage(String) never listed} have no label.
     *
     * @param evidenceId the id of an evidence record of the case
     * @return the label, or {@code evidenceId} itself for a record that has none
     */
    public String exhibitLabel(String evidenceId) {
        return labels.getOrDefault(evidenceId, evidenceId);
    }

    /**
     * The n-th letter label, from 0: A, B, ..., Z, AA, AB, ...
     *
     * @param n the index, from 0
     * @return the label
     */
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
     *
     * @param evidenceId the id of an evidence record of the case
     * @return whether the record must never be embedded, listed, hashed for export or certified
     */
    public boolean childSexualImage(String evidenceId) {
        return childSexualImageEvidence.contains(evidenceId);
    }

    /**
     * The sentence that says how many items of evidence a document leaves out because they hold a child's sexual
     * image, and where the material is (web addresses only): "One item of evidence is not listed, shown or
     * labelled: it is of an incident with an intimate image of someone under 18. ..."
     *
     * @param leftOut how many items were left out
     * @param how what the document does not do with them, such as "listed, shown or labelled"
     * @param where where the material is
     * @return the sentence
     */
    public String childMaterialNotListed(int leftOut, String how, List<String> where) {
        List<String> at = where.stream().filter(w -> w != null && !w.isBlank()).distinct().toList();
        return sentenceCase(count(leftOut, "item")) + " of evidence " + (leftOut == 1 ? "is" : "are") + " not "
                + how + ": " + (leftOut == 1 ? "it is" : "they are") + " of an incident with an intimate image of "
                + "someone under 18. Only where the material is has been recorded"
                + (at.isEmpty() ? "." : ": " + String.join("; ", at) + ".");
    }

    /** {@return the ids of every such record} */
    public Set<String> childSexualImageEvidenceIds() {
        return childSexualImageEvidence;
    }

    /**
     * Alternative text for an exhibit's image, within its limit ({@value #ALT_TEXT_MAX} characters) however long
     * the description: cut at a word boundary and marked with an ellipsis.
     *
     * @param label the exhibit's label
     * @param description the exhibit's description
     * @return the alternative text, at most {@value #ALT_TEXT_MAX} characters
     */
    public static String altText(String label, String description) {
        return shorten("Exhibit " + label + ": " + description, ALT_TEXT_MAX);
    }

    /**
     * {@return text within {@code max} characters: cut at a word boundary when longer, ending with an ellipsis}
     *
     * @param text the text
     * @param max the most characters the result may have
     */
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
