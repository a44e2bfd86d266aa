package org.redress.tck;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.redress.core.model.Account;
import org.redress.core.model.Answer;
import org.redress.core.model.Case;
import org.redress.core.model.CaseFiler;
import org.redress.core.model.Channel;
import org.redress.core.model.ClockSource;
import org.redress.core.model.Collector;
import org.redress.core.model.DemandKind;
import org.redress.core.model.ContactMethod;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.FilledBy;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Hash;
import org.redress.core.model.ImageMaker;
import org.redress.core.model.ImmutableAddress;
import org.redress.core.model.ImmutableCaseFiler;
import org.redress.core.model.ImmutableImpactEntry;
import org.redress.core.model.ImmutableSafeContact;
import org.redress.core.model.ImmutableSafetyFacts;
import org.redress.core.model.ImpactKind;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Money;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Place;
import org.redress.core.model.ProtectedCharacteristic;
import org.redress.core.model.Quote;
import org.redress.core.model.Relationship;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportOutcome;
import org.redress.core.model.ReportStatus;
import org.redress.core.model.Tool;

/**
 * jqwik generators of valid, fictional cases, for property tests of packs, renderers and host apps.
 *
 * <p>Every generated case passes validation. Names, handles and text are made up from small fixed word lists;
 * nothing refers to a real person. Generation is driven by a seed, so jqwik shrinks and replays as usual.
 *
 * @since 1.0
 */
public final class CaseArbitraries {

    private static final String[] FIRST = {"Alex", "Sam", "Jordan", "Robin", "Kit", "Morgan", "Ash", "Rowan", "Eli",
        "Noor", "Zofia", "Ana", "Tomasz", "Ife", "Mei"};
    private static final String[] LAST = {"Example", "Sample", "Testfield", "Placeholder", "Fictional", "Madeup",
        "Nobody", "Imaginary", "Demo", "Mockridge"};
    private static final String[] PLATFORMS = {"facebook", "instagram", "x", "tiktok", "youtube", "snapchat",
        "discord", "reddit", "whatsapp", "example.org"};
    private static final String[] WORDS = {"message", "post", "comment", "photo", "account", "threat", "again",
        "late", "night", "said", "would", "find", "everyone", "share", "pay", "money", "home", "work", "fake",
        "profile", "name", "address", "Ωμέγα", "Привет", "zażółć", "naïve"};

    private CaseArbitraries() {
    }

    /**
     * Valid cases in any jurisdiction of {@code jurisdictions}, with up to 12 incidents each.
     *
     * @param jurisdictions jurisdiction codes such as {@code GB-ENG} or {@code US-CA}; at least one
     * @return an arbitrary of valid cases; the same seed gives the same case
     */
    public static Arbitrary<Case> cases(String... jurisdictions) {
        List<Jurisdiction> js = new ArrayList<>();
        for (String j : jurisdictions) {
            js.add(Jurisdiction.of(j));
        }
        return Arbitraries.longs().map(seed -> generate(new Random(seed), js, 12));
    }

    /**
     * Valid cases with up to {@code maxIncidents} incidents.
     *
     * @param maxIncidents the largest number of incidents a generated case has
     * @param jurisdictions jurisdiction codes such as {@code GB-ENG} or {@code US-CA}; at least one
     * @return an arbitrary of valid cases; the same seed gives the same case
     */
    public static Arbitrary<Case> cases(int maxIncidents, String... jurisdictions) {
        List<Jurisdiction> js = new ArrayList<>();
        for (String j : jurisdictions) {
            js.add(Jurisdiction.of(j));
        }
        return Arbitraries.longs().map(seed -> generate(new Random(seed), js, maxIncidents));
    }

