package org.redress.core.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.redress.core.model.Case;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.DemandKind;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Party;
import org.redress.core.model.Quote;

/**
 * One reading of a case's safety facts that every jurisdiction pack, document builder and exporter shares: is the
 * person in danger now, how old were they at each incident, and which material must never be copied because it is a
 * sexual image of a child.
 *
 * <p>The reading is conservative where a mistake costs most. An age that is not known is never taken to be adult; any
 * sign that the person was under 18 when an intimate image was involved makes that image child sexual abuse
 * material, whatever other flags say; a threat of violence tied to a time, a place or a weapon counts as danger now.
 *
 * <p>Danger is read from structured facts first ({@link org.redress.core.model.SafetyFacts#inImmediateDanger()},
 * {@link Incident#threatImminent()}, {@link Incident#threatDueAt()}, {@link Incident#threatPlaces()},
 * {@link Incident#weaponShown()}, {@link Incident#harasserNearby()}, {@link Incident#othersUrgedTo()}) and
 * then from plain-English cues in the harasser's words and the person's account of a recent incident ("tonight",
 * "outside your house", "knife"). The cues are a safety net for facts the person did not tick, not a classifier:
 * they err towards showing the emergency step.
 *
 * <p>Instances are immutable and cheap to make; make one per plan.
 *
 * @see org.redress.core.model.SafetyFacts
 *
 * @since 1.1
 */
public final class SafetyAssessment {

    /** How old the person was at a moment, as far as the case says. */
    public enum AgeAtTime {
        /** Under 18. */
        CHILD,
        /** 18 or over. */
        ADULT,
        /** Not known: never treated as adult. */
        UNKNOWN
    }

    /** What made the assessment find danger now. */
    public enum DangerSignal {
        /** The person said they are in immediate danger. */
        FLAGGED,
        /** A threat of violence is to be carried out now or within a day. */
        THREAT_IMMINENT,
        /** A threat of violence is due within a day of the plan (or was due less than a day ago). */
        THREAT_DUE_SOON,
        /** A threat of violence names a place in the person's life (home, work, school) or a visit there. */
        THREAT_AT_PLACE,
        /** A weapon was shown or described. */
        WEAPON,
        /** The harasser is, or says they are, near the person now. */
        HARASSER_NEARBY,
        /** The harasser urged others to go to the person's home, work or school. */
        OTHERS_URGED,
        /** The words of a recent incident tie a threat to a time or place, mention a weapon, or urge a visit. */
        TEXT_CUE
    }

    /** How long a threat's due time counts as "now", before and after the moment of planning. */
    public static final Duration IMMINENT_WINDOW = Duration.ofHours(24);

    /** How recent an incident must be for cues in its words about time ("tonight") to count as danger now. */
    public static final Duration RECENT_WINDOW = Duration.ofHours(48);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PLACE_WORDS = "(?:house|home|flat|apartment|door|place|work|office|job|school|"
            + "college|uni|university|class|gym|car|street|window|building)";
    /** A time that is now or soon: tonight, today, in an hour, at 5, when you leave. */
    private static final Pattern TIME_CUE = Pattern.compile("\\b(?:tonight|today|this (?:morning|afternoon|evening|"
            + "weekend)|tomorrow|right now|now|soon|in (?:an?|one|two|three|few|\\d+) (?:minutes?|mins?|hours?|hrs?)|"
            + "at \\d{1,2}(?::\\d\\d)?\\s*(?:am|pm|o'?clock)?|when you (?:leave|get (?:home|out|off)|finish)|"
            + "after (?:work|school|class)|on your way)\\b", FLAGS);
    /** A place in the person's life, tied to the harasser's presence or intent. */
    private static final Pattern PLACE_CUE = Pattern.compile("\\b(?:(?:outside|at|near|by|to|from|round|around|"
            + "in front of) (?:your|ur|her|his|their) " + PLACE_WORDS + "|i know where (?:you|u|she|he|they) (?:live|"
            + "lives|work|works|study|studies|go|goes|sleep)|(?:your|ur) address is|"
            + "(?:come|coming|going|gonna go) (?:to|round|over to) (?:your|ur|her|his|their))\\b", FLAGS);
    /** A weapon. */
    private static final Pattern WEAPON_CUE = Pattern.compile("\\b(?:knife|knives|blade|machete|gun|guns|pistol|"
            + "rifle|shotgun|firearm|acid|bullet|bullets|shoot|shot you|stab|stabbed|axe|hammer|baseball bat)\\b",
            FLAGS);
    /** The harasser near the person now. */
    private static final Pattern NEARBY_CUE = Pattern.compile("\\b(?:i'?m|i am|we'?re|we are) (?:outside|here|"
            + "downstairs|at your|near your|by your|across the road|parked)|i can see you|look out (?:of )?your "
            + "window|watching you right now|i'?m behind you\\b", FLAGS);
    /** Others urged to go to the person. */
    private static final Pattern URGE_CUE = Pattern.compile("\\b(?:(?:go|get|head|pop|swing) (?:round |over )?to "
            + "(?:her|his|their|this \\w+'?s?) (?:house|home|flat|place|work|office|school|college)|"
            + "(?:someone|somebody|anyone|everyone|y'?all|you lot|lads) (?:should|needs? to|go|come on,? let'?s|"
            + "pay|visit|find)\\b[^.!?]{0,40}\\b(?:visit|go|find|pay|show up|turn up)|pay (?:her|him|them) a visit|"
            + "(?:her|his|their) address is|(?:show|turn) up at (?:her|his|their))", FLAGS);

