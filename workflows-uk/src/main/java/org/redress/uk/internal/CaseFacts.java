package org.redress.uk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.ProtectedCharacteristic;
import org.redress.core.model.Relationship;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportStatus;

/** What the planner needs to know about a case, gathered in one pass over its incidents. */
public final class CaseFacts {

    private static final Set<HarassmentKind> THREATS = EnumSet.of(HarassmentKind.THREAT_OF_VIOLENCE,
            HarassmentKind.THREAT_OF_SEXUAL_VIOLENCE, HarassmentKind.DEATH_THREAT);
    private static final Set<HarassmentKind> INTIMATE = EnumSet.of(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE,
            HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
    private static final Set<Relationship> IDENTIFIABLE = EnumSet.of(Relationship.CURRENT_PARTNER,
            Relationship.FORMER_PARTNER, Relationship.SPOUSE, Relationship.FORMER_SPOUSE, Relationship.FAMILY,
            Relationship.HOUSEHOLD_MEMBER, Relationship.COLLEAGUE, Relationship.FORMER_COLLEAGUE, Relationship.CLASSMATE,
            Relationship.ACQUAINTANCE);
    private static final Set<Channel> ONLINE = EnumSet.of(Channel.SOCIAL_MEDIA, Channel.MESSAGING, Channel.FORUM,
            Channel.GAMING, Channel.WEBSITE);

    final Case c;
    final Nation nation;
    final List<String> all = new ArrayList<>();
    final List<String> demands = new ArrayList<>();
    final List<String> paid = new ArrayList<>();
    final List<String> threats = new ArrayList<>();
    final List<String> adultIntimate = new ArrayList<>();
    /** Incidents whose content involves a child sexually, or intimate images of the person made under 18. */
    final List<String> child = new ArrayList<>();
    /** Intimate images of the person made when under 18 (their own images: Report Remove). */
    final List<String> ownImagesUnder18 = new ArrayList<>();
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

    CaseFacts(Case c, Nation nation) {
        this.c = c;
        this.nation = nation;
        for (Incident i : c.getIncidents()) {
            String id = i.getId();
            all.add(id);
            Set<HarassmentKind> ks = i.getKinds();
            kinds.addAll(ks);
            if (i.isFinancialDemand() || ks.contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)) {
                demands.add(id);
            }
            if (i.isMoneyPaid()) {
                paid.add(id);
            }
            if (!java.util.Collections.disjoint(ks, THREATS)) {
                threats.add(id);
            }
            boolean intimate = i.isIntimateImage() || !java.util.Collections.disjoint(ks, INTIMATE);
            if (i.isInvolvesChild() || intimate && i.isPersonUnder18()) {
                child.add(id);
                if (intimate && i.isPersonUnder18()) {
                    ownImagesUnder18.add(id);
                }
            } else if (intimate) {
                adultIntimate.add(id);
            }
            if (ks.contains(HarassmentKind.STALKING_OR_MONITORING)) {
                stalking.add(id);
            }
            if (i.isOfflineContact()) {
                offline.add(id);
            }
            if (i.getPlatform().isPresent() || !i.getLocations().isEmpty() || ONLINE.contains(i.getChannel())) {
                online.add(id);
            }
            if (ks.contains(HarassmentKind.HATE)) {
                hate.add(id);
                if (i.getProtectedCharacteristics().contains(ProtectedCharacteristic.SEXUAL_ORIENTATION)
                        || i.getProtectedCharacteristics().contains(ProtectedCharacteristic.TRANSGENDER_IDENTITY)) {
                    lgbtHate.add(id);
                }
            }
            if (ks.contains(HarassmentKind.ENCOURAGING_SELF_HARM)) {
                selfHarmEncouraged.add(id);
            }
        }
        domesticParty = c.getParties().stream().anyMatch(Party::isDomestic);
        partner = c.getParties().stream().anyMatch(Party::isPartnerOrFormerPartner);
        respondent = respondent(c);
        childSet = Set.copyOf(child);
    }

    /**
     * The party a court order would be against: a named perpetrator; else a perpetrator (or, when no incident names
     * one, any party) who is named or whom the person knows offline (partner, family, household, colleague,
     * acquaintance). Anonymous accounts and strangers are not respondents.
     */
    public static Optional<Party> respondent(Case c) {
        Set<String> perpetrators = new HashSet<>();
        c.getIncidents().forEach(i -> perpetrators.addAll(i.getPerpetratorIds()));
        Optional<Party> named = c.getParties().stream()
                .filter(p -> perpetrators.contains(p.getId()) && p.isKnown()).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return c.getParties().stream().filter(p -> (perpetrators.isEmpty() || perpetrators.contains(p.getId()))
                && (p.isKnown() || IDENTIFIABLE.contains(p.getRelationship()))).findFirst();
    }

    /** Whether there is a course of conduct: at least two incidents. */
    boolean courseOfConduct() {
        return all.size() >= 2;
    }

    /** Whether stalking is indicated: monitoring or tracking, or turning up (or threatening to) offline. */
    boolean stalkingIndicated() {
        return !stalking.isEmpty() || !offline.isEmpty();
    }

    /** Whether the harasser is, or was, a partner, or knows the person's address. */
    boolean harasserCanFindThem() {
        return partner || c.getSafety().isHarasserKnowsAddress();
    }

    /** Whether the person is under 18 on the day, or may be (no date of birth, and an image made under 18). */
    boolean personMayBeUnder18(LocalDate day) {
        return c.getSubject().under18On(day).orElse(true);
    }

    /** The first report made to a route (not a draft), if any. */
    Optional<ReportMade> report(String routeId) {
        return c.getReports().stream().filter(r -> r.getRouteId().equals(routeId) && r.getStatus() != ReportStatus.DRAFT)
                .findFirst();
    }
}