    /**
     * One valid case from a seed: the same seed gives the same case.
     *
     * @param r the source of randomness; a {@code Random} created with the same seed gives the same case
     * @param jurisdictions the jurisdictions to choose the case's jurisdiction from; not empty
     * @param maxIncidents the largest number of incidents the case has
     * @return a case that passes validation
     */
    public static Case generate(Random r, List<Jurisdiction> jurisdictions, int maxIncidents) {
        Jurisdiction j = jurisdictions.get(r.nextInt(jurisdictions.size()));
        ZoneId zone = j.country().equals("US") ? ZoneId.of("America/New_York") : ZoneId.of("Europe/London");
        String name = pick(r, FIRST) + " " + pick(r, LAST);
        var cb = Case.builder().id("case-" + Long.toHexString(r.nextLong() & 0xffffffffL)).jurisdiction(j);

        var person = Person.builder().name(name);
        if (r.nextBoolean()) {
            person.dateOfBirth(LocalDate.of(1960 + r.nextInt(56), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        }
        if (r.nextBoolean()) {
            person.email(pick(r, FIRST).toLowerCase() + "@example.org");
        }
        if (r.nextBoolean()) {
            person.address(ImmutableAddress.builder().addLines(1 + r.nextInt(200) + " Example Street")
                    .locality("Sampleton").postalCode("XX1 1XX").country(j.country()).build());
        }
        if (r.nextInt(3) == 0) {
            person.addAccounts(Account.of(pick(r, PLATFORMS), "@" + pick(r, FIRST).toLowerCase() + r.nextInt(100)));
        }
        cb.subject(person.build());
        if (r.nextInt(4) == 0) {
            cb.filedBy(ImmutableCaseFiler.builder().role(FilledBy.values()[r.nextInt(FilledBy.values().length)])
                    .organisation("Example Support Service").build());
        } else {
            cb.filedBy(CaseFiler.self());
        }

        int parties = r.nextInt(3);
        List<String> partyIds = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            String id = "p" + (i + 1);
            partyIds.add(id);
            var p = Party.builder().id(id).relationship(Relationship.values()[r.nextInt(Relationship.values().length)]);
            if (r.nextBoolean()) {
                p.name(pick(r, FIRST) + " " + pick(r, LAST));
            }
            p.addAccounts(Account.of(pick(r, PLATFORMS), "@anon_" + r.nextInt(10000)));
            cb.addParties(p.build());
        }

        int evidenceCount = r.nextInt(4);
        List<String> evidenceIds = new ArrayList<>();
        OffsetDateTime base = OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC)
                .plusMinutes(r.nextInt(500_000));
        for (int i = 0; i < evidenceCount; i++) {
            String id = "e" + (i + 1);
            evidenceIds.add(id);
            byte[] digest = new byte[32];
            r.nextBytes(digest);
            var e = EvidenceRecord.builder().id(id).kind(EvidenceKind.values()[r.nextInt(EvidenceKind.values().length)])
                    .description("Fictional " + pick(r, WORDS) + " " + (i + 1))
                    .fileName("evidence-" + (i + 1) + ".png").mediaType("image/png").size((long) r.nextInt(1 << 20))
                    .addHashes(Hash.sha256(hex(digest)))
                    .capturedAt(base.plusHours(i)).captureZone(zone)
                    .clockSource(ClockSource.values()[r.nextInt(ClockSource.values().length)])
                    .collector(Collector.of("collector-1", "victim"))
                    .tool(Tool.of("redress-tck", "1"))
                    .origin(r.nextBoolean() ? EvidenceOrigin.CAPTURED_LIVE : EvidenceOrigin.IMPORTED);
            if (r.nextBoolean()) {
                e.requestedUrl(URI.create("https://social.example/p/" + r.nextInt(1_000_000)));
            }
            if (i > 0 && r.nextInt(4) == 0) {
                e.derivedFrom(evidenceIds.get(0)).transformation("Faces and names blurred");
            }
            cb.addEvidence(e.build());
        }

        int incidents = 1 + r.nextInt(Math.max(1, maxIncidents));
        List<String> incidentIds = new ArrayList<>();
        HarassmentKind[] kinds = HarassmentKind.values();
        for (int i = 0; i < incidents; i++) {
            String id = "i" + (i + 1);
            incidentIds.add(id);
            Set<HarassmentKind> ks = EnumSet.noneOf(HarassmentKind.class);
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                ks.add(kinds[r.nextInt(kinds.length)]);
            }
            var inc = Incident.builder().id(id).channel(Channel.values()[r.nextInt(Channel.values().length)])
                    .kinds(ks);
            OffsetDateTime at = base.minusDays(r.nextInt(300)).minusMinutes(r.nextInt(1440));
            switch (r.nextInt(3)) {
                case 0:
                    inc.occurredAt(IncidentTime.at(at, zone));
                    break;
                case 1:
                    inc.occurredAt(IncidentTime.on(at.toLocalDate(), zone));
                    break;
                default:
                    inc.occurredAt(IncidentTime.between(at, at.plusHours(1 + r.nextInt(48)), zone));
            }
            if (ks.contains(HarassmentKind.HATE)) {
                inc.addProtectedCharacteristics(ProtectedCharacteristic.values()[r.nextInt(ProtectedCharacteristic.values().length)]);
            }
            if (r.nextBoolean()) {
                inc.platform(pick(r, PLATFORMS));
            }
            if (r.nextBoolean()) {
                inc.addLocations(ContentLocation.url("https://social.example/p/" + r.nextInt(1_000_000)));
            }
            if (r.nextBoolean()) {
                inc.account("I saw a " + pick(r, WORDS) + " " + pick(r, WORDS) + " that said I would be "
                        + pick(r, WORDS) + ".");
            }
            if (r.nextBoolean()) {
                inc.addQuotes(Quote.of(pick(r, WORDS) + " " + pick(r, WORDS) + " " + pick(r, WORDS)));
            }
            if (!partyIds.isEmpty() && r.nextBoolean()) {
                inc.addPerpetratorIds(partyIds.get(r.nextInt(partyIds.size())));
            }
            if (!evidenceIds.isEmpty() && r.nextBoolean()) {
                inc.addEvidenceIds(evidenceIds.get(r.nextInt(evidenceIds.size())));
            }
            boolean demand = ks.contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL) || r.nextInt(8) == 0;
            inc.financialDemand(demand ? Answer.YES : answer(r, 0));
            if (demand && r.nextBoolean()) {
                inc.amountDemanded(Money.of(String.valueOf(50 + r.nextInt(2000)), j.country().equals("US") ? "USD" : "GBP"));
            }
            if (demand && r.nextInt(3) == 0) {
                inc.addDemandKinds(DemandKind.values()[r.nextInt(DemandKind.values().length)]);
            }
            inc.moneyPaid(demand ? answer(r, 4) : answer(r, 0));
            boolean image = ks.contains(HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)
                    || ks.contains(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE) || r.nextInt(10) == 0;
            inc.intimateImage(image ? Answer.YES : answer(r, 0));
            if (image && r.nextBoolean()) {
                inc.imageMadeBy(ImageMaker.values()[r.nextInt(ImageMaker.values().length)]);
            }
            inc.personUnder18(answer(r, 8));
            inc.involvesChild(answer(r, 15));
            inc.offlineContact(answer(r, 8));
            boolean threat = ks.stream().anyMatch(HarassmentKind::isViolentThreat);
            if (threat && r.nextInt(4) == 0) {
                inc.threatImminent(answer(r, 2));
            }
            if (threat && r.nextInt(6) == 0) {
                inc.threatDueAt(at.plusHours(r.nextInt(72)));
            }
            if (threat && r.nextInt(5) == 0) {
                inc.addThreatPlaces(Place.values()[r.nextInt(Place.values().length)]);
            }
            inc.weaponShown(answer(r, 20));
            inc.harasserNearby(answer(r, 20));
            if (r.nextInt(20) == 0) {
                inc.addOthersUrgedTo(Place.values()[r.nextInt(Place.values().length)]);
            }
            inc.accountTakenOver(ks.contains(HarassmentKind.HACKING_OR_ACCOUNT_COMPROMISE) ? answer(r, 2) : answer(r, 0));
            if (ks.contains(HarassmentKind.PILE_ON) && r.nextBoolean()) {
                inc.pileOnSize(2 + r.nextInt(5000));
            }
            cb.addIncidents(inc.build());
        }

        if (r.nextInt(3) == 0) {
            String[] routes = j.country().equals("US")
                    ? new String[] {"us.police", "us.platform-report", "us.take-it-down-request", "us.ic3"}
                    : new String[] {"uk.police", "uk.platform-report", "uk.report-fraud"};
            cb.addReports(ReportMade.builder().id("r1").routeId(routes[r.nextInt(routes.length)])
                    .madeAt(base.plusDays(1)).reference("REF" + r.nextInt(100000))
                    .status(ReportStatus.values()[r.nextInt(ReportStatus.values().length)])
                    .outcome(r.nextBoolean() ? Optional.empty()
                            : Optional.of(ReportOutcome.values()[r.nextInt(ReportOutcome.values().length)]))
                    .addIncidentIds(incidentIds.get(0)).build());
        }
        if (r.nextInt(3) == 0) {
            var impact = ImmutableImpactEntry.builder().date(base.toLocalDate())
                    .kind(ImpactKind.values()[r.nextInt(ImpactKind.values().length)])
                    .description("Fictional impact: " + pick(r, WORDS));
            if (r.nextBoolean()) {
                impact.amount(Money.of(new BigDecimal(r.nextInt(100000)).movePointLeft(2).toPlainString(),
                        j.country().equals("US") ? "USD" : "GBP"));
            }
            cb.addImpact(impact.build());
        }
        var safety = ImmutableSafetyFacts.builder()
                .inImmediateDanger(answer(r, 6))
                .harasserKnowsAddress(answer(r, 4))
                .childrenInvolved(answer(r, 5))
                .fearsViolence(answer(r, 4))
                .thoughtsOfSelfHarm(answer(r, 10));
        if (r.nextInt(4) == 0) {
            safety.addMeasuresTaken("Fitted a new " + pick(r, WORDS) + " lock and changed my route to work");
        }
        if (r.nextBoolean()) {
            safety.safeContact(ImmutableSafeContact.builder()
                    .method(ContactMethod.values()[r.nextInt(ContactMethod.values().length)])
                    .safeTimes("weekdays 9am to 3pm").build());
        }
        cb.safety(safety.build());
        return cb.build();
    }

    /**
     * A random answer: yes about once in {@code oneIn} (never when {@code oneIn} is 0), otherwise no or unknown.
     */
    private static Answer answer(Random r, int oneIn) {
        if (oneIn > 0 && r.nextInt(oneIn) == 0) {
            return Answer.YES;
        }
        return r.nextBoolean() ? Answer.NO : Answer.UNKNOWN;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
