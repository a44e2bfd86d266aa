package org.redress.uk.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.DemandKind;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.ProtectedCharacteristic;
import org.redress.core.model.Relationship;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportStatus;
import org.redress.core.plan.CourseOfConduct;
import org.redress.core.plan.SafetyAssessment;

/**
 * What the planner needs to know about a case, gathered in one pass over its incidents. Danger, age, child sexual
 * images, a domestic harasser and account takeover are read by {@link SafetyAssessment}, never re-derived here.
 */
public final class CaseFacts {

    private static final Set<Relationship> IDENTIFIABLE = EnumSet.of(Relationship.CURRENT_PARTNER,
            Relationship.FORMER_PARTNER, Relationship.SPOUSE, Relationship.FORMER_SPOUSE, Relationship.FAMILY,
            Relationship.HOUSEHOLD_MEMBER, Relationship.COLLEAGUE, Relationship.FORMER_COLLEAGUE, Relationship.CLASSMATE,
            Relationship.ACQUAINTANCE);
    private static final Set<HarassmentKind> MINOR_KINDS = EnumSet.of(HarassmentKind.BULLYING,
            HarassmentKind.TROLLING, HarassmentKind.HATE, HarassmentKind.OTHER);
    private static final Set<Channel> ONLINE = EnumSet.of(Channel.SOCIAL_MEDIA, Channel.MESSAGING, Channel.FORUM,
            Channel.GAMING, Channel.WEBSITE);

    final Case c;
    final Nation nation;
    final SafetyAssessment safety;
    final List<String> all = new ArrayList<>();
    final List<String> demands = new ArrayList<>();
    /** Demands made when the person was not known to be a child (Report Fraud); a child's go to CEOP and the police. */
    final List<String> adultDemands = new ArrayList<>();
    final List<String> childDemands = new ArrayList<>();
    final List<String> paid = new ArrayList<>();
    final List<String> threats = new ArrayList<>();
    /** Intimate images when the person was an adult (by date of birth or a recorded "no"). */
    final List<String> adultIntimate = new ArrayList<>();
    /** Intimate images when the person's age at the time is not known: adult and child routes, each with its condition. */
    final List<String> unknownAgeIntimate = new ArrayList<>();
    /** Incidents whose material is a sexual image of a child ({@link SafetyAssessment#childSexualImage}). */
    final List<String> child = new ArrayList<>();
    /** Intimate images of the person when they were under 18 (their own images: Report Remove). */
    final List<String> ownImagesUnder18 = new ArrayList<>();
    /** Incidents when the person was a child, or whose content involves one. */
    final List<String> childIncidents = new ArrayList<>();
    /** Sexual harm to a child CEOP takes: images, sexual threats, sextortion, cyberflashing. */
    final List<String> childSexualHarm = new ArrayList<>();
    final List<String> accountTakeover = new ArrayList<>();
    final List<String> stalking = new ArrayList<>();
    final List<String> offline = new ArrayList<>();
    final List<String> online = new ArrayList<>();
    final List<String> lgbtHate = new ArrayList<>();
    final List<String> hate = new ArrayList<>();
    final List<String> selfHarmEncouraged = new ArrayList<>();
    final Set<HarassmentKind> kinds = EnumSet.noneOf(HarassmentKind.class);
    final boolean domesticParty;
    final boolean partner;
    final Optional<Party> respondent;
    final Set<String> childSet;
    private final boolean courseOfConduct;
    /** Demands made when the person's age at the time is not known: adult and child routes, each with its condition. */
    final List<String> unknownAgeDemands = new ArrayList<>();
    /** Demands for money, gift cards or cryptocurrency (Report Fraud), not for images or acts. */
    final List<String> moneyDemands = new ArrayList<>();
    /** Sexual harm when the person's age at the time is not known: CEOP if they were under 18. */
    final List<String> unknownAgeSexualHarm = new ArrayList<>();