    /** The kinds that are threats of violence ({@link HarassmentKind#isViolentThreat()}). */
    private static final HarassmentKind[] VIOLENT_THREATS = java.util.Arrays.stream(HarassmentKind.values())
            .filter(HarassmentKind::isViolentThreat).toArray(HarassmentKind[]::new);

    private final Case c;
    private final OffsetDateTime asOf;
    /** The person's date of birth, or null when not known. */
    private final LocalDate dateOfBirth;
    /** Incidents that may have happened from this moment on are recent ({@link #RECENT_WINDOW}). */
    private final Instant recentFrom;
    private final List<DangerSignal> signals;
    private final List<String> dangerIncidentIds;
    // What the whole case shows, read in the same one pass over the incidents as danger.
    private final boolean anyChildIncident;
    private final boolean everyIncidentAdult;
    private final boolean anyChildSexualImage;
    private final boolean anyIntimateImage;
    private final boolean accountTakeover;
    private final Set<String> perpetratorIds;

    private SafetyAssessment(Case c, OffsetDateTime asOf) {
        this.c = c;
        this.asOf = asOf;
        this.dateOfBirth = c.subject().dateOfBirth().orElse(null);
        this.recentFrom = asOf.toInstant().minus(RECENT_WINDOW);
        Set<DangerSignal> found = EnumSet.noneOf(DangerSignal.class);
        List<String> incidents = new ArrayList<>();
        if (c.safety().isInImmediateDanger()) {
            found.add(DangerSignal.FLAGGED);
        }
        boolean child = false;
        boolean adult = !c.incidents().isEmpty();
        boolean childImage = false;
        boolean image = false;
        boolean takeover = false;
        Set<String> perpetrators = new LinkedHashSet<>();
        for (Incident i : c.incidents()) {
            if (addDangerSignals(i, found)) {
                incidents.add(i.id());
            }
            AgeAtTime a = age(i);
            child |= a == AgeAtTime.CHILD;
            adult &= a == AgeAtTime.ADULT;
            boolean intimate = intimateImage(i);
            image |= intimate;
            childImage |= i.involvesChild().isYes() || (intimate && a == AgeAtTime.CHILD);
            takeover |= i.accountTakenOver().isYes()
                    || i.kinds().contains(HarassmentKind.HACKING_OR_ACCOUNT_COMPROMISE);
            perpetrators.addAll(i.perpetratorIds());
        }
        this.signals = List.copyOf(found);
        this.dangerIncidentIds = List.copyOf(incidents); // incident ids are unique in a case
        this.anyChildIncident = child;
        this.everyIncidentAdult = adult;
        this.anyChildSexualImage = childImage;
        this.anyIntimateImage = image;
        this.accountTakeover = takeover;
        this.perpetratorIds = perpetrators;
    }

