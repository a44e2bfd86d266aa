package org.redress.us.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.ImageMaker;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Party;
import org.redress.core.model.Relationship;
import org.redress.core.plan.CourseOfConduct;
import org.redress.core.plan.SafetyAssessment;
import org.redress.core.route.LegalBasis;
import org.redress.us.UsJurisdictions;

/**
 * What the planning rules need to know about a case, worked out in one pass over its incidents (so planning stays
 * linear in the number of incidents). Each list holds the ids of the incidents that show the fact, in case order.
 */
public final class Facts {

    private static final long THREATS = mask(HarassmentKind.THREAT_OF_VIOLENCE,
            HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE, HarassmentKind.DEATH_THREAT);
    private static final long SEXUAL_TO_MINOR = mask(HarassmentKind.SEXTORTION_OR_BLACKMAIL,
            HarassmentKind.CYBERFLASHING, HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE,
            HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE, HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
    private static final long LETTER_KINDS = mask(HarassmentKind.RUMOURS_OR_DEFAMATION,
            HarassmentKind.IMPERSONATION, HarassmentKind.BULLYING, HarassmentKind.TROLLING, HarassmentKind.DOXXING,
            HarassmentKind.FALSE_REPORTING, HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE);
    private static final long NOT_CRIMINAL_ALONE = mask(HarassmentKind.RUMOURS_OR_DEFAMATION,
            HarassmentKind.FALSE_REPORTING);
    private static final long INTIMATE_KINDS = mask(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE,
            HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
    private static final long STALKING = mask(HarassmentKind.STALKING_OR_MONITORING);
    private static final long SEXTORTION = mask(HarassmentKind.SEXTORTION_OR_BLACKMAIL);
    private static final long HACKING = mask(HarassmentKind.HACKING_OR_ACCOUNT_COMPROMISE);
    private static final long IMPERSONATION = mask(HarassmentKind.IMPERSONATION);
    private static final long DOXXING = mask(HarassmentKind.DOXXING);
    private static final long SELF_HARM = mask(HarassmentKind.ENCOURAGING_SELF_HARM);
    private static final long DEFAMATION = mask(HarassmentKind.RUMOURS_OR_DEFAMATION);

    static {
        if (HarassmentKind.values().length > Long.SIZE) {
            throw new ExceptionInInitializerError("HarassmentKind has more values than a long has bits");
        }
    }

    final Case c;
    /** The one reading of danger, age and child sexual images, shared with every pack (never re-derived here). */
    final SafetyAssessment safety;
    final boolean subjectMinor;
    /** Every incident id, by position in the case. */
    private final String[] ids;
    final IncidentIds all;
    final IncidentIds threats;
    final IncidentIds stalking;
    final IncidentIds sextortion;
    final IncidentIds financialDemand;
    final IncidentIds moneyDemandedOrPaid;
    final IncidentIds hacking;
    final IncidentIds intimate;
    final IncidentIds adultIntimate;
    /** Adult intimate images the person made themselves (so may hold the copyright). */
    final IncidentIds ownImage;
    /** Incidents whose material is a sexual image of a child ({@link SafetyAssessment#childSexualImage}). */
    final IncidentIds childImage;
    /** Intimate images when the person's age at the time is not known: adult and child routes, each with its condition. */
    final IncidentIds unknownAgeIntimate;
    /** A child in contact with an adult they know only online (possible enticement: the CyberTipline). */
    final IncidentIds groomingRisk;
    final IncidentIds impersonation;
    final IncidentIds doxxing;
    final IncidentIds child;
    final IncidentIds minor;
    final IncidentIds minorSexual;
    final IncidentIds online;
    final IncidentIds selfHarm;
    final IncidentIds offline;
    final IncidentIds criminal;
    final IncidentIds letter;
    final IncidentIds civil;
    final IncidentIds orderGrounds;
    final IncidentIds withPerpetrator;
    final Map<LegalBasis, IncidentIds> offences = new LinkedHashMap<>();
    final Map<String, Party> parties = new HashMap<>();
    boolean domestic;
    boolean partner;
    /** Read once from {@link #safety}: each of these walks every incident. */
    private boolean domesticHarasser;
    private boolean danger;
    private boolean accountTakeover;
    private boolean knownAdult;
    private boolean anyChildSexualImage;
    boolean namedPerpetrator;

    /** Works out the facts of a case at the moment of planning (threat times and the person's age are read then). */
    public Facts(Case c, OffsetDateTime asOf, List<OffenceRule> rules) {
        this.c = c;
        this.safety = SafetyAssessment.of(c, asOf);
        this.subjectMinor = safety.ageNow() == SafetyAssessment.AgeAtTime.CHILD;
        List<Incident> incidents = c.incidents();
        ids = new String[incidents.size()];
        for (int p = 0; p < ids.length; p++) {
            ids[p] = incidents.get(p).id();
        }
        all = none();
        threats = none();
        stalking = none();
        sextortion = none();
        financialDemand = none();
        moneyDemandedOrPaid = none();
        hacking = none();
        intimate = none();
        adultIntimate = none();
        ownImage = none();
        childImage = none();
        unknownAgeIntimate = none();
        groomingRisk = none();
        impersonation = none();
        doxxing = none();
        child = none();
        minor = none();
        minorSexual = none();
        online = none();
        selfHarm = none();
        offline = none();
        criminal = none();
        letter = none();
        civil = none();
        orderGrounds = none();
        withPerpetrator = none();
        for (Party p : c.parties()) {
            parties.put(p.id(), p);
            domestic |= p.isDomestic();
            partner |= p.isPartnerOrFormerPartner();
        }
        Jurisdiction j = c.jurisdiction();
        List<OffenceRule> applicable = new ArrayList<>();
        for (OffenceRule r : rules) {
            Set<Jurisdiction> js = r.law().jurisdictions();
            if (js.contains(UsJurisdictions.UNITED_STATES) || js.contains(j)) {
                applicable.add(r);
            }
        }
        // each rule's kinds and flags as bits, so that matching an incident is two AND operations per rule
        long[] ruleKinds = new long[applicable.size()];
        int[] ruleFlags = new int[applicable.size()];
        List<IncidentIds> ruleHits = new ArrayList<>();
        for (int r = 0; r < applicable.size(); r++) {
            ruleKinds[r] = mask(applicable.get(r).kinds());
            for (OffenceRule.Flag flag : applicable.get(r).flags()) {
                ruleFlags[r] |= 1 << flag.ordinal();
            }
            ruleHits.add(none());
        }
        for (int p = 0; p < ids.length; p++) {
            Incident i = incidents.get(p);
            long kinds = mask(i.kinds());
            classify(i, p, kinds);
            int flags = flags(i);
            for (int r = 0; r < ruleKinds.length; r++) {
                if ((kinds & ruleKinds[r]) != 0 || (flags & ruleFlags[r]) != 0) {
                    ruleHits.get(r).add(p);
                }
            }
        }
        this.danger = safety.immediateDanger();
        this.domesticHarasser = domestic || safety.domesticHarasser();
        this.accountTakeover = safety.accountTakeover();
        this.knownAdult = safety.knownAdult();
        this.anyChildSexualImage = !childImage.isEmpty();
        for (int r = 0; r < applicable.size(); r++) {
            OffenceRule rule = applicable.get(r);
            IncidentIds hits = ruleHits.get(r);
            // A course of conduct (minIncidents 2) needs two occasions by the same person, not two people once each.
            if (hits.size() >= rule.minIncidents() && (rule.minIncidents() < 2 || CourseOfConduct.among(c, hits))) {
                offences.merge(rule.law(), hits, IncidentIds::union);
            }
        }
    }

    /** No incidents of this case yet. */
    private IncidentIds none() {
        return new IncidentIds(ids);
    }

    private void classify(Incident i, int p, long k) {
        all.add(p);
        boolean threat = (k & THREATS) != 0;
        boolean isMinor = safety.child(i) || i.isInvolvesChild() || subjectMinor;
        boolean image = i.isIntimateImage() || (k & INTIMATE_KINDS) != 0;
        threats.addIf(threat, p);
        stalking.addIf((k & STALKING) != 0, p);
        sextortion.addIf((k & SEXTORTION) != 0, p);
        financialDemand.addIf(i.isFinancialDemand() || i.isMoneyPaid(), p);
        moneyDemandedOrPaid.addIf(i.amountDemanded().isPresent() || i.isMoneyPaid(), p);
        hacking.addIf((k & HACKING) != 0 || i.accountTakenOver().isYes(), p);
        impersonation.addIf((k & IMPERSONATION) != 0, p);
        doxxing.addIf((k & DOXXING) != 0, p);
        intimate.addIf(image, p);
        adultIntimate.addIf(image && !isMinor, p);
        boolean ageUnknown = !isMinor && safety.age(i) == SafetyAssessment.AgeAtTime.UNKNOWN;
        unknownAgeIntimate.addIf(SafetyAssessment.intimateImage(i) && ageUnknown, p);
        // Copyright is asserted only for an image of someone known to be an adult when it was made.
        ownImage.addIf(image && !isMinor && !ageUnknown && i.imageMadeBy().orElse(null) == ImageMaker.PERSON, p);
        boolean childSexualImage = safety.childSexualImage(i);
        childImage.addIf(childSexualImage, p);
        child.addIf(i.isInvolvesChild(), p);
        minor.addIf(isMinor, p);
        minorSexual.addIf(childSexualImage || isMinor && (image || (k & SEXUAL_TO_MINOR) != 0), p);
        online.addIf(i.platform().isPresent() || !i.locations().isEmpty(), p);
        selfHarm.addIf((k & SELF_HARM) != 0, p);
        offline.addIf(i.isOfflineContact(), p);
        criminal.addIf((k & ~NOT_CRIMINAL_ALONE) != 0 || i.isOfflineContact(), p);
        letter.addIf((k & LETTER_KINDS) != 0, p);
        civil.addIf(image || (k & DEFAMATION) != 0, p);
        orderGrounds.addIf(threat || (k & STALKING) != 0 || i.isOfflineContact(), p);
        if (safety.child(i) && !childSexualImage) {
            for (String id : i.perpetratorIds()) {
                Party party = parties.get(id);
                if (party != null && party.relationship() == Relationship.ONLINE_CONTACT
                        && !party.minor().isYes()) {
                    groomingRisk.add(p);
                    break;
                }
            }
        }
        if (!i.perpetratorIds().isEmpty()) {
            withPerpetrator.add(p);
            if (!namedPerpetrator) {
                for (String id : i.perpetratorIds()) {
                    Party party = parties.get(id);
                    if (party != null && party.isKnown()) {
                        namedPerpetrator = true;
                    }
                }
            }
        }
    }

    /** The kinds as bits, by ordinal. */
    private static long mask(Iterable<HarassmentKind> kinds) {
        long m = 0;
        for (HarassmentKind k : kinds) {
            m |= 1L << k.ordinal();
        }
        return m;
    }

    private static long mask(HarassmentKind... kinds) {
        return mask(List.of(kinds));
    }

    /** The incident's facts that offence rules can name ({@link OffenceRule#matches}), as bits by ordinal. */
    private static int flags(Incident i) {
        int f = 0;
        if (i.isIntimateImage()) {
            f |= 1 << OffenceRule.Flag.INTIMATE_IMAGE.ordinal();
        }
        if (i.isInvolvesChild()) {
            f |= 1 << OffenceRule.Flag.INVOLVES_CHILD.ordinal();
        }
        if (i.isFinancialDemand()) {
            f |= 1 << OffenceRule.Flag.FINANCIAL_DEMAND.ordinal();
        }
        if (i.isOfflineContact()) {
            f |= 1 << OffenceRule.Flag.OFFLINE_CONTACT.ordinal();
        }
        return f;
    }

    /** Whether a minor is involved anywhere in the case (the person, or any incident). */
    boolean anyMinor() {
        return subjectMinor || !minor.isEmpty();
    }

    /** Whether the facts show danger now. */
    boolean danger() {
        return danger;
    }

    /** Whether the person's own account was taken over. */
    boolean accountTakeover() {
        return accountTakeover;
    }

    /** Whether the person is known to be an adult now and at every incident. */
    boolean knownAdult() {
        return knownAdult;
    }

    /** Whether any incident's material is a sexual image of a child. */
    boolean anyChildSexualImage() {
        return anyChildSexualImage;
    }

    /** Whether a partner, spouse, family or household member did it (or, with no perpetrator named, is a party). */
    boolean domesticHarasser() {
        return domesticHarasser;
    }

    /** Whether the harasser is or was the person's partner or spouse. */
    boolean partnerHarasser() {
        return partner;
    }

    /** The offences and claims the conduct may amount to, of the given kinds, federal only or all. */
    List<LegalBasis> offences(boolean federalOnly, org.redress.core.route.LegalBasisKind kind) {
        List<LegalBasis> out = new ArrayList<>();
        for (LegalBasis l : offences.keySet()) {
            if (l.kind() == kind && (!federalOnly || l.jurisdictions().contains(UsJurisdictions.UNITED_STATES))) {
                out.add(l);
            }
        }
        return out;
    }

    /** The incidents behind the given offences, in case order, each once. */
    IncidentIds incidentsOf(List<LegalBasis> laws) {
        BitSet bits = new BitSet();
        laws.forEach(l -> bits.or(offences.get(l).positions()));
        return IncidentIds.of(ids, bits);
    }

    /** The incidents at these positions of the case. */
    IncidentIds at(BitSet positions) {
        return IncidentIds.of(ids, positions);
    }
}
