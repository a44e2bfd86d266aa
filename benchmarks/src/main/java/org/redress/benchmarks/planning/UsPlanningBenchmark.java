package org.redress.benchmarks.planning;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Answer;
import org.redress.core.model.Account;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.Collector;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Hash;
import org.redress.core.model.ImmutableSafetyFacts;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Money;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Quote;
import org.redress.core.model.Relationship;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportStatus;
import org.redress.core.model.Tool;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanningContext;
import org.redress.us.UsPack;

/**
 * Planning a large US case with the US pack, against reading the same case from JSON ({@code RedressJson.readCase},
 * the baseline) in the same run. Target: planning takes less than a tenth of reading, and both grow linearly with
 * the number of incidents. See docs/routes-us.md for the command and the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UsPlanningBenchmark {

    /** How many incidents the case has. */
    @Param({"1000", "10000"})
    public int incidents;

    private final UsPack pack = new UsPack();
    private final PlanningContext context =
            PlanningContext.at(OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC));
    private Case theCase;
    private byte[] json;

    /** Builds a fictional case with every kind of harassment spread over its incidents, in California. */
    @Setup
    public void setUp() {
        theCase = bigCase(incidents, new Random(42));
        json = RedressJson.writeCase(theCase);
    }

    /** The baseline: reading and validating the case's JSON. */
    @Benchmark
    public Case readCase() {
        return RedressJson.readCase(json);
    }

    /** Planning the case. */
    @Benchmark
    public Plan plan() {
        return pack.plan(theCase, context);
    }

    static Case bigCase(int n, Random r) {
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        HarassmentKind[] kinds = HarassmentKind.values();
        var c = Case.builder().id("bench").jurisdiction(Jurisdiction.of("US-CA"))
                .subject(Person.builder().name("Bench Example").email("bench@example.org").build())
                .addParties(Party.builder().id("p1").name("Pat Fictional").relationship(Relationship.FORMER_PARTNER)
                        .addAccounts(Account.of("instagram", "@pat_example")).build())
                .addEvidence(EvidenceRecord.builder().id("e1").kind(EvidenceKind.SCREENSHOT).description("Post")
                        .addHashes(Hash.sha256("ab".repeat(32))).mediaType("image/png")
                        .capturedAt(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).captureZone(zone)
                        .collector(Collector.of("c1", "victim")).tool(Tool.of("bench", "1"))
                        .origin(EvidenceOrigin.CAPTURED_LIVE).build());
        OffsetDateTime start = OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(-8));
        for (int i = 0; i < n; i++) {
            EnumSet<HarassmentKind> ks = EnumSet.of(kinds[i % kinds.length], kinds[r.nextInt(kinds.length)]);
            var inc = Incident.builder().id("i" + i).channel(Channel.SOCIAL_MEDIA).platform("instagram")
                    .occurredAt(IncidentTime.at(start.plusMinutes(97L * i).atZoneSameInstant(zone).toOffsetDateTime(), zone))
                    .kinds(ks)
                    .addLocations(ContentLocation.url("https://social.example/p/" + i))
                    .summary("Fictional incident " + i).account("Something happened on day " + i + ".")
                    .addQuotes(Quote.of("fictional words " + i)).addPerpetratorIds("p1").addEvidenceIds("e1")
                    .intimateImage(Answer.of(i % 7 == 0)).offlineContact(Answer.of(i % 11 == 0));
            if (ks.contains(HarassmentKind.HATE)) {
                inc.addProtectedCharacteristics(org.redress.core.model.ProtectedCharacteristic.values()[0]);
            }
            if (ks.contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)) {
                inc.financialDemand(Answer.YES).amountDemanded(Money.of(String.valueOf(100 + i), "USD"));
            }
            c.addIncidents(inc.build());
        }
        c.addReports(ReportMade.builder().id("r1").routeId("us.take-it-down-request")
                .madeAt(OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC)).status(ReportStatus.SUBMITTED)
                .addIncidentIds("i0").build());
        c.safety(ImmutableSafetyFacts.builder().fearsViolence(org.redress.core.model.Answer.of(false)).build());
        return c.build();
    }
}