    CaseFacts(Case c, Nation nation, OffsetDateTime asOf) {
        this.c = c;
        this.nation = nation;
        this.safety = SafetyAssessment.of(c, asOf);
        for (Incident i : c.incidents()) {
            String id = i.id();
            all.add(id);
            Set<HarassmentKind> ks = i.kinds();
            kinds.addAll(ks);
            boolean isChild = safety.child(i);
            if (i.isFinancialDemand() || ks.contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)) {
                demands.add(id);
                SafetyAssessment.AgeAtTime age = safety.age(i);
                (isChild ? childDemands : age == SafetyAssessment.AgeAtTime.ADULT ? adultDemands : unknownAgeDemands)
                        .add(id);
                if (moneyDemand(i)) {
                    moneyDemands.add(id);
                }
            }
            if (i.isMoneyPaid()) {
                paid.add(id);
            }
            if (SafetyAssessment.isViolentThreat(i)) {
                threats.add(id);
            }
            boolean intimate = SafetyAssessment.intimateImage(i);
            if (isChild || i.isInvolvesChild()) {
                childIncidents.add(id);
            }
            if (safety.childSexualImage(i)) {
                child.add(id);
                if (intimate && isChild) {
                    ownImagesUnder18.add(id);
                }
            } else if (intimate) {
                (safety.age(i) == SafetyAssessment.AgeAtTime.ADULT ? adultIntimate : unknownAgeIntimate).add(id);
            }
            if (isChild && (intimate || ks.contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)
                    || ks.contains(HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE)
                    || ks.contains(HarassmentKind.CYBERFLASHING)) || i.isInvolvesChild()) {
                childSexualHarm.add(id);
            } else if (!isChild && safety.age(i) == SafetyAssessment.AgeAtTime.UNKNOWN && (intimate
                    || ks.contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL))) {
                unknownAgeSexualHarm.add(id);
            }
            if (isChild && !childSexualHarm.contains(id) && byAdultKnownOnlyOnline(c, i)) {
                childSexualHarm.add(id);
                groomingRisk.add(id);
            }
            if (i.accountTakenOver().isYes() || ks.contains(HarassmentKind.HACKING_OR_ACCOUNT_COMPROMISE)) {
                accountTakeover.add(id);
            }
            if (ks.contains(HarassmentKind.STALKING_OR_MONITORING)) {
                stalking.add(id);
            }
            if (i.isOfflineContact()) {
                offline.add(id);
            }
            if (i.platform().isPresent() || !i.locations().isEmpty() || ONLINE.contains(i.channel())) {
                online.add(id);
            }
            if (ks.contains(HarassmentKind.HATE)) {
                hate.add(id);
                if (i.protectedCharacteristics().contains(ProtectedCharacteristic.SEXUAL_ORIENTATION)
                        || i.protectedCharacteristics().contains(ProtectedCharacteristic.TRANSGENDER_IDENTITY)) {
                    lgbtHate.add(id);
                }
            }
            if (ks.contains(HarassmentKind.ENCOURAGING_SELF_HARM)) {
                selfHarmEncouraged.add(id);
            }
        }
        domesticParty = safety.domesticHarasser();
        partner = c.parties().stream().anyMatch(Party::isPartnerOrFormerPartner);
        respondent = respondent(c);
        childSet = Set.copyOf(child);
        courseOfConduct = CourseOfConduct.inCase(c);
    }

    /** Incidents where a child is contacted by an adult they know only online (CEOP: possible grooming). */
    final List<String> groomingRisk = new ArrayList<>();

    /** Whether a demand is for money or its like (not for images or acts): what Report Fraud takes. */
    static boolean moneyDemand(Incident i) {
        return i.amountDemanded().isPresent() || i.isMoneyPaid()
                || i.demandKinds().contains(DemandKind.MONEY) || i.demandKinds().contains(DemandKind.GIFT_CARDS)
                || i.demandKinds().contains(DemandKind.CRYPTOCURRENCY)
                || i.isFinancialDemand() && i.demandKinds().isEmpty();
    }

    /**
     * Whether the incident is by someone the person knows only online who is not known to be a child: a child in
     * contact with such a person is who CEOP's advisors help, whatever the kind of harassment recorded.
     */
    private static boolean byAdultKnownOnlyOnline(Case c, Incident i) {
        for (String pid : i.perpetratorIds()) {
            for (Party p : c.parties()) {
                if (p.id().equals(pid) && p.relationship() == Relationship.ONLINE_CONTACT
                        && !p.minor().isYes()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The party a court order would be against: a named perpetrator; else a perpetrator (or, when no incident names
     * one, any party) who is named or whom the person knows offline (partner, family, household, colleague,
     * acquaintance). Anonymous accounts and strangers are not respondents.
     */
    public static Optional<Party> respondent(Case c) {
        Set<String> perpetrators = new HashSet<>();
        c.incidents().forEach(i -> perpetrators.addAll(i.perpetratorIds()));
        Optional<Party> named = c.parties().stream()
                .filter(p -> perpetrators.contains(p.id()) && p.isKnown()).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return c.parties().stream().filter(p -> (perpetrators.isEmpty() || perpetrators.contains(p.id()))
                && (p.isKnown() || IDENTIFIABLE.contains(p.relationship()))).findFirst();
    }

    /** Whether there is a course of conduct: at least two incidents that may be by the same person. */
    boolean courseOfConduct() {
        return courseOfConduct;
    }

    /** Whether stalking is indicated: monitoring or tracking, or turning up (or threatening to) offline. */
    boolean stalkingIndicated() {
        return !stalking.isEmpty() || !offline.isEmpty();
    }

    /**
     * Whether the harasser may be a partner or family member: a domestic party, or one whose relationship is not
     * recorded (no party, or a party marked unknown). A stranger, colleague or acquaintance who knows the address
     * gets stalking advice, not a domestic abuse helpline.
     */
    boolean relationshipMayBeDomestic() {
        return domesticParty || c.parties().isEmpty()
                || c.parties().stream().anyMatch(p -> p.relationship() == Relationship.UNKNOWN);
    }

    /** Whether the harasser is, or was, a partner, or knows the person's address. */
    boolean harasserCanFindThem() {
        return partner || c.safety().isHarasserKnowsAddress();
    }

    /** Whether the person may be under 18 now: a child by date of birth, or no date of birth. */
    boolean mayBeChildNow() {
        return safety.ageNow() != SafetyAssessment.AgeAtTime.ADULT;
    }

    /**
     * Whether the case is one abusive message or post from someone the person does not know, with nothing that
     * raises the risk: it gets a short plan (preserve, report to the platform), not every route the pack knows.
     */
    boolean minor() {
        if (all.size() != 1 || safety.immediateDanger() || safety.anyChild() || domesticParty
                || respondent.isPresent() || c.safety().isFearsViolence() || c.safety().isHarasserKnowsAddress()
                || c.safety().isThoughtsOfSelfHarm()) {
            return false;
        }
        Incident i = c.incidents().get(0);
        return MINOR_KINDS.containsAll(i.kinds()) && !i.kinds().isEmpty() && i.pileOnSize().isEmpty()
                && !i.isOfflineContact() && !i.isFinancialDemand() && !SafetyAssessment.intimateImage(i)
                && accountTakeover.isEmpty() && !i.isInvolvesChild();
    }

    /** The first report made to a route (not a draft), if any. */
    Optional<ReportMade> report(String routeId) {
        return c.reports().stream().filter(r -> r.routeId().equals(routeId) && r.status() != ReportStatus.DRAFT)
                .findFirst();
    }
}
