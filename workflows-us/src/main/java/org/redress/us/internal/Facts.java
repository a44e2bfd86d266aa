package org.redress.us.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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

/**
 * What the planning rules need to know about a case, worked out in one pass over its incidents (so planning stays
 * linear in the number of incidents). Each list holds the ids of the incidents that show the fact, in case order.
 */
public final class Facts {

    private static final Set<HarassmentKind> THREATS = Set.of(HarassmentKind.THREAT_OF_VIOLENCE,
            HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE, HarassmentKind.DEATH_THREAT);
    private static final Set<HarassmentKind> SEXUAL_TO_MINOR = Set.of(HarassmentKind.SEXTORTION_OR_BLACKMAIL,
            HarassmentKind.CYBERFLASHING, HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE,
            HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE, HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
    private static final Set<HarassmentKind> LETTER_KINDS = Set.of(HarassmentKind.RUMOURS_OR_DEFAMATION,
            HarassmentKind.IMPERSONATION, HarassmentKind.BULLYING, HarassmentKind.TROLLING, HarassmentKind.DOXXING,
            HarassmentKind.FALSE_REPORTING, HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE);
    private static final Set<HarassmentKind> NOT_CRIMINAL_ALONE = Set.of(HarassmentKind.RUMOURS_OR_DEFAMATION,
            HarassmentKind.FALSE_REPORTING);

    final Case c;
    /** The one reading of danger, age and child sexual images, shared with every pack (never re-derived here). */
    final SafetyAssessment safety;
    final boolean subjectMinor;
    final List<String> all = new ArrayList<>();
    final List<String> threats = new ArrayList<>();
    final List<String> stalking = new ArrayList<>();
    final List<String> sextortion = new ArrayList<>();
    final List<String> financialDemand = new ArrayList<>();
    final List<String> moneyDemandedOrPaid = new ArrayList<>();
    final List<String> hacking = new ArrayList<>();
    final List<String> intimate = new ArrayList<>();
    final List<String> adultIntimate = new ArrayList<>();
    /** Adult intimate images the person made themselves (so may hold the copyright). */
    final List<String> ownImage = new ArrayList<>();
    /** Incidents whose material is a sexual image of a child ({@link SafetyAssessment#childSexualImage}). */
    final List<String> childImage = new ArrayList<>();
    /** Intimate images when the person's age at the time is not known: adult and child routes, each with its condition. */
    final List<String> unknownAgeIntimate = new ArrayList<>();
    /** A child in contact with an adult they know only online (possible enticement: the CyberTipline). */
    final List<String> groomingRisk = new ArrayList<>();
    final List<String> impersonation = new ArrayList<>();
    final List<String> doxxing = new ArrayList<>();
    final List<String> child = new ArrayList<>();
    final List<String> minor = new ArrayList<>();
    final List<String> minorSexual = new ArrayList<>();
    final List<String> online = new ArrayList<>();
    final List<String> selfHarm = new ArrayList<>();
    final List<String> offline = new ArrayList<>();
    final List<String> criminal = new ArrayList<>();
    final List<String> letter = new ArrayList<>();
    final List<String> civil = new ArrayList<>();
    final List<String> orderGrounds = new ArrayList<>();
    final List<String> withPerpetrator = new ArrayList<>();
    final Map<LegalBasis, List<String>> offences = new LinkedHashMap<>();
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
        for (Party p : c.getParties()) {
            parties.put(p.getId(), p);
            domestic |= p.isDomestic();
            partner |= p.isPartnerOrFormerPartner();
        }
        Jurisdiction j = c.getJurisdiction();
        List<OffenceRule> applicable = new ArrayList<>();
        for (OffenceRule r : rules) {
            Set<Jurisdiction> js = r.law().getJurisdictions();
            if (js.contains(Jurisdiction.UNITED_STATES) || js.contains(j)) {
                applicable.add(r);
            }
        }
        List<List<String>> ruleHits = new ArrayList<>();
        applicable.forEach(r -> ruleHits.add(new ArrayList<>()));
        for (Incident i : c.getIncidents()) {
            classify(i);
            for (int r = 0; r < applicable.size(); r++) {
                if (applicable.get(r).matches(i)) {
                    ruleHits.get(r).add(i.getId());
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
            List<String> hits = ruleHits.get(r);
            // A course of conduct (minIncidents 2) needs two occasions by the same person, not two people once each.
            if (hits.size() >= rule.minIncidents() && (rule.minIncidents() < 2 || CourseOfConduct.among(c, hits))) {
                List<String> ids = offences.computeIfAbsent(rule.law(), k -> new ArrayList<>());
                if (ids.isEmpty()) {
                    ids.addAll(hits);
                } else {
                    Set<String> seen = new java.util.HashSet<>(ids);
                    hits.stream().filter(seen::add).forEach(ids::add);
                }
            }
        }
    }

    private void classify(Incident i) {
        String id = i.getId();
        Set<HarassmentKind> k = i.getKinds();
        all.add(id);
        boolean threat = k.stream().anyMatch(THREATS::contains);
        boolean isMinor = safety.child(i) || i.isInvolvesChild() || subjectMinor;
        boolean image = i.isIntimateImage() || k.contains(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)
                || k.contains(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
        add(threats, threat, id);
        add(stalking, k.contains(HarassmentKind.STALKING_OR_MONITORING), id);
        add(sextortion, k.contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL), id);
        add(financialDemand, i.isFinancialDemand() || i.isMoneyPaid(), id);
        add(moneyDemandedOrPaid, i.getAmountDemanded().isPresent() || i.isMoneyPaid(), id);
        add(hacking, k.contains(HarassmentKind.HACKING_OR_ACCOUNT_COMPROMISE) || i.getAccountTakenOver().isYes(), id);
        add(impersonation, k.contains(HarassmentKind.IMPERSONATION), id);
        add(doxxing, k.contains(HarassmentKind.DOXXING), id);
        add(intimate, image, id);
        add(adultIntimate, image && !isMinor, id);
        boolean ageUnknown = !isMinor && safety.age(i) == SafetyAssessment.AgeAtTime.UNKNOWN;
        add(unknownAgeIntimate, SafetyAssessment.intimateImage(i) && ageUnknown, id);
        // Copyright is asserted only for an image of someone known to be an adult when it was made.
        add(ownImage, image && !isMinor && !ageUnknown && i.getImageMadeBy().orElse(null) == ImageMaker.PERSON, id);
        boolean childSexualImage = safety.childSexualImage(i);
        add(childImage, childSexualImage, id);
        add(child, i.isInvolvesChild(), id);
        add(minor, isMinor, id);
        add(minorSexual, childSexualImage || isMinor && (image || k.stream().anyMatch(SEXUAL_TO_MINOR::contains)), id);
        add(online, i.getPlatform().isPresent() || !i.getLocations().isEmpty(), id);
        add(selfHarm, k.contains(HarassmentKind.ENCOURAGING_SELF_HARM), id);
        add(offline, i.isOfflineContact(), id);
        add(criminal, !NOT_CRIMINAL_ALONE.containsAll(k) || i.isOfflineContact(), id);
        add(letter, k.stream().anyMatch(LETTER_KINDS::contains), id);
        add(civil, image || k.contains(HarassmentKind.RUMOURS_OR_DEFAMATION), id);
        add(orderGrounds, threat || k.contains(HarassmentKind.STALKING_OR_MONITORING) || i.isOfflineContact(), id);
        if (safety.child(i) && !childSexualImage) {
            for (String p : i.getPerpetratorIds()) {
                Party party = parties.get(p);
                if (party != null && party.getRelationship() == Relationship.ONLINE_CONTACT && !party.getMinor().isYes()) {
                    groomingRisk.add(id);
                    break;
                }
            }
        }
        if (!i.getPerpetratorIds().isEmpty()) {
            withPerpetrator.add(id);
            for (String p : i.getPerpetratorIds()) {
                Party party = parties.get(p);
                if (party != null && party.isKnown()) {
                    namedPerpetrator = true;
                }
            }
        }
    }

    private static void add(List<String> list, boolean when, String id) {
        if (when) {
            list.add(id);
        }
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
            if (l.getKind() == kind && (!federalOnly || l.getJurisdictions().contains(Jurisdiction.UNITED_STATES))) {
                out.add(l);
            }
        }
        return out;
    }

    /** The incidents behind the given offences, in case order, each once. */
    List<String> incidentsOf(List<LegalBasis> laws) {
        Set<String> ids = new java.util.HashSet<>();
        laws.forEach(l -> ids.addAll(offences.get(l)));
        List<String> out = new ArrayList<>();
        for (String id : all) {
            if (ids.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