    /**
     * Reads a case's safety facts at a moment.
     *
     * @param c the case
     * @param asOf the moment of planning (threat times and the person's age are read against it)
     * @return the assessment of the case at {@code asOf}
     * @throws NullPointerException naming the argument that is null
     */
    public static SafetyAssessment of(Case c, OffsetDateTime asOf) {
        Objects.requireNonNull(c, "c (the case) must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        return new SafetyAssessment(c, asOf);
    }

    /** {@return the case read} */
    public Case assessedCase() {
        return c;
    }

    /** {@return the moment the case was read at} */
    public OffsetDateTime asOf() {
        return asOf;
    }

    /** {@return whether the facts show danger now: the emergency route comes first} */
    public boolean immediateDanger() {
        return !signals.isEmpty();
    }

    /** {@return what showed danger, in the order of {@link DangerSignal}; empty when none did} */
    public List<DangerSignal> signals() {
        return signals;
    }

    /** {@return the incidents whose facts or words showed danger, in case order} */
    public List<String> dangerIncidentIds() {
        return dangerIncidentIds;
    }

    /**
     * {@return what in one incident shows danger now (empty when nothing does)}
     *
     * @param i an incident of the assessed case
     */
    public Set<DangerSignal> dangerSignals(Incident i) {
        Set<DangerSignal> s = EnumSet.noneOf(DangerSignal.class);
        addDangerSignals(i, s);
        return s;
    }

    /** Adds what in one incident shows danger now to {@code s}; whether anything did. */
    private boolean addDangerSignals(Incident i, Set<DangerSignal> s) {
        boolean any = false;
        boolean violent = isViolentThreat(i);
        if (violent && i.threatImminent().isYes()) {
            any = true;
            s.add(DangerSignal.THREAT_IMMINENT);
        }
        if (violent && i.threatDueAt().isPresent()) {
            Duration d = Duration.between(asOf.toInstant(), i.threatDueAt().get().toInstant());
            if (d.abs().compareTo(IMMINENT_WINDOW) <= 0) {
                any = true;
                s.add(DangerSignal.THREAT_DUE_SOON);
            }
        }
        if (violent && (!i.threatPlaces().isEmpty() || i.isOfflineContact())) {
            any = true;
            s.add(DangerSignal.THREAT_AT_PLACE);
        }
        if (i.weaponShown().isYes()) {
            any = true;
            s.add(DangerSignal.WEAPON);
        }
        if (i.harasserNearby().isYes()) {
            any = true;
            s.add(DangerSignal.HARASSER_NEARBY);
        }
        if (!i.othersUrgedTo().isEmpty()) {
            any = true;
            s.add(DangerSignal.OTHERS_URGED);
        }
        if (textCue(i, violent)) {
            any = true;
            s.add(DangerSignal.TEXT_CUE);
        }
        return any;
    }

    private boolean textCue(Incident i, boolean violent) {
        // Words are read only in what happened lately: an old message that names a place or a weapon is on record
        // (the structured facts above still count whenever they were given), but is no sign of danger now. This also
        // keeps planning fast for cases with thousands of old incidents.
        if (!recent(i.occurredAt())) {
            return false;
        }
        // The harasser's words and the person's account; each cue is looked for in one text at a time.
        List<String> texts = new ArrayList<>(i.quotes().size() + 2);
        for (Quote q : i.quotes()) {
            texts.add(q.text());
        }
        i.summary().ifPresent(texts::add);
        i.account().ifPresent(texts::add);
        boolean threat = violent || i.kinds().contains(HarassmentKind.STALKING_OR_MONITORING)
                || i.kinds().contains(HarassmentKind.DOXXING);
        for (String t : texts) {
            if (NEARBY_CUE.matcher(t).find() || URGE_CUE.matcher(t).find()) {
                return true;
            }
            if (violent && (PLACE_CUE.matcher(t).find() || WEAPON_CUE.matcher(t).find())) {
                return true;
            }
            if (threat && TIME_CUE.matcher(t).find() && (violent || PLACE_CUE.matcher(t).find())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an incident may have happened within {@link #RECENT_WINDOW} of the moment of planning. */
    private boolean recent(IncidentTime t) {
        Optional<OffsetDateTime> at = t.instant().isPresent() ? t.instant() : t.to();
        if (at.isPresent()) {
            return !at.get().toInstant().isBefore(recentFrom);
        }
        if (t.date().isPresent()) {
            return !t.date().get().plusDays(1).atStartOfDay(t.zone()).toInstant().isBefore(recentFrom);
        }
        return true; // no time at all: it may be recent
    }

    /**
     * {@return whether the incident is a threat of violence, of sexual violence or to kill}
     *
     * @param i any incident
     */
    public static boolean isViolentThreat(Incident i) {
        for (HarassmentKind k : VIOLENT_THREATS) {
            if (i.kinds().contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** {@return the person's age in whole years at the moment of planning, when the date of birth is known} */
    public OptionalInt ageNowYears() {
        return dateOfBirth == null ? OptionalInt.empty()
                : OptionalInt.of(Period.between(dateOfBirth, asOf.toLocalDate()).getYears());
    }

    /**
     * The person's age in whole years when the incident happened (its earliest moment), when the date of birth is
     *     known.
     *
     * @param i an incident of the assessed case
     * @return the age in whole years at the incident's earliest moment; empty without a date of birth
     */
    public OptionalInt ageYears(Incident i) {
        return dateOfBirth == null ? OptionalInt.empty()
                : OptionalInt.of(Period.between(dateOfBirth, day(i)).getYears());
    }

    private static LocalDate day(Incident i) {
        return i.occurredAt().earliest().atZone(i.occurredAt().zone()).toLocalDate();
    }

    /**
     * How old the person was at the incident: a child if the incident says so or the date of birth makes them under
     * 18 then; an adult if the date of birth, or a recorded "no" with no date of birth, says so; otherwise unknown.
     *
     * @param i an incident of the assessed case
     * @return {@code CHILD}, {@code ADULT} or {@code UNKNOWN}
     */
    public AgeAtTime age(Incident i) {
        if (i.personUnder18().isYes()) {
            return AgeAtTime.CHILD;
        }
        OptionalInt years = ageYears(i);
        if (years.isPresent()) {
            return years.getAsInt() < 18 ? AgeAtTime.CHILD : AgeAtTime.ADULT;
        }
        return i.personUnder18().isNo() ? AgeAtTime.ADULT : AgeAtTime.UNKNOWN;
    }

    /** {@return how old the person is at the moment of planning, by date of birth; unknown without one} */
    public AgeAtTime ageNow() {
        OptionalInt years = ageNowYears();
        if (years.isEmpty()) {
            return AgeAtTime.UNKNOWN;
        }
        return years.getAsInt() < 18 ? AgeAtTime.CHILD : AgeAtTime.ADULT;
    }

    /**
     * {@return whether the person was a child at the incident}
     *
     * @param i an incident of the assessed case
     */
    public boolean child(Incident i) {
        return age(i) == AgeAtTime.CHILD;
    }

    /** {@return whether the person is a child now, or was at any incident of the case} */
    public boolean anyChild() {
        return ageNow() == AgeAtTime.CHILD || anyChildIncident;
    }

    /**
     * Whether the person is known to be an adult now and at every incident. Routes for adults only are offered
     * without an age condition only when this holds.
     *
     * @return {@code true} only when the person's age is known to be 18 or over now and at every incident
     */
    public boolean knownAdult() {
        AgeAtTime now = ageNow();
        if (now == AgeAtTime.CHILD || anyChildIncident) {
            return false;
        }
        return now == AgeAtTime.ADULT || everyIncidentAdult;
    }

    /**
     * Whether the incident involves an intimate image: recorded as such, of an intimate-image kind, or a demand for
     * more images. A sextortion whose image is not recorded as absent counts too.
     *
     * @param i any incident
     * @return whether the incident involves an intimate image
     */
    public static boolean intimateImage(Incident i) {
        if (i.intimateImage().isYes()
                || i.kinds().contains(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)
                || i.kinds().contains(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE)
                || i.demandKinds().contains(DemandKind.MORE_IMAGES)
                || i.demandKinds().contains(DemandKind.SEXUAL_ACTS)) {
            return true;
        }
        return i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL) && !i.intimateImage().isNo();
    }

    /**
     * Whether the incident's material is a sexual image of a child: the content is recorded as involving a child,
     * or an intimate image is involved and the person was a child at the time. Such material is never captured,
     * stored, embedded, listed for export or shown; only where it is gets recorded and reported.
     *
     * @param i an incident of the assessed case
     * @return whether the incident's material is a sexual image of a child
     */
    public boolean childSexualImage(Incident i) {
        return i.involvesChild().isYes() || (intimateImage(i) && child(i));
    }

    /** {@return whether any incident's material is a sexual image of a child} */
    public boolean anyChildSexualImage() {
        return anyChildSexualImage;
    }

    /** {@return whether any incident involves an intimate image} */
    public boolean anyIntimateImage() {
        return anyIntimateImage;
    }

    /**
     * The ids of evidence records whose content must never be embedded, listed with a hash for export, or shown:
     * those of incidents with a sexual image of a child (and their quotes), and any record already marked as child
     * abuse material that was not stored.
     *
     * @return the evidence ids, each once, in the order incidents and records appear in the case (read-only)
     */
    public Set<String> childSexualImageEvidenceIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Incident i : c.incidents()) {
            if (childSexualImage(i)) {
                ids.addAll(i.evidenceIds());
                for (Quote q : i.quotes()) {
                    ids.addAll(q.evidenceIds());
                }
            }
        }
        for (EvidenceRecord e : c.evidence()) {
            if (e.contentStatus() == ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL) {
                ids.add(e.id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /** {@return whether any party who did it is a partner, spouse (current or former), family or household member} */
    public boolean domesticHarasser() {
        for (Party p : c.parties()) {
            if (p.isDomestic() && (perpetratorIds.contains(p.id()) || perpetratorIds.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the person's own account was taken over, or an incident is hacking or account compromise} */
    public boolean accountTakeover() {
        return accountTakeover;
    }
}
