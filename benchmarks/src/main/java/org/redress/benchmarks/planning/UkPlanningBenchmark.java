package org.redress.benchmarks.planning;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
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
import org.redress.core.model.Account;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Quote;
import org.redress.core.model.Relationship;
import org.redress.core.model.ImmutableSafetyFacts;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanningContext;
import org.redress.uk.UkPack;
import org.redress.uk.UkJurisdictions;

/**
 * Planning a UK case with many incidents, against reading the same case from its JSON in the same run. The issue's
 * target: planning costs less than a tenth of reading, and both grow linearly with the number of incidents.
 *
 * <pre>
 * mvn -B -o -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar UkPlanningBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UkPlanningBenchmark {

    private static final String[] PLATFORMS = {"facebook", "instagram", "x", "tiktok", "youtube", "snapchat",
        "discord", "reddit", "example.org"};
    private static final HarassmentKind[] KINDS = {HarassmentKind.BULLYING, HarassmentKind.STALKING_OR_MONITORING,
        HarassmentKind.IMPERSONATION, HarassmentKind.DOXXING, HarassmentKind.THREAT_OF_VIOLENCE,
        HarassmentKind.RUMOURS_OR_DEFAMATION, HarassmentKind.PILE_ON, HarassmentKind.TROLLING};

    /** The number of incidents in the case. */
    @Param({"1000", "10000"})
    public int incidents;

    private final UkPack pack = new UkPack();
    private final PlanningContext context = PlanningContext.at(OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0,
            ZoneOffset.UTC));
    private Case theCase;
    private byte[] json;

    /** Builds a fictional case with {@link #incidents} incidents, and its JSON. */
    @Setup
    public void setUp() {
        theCase = fictionalCase(incidents);
        json = RedressJson.writeCase(theCase);
    }

    /** Plans the case. */
    @Benchmark
    public Plan plan() {
        return pack.plan(theCase, context);
    }

    /** Reads (parses and validates) the case's JSON: the baseline. */
    @Benchmark
    public Case readCaseJson() {
        return RedressJson.readCase(json);
    }

    /** A fictional harassment case in England with {@code n} incidents by a former partner. */
    static Case fictionalCase(int n) {
        ZoneId london = ZoneId.of("Europe/London");
        var c = Case.builder().id("benchmark-case").jurisdiction(UkJurisdictions.ENGLAND)
                .subject(Person.builder().name("Sam Example").build())
                .addParties(Party.builder().id("p1").name("Robin Placeholder").relationship(Relationship.FORMER_PARTNER)
                        .addAccounts(Account.of("instagram", "@robin_placeholder_example")).build())
                .safety(ImmutableSafetyFacts.builder().harasserKnowsAddress(org.redress.core.model.Answer.of(true)).fearsViolence(org.redress.core.model.Answer.of(true)).build());
        OffsetDateTime start = OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            var kinds = EnumSet.of(KINDS[i % KINDS.length]);
            if (i % 7 == 0) {
                kinds.add(HarassmentKind.HATE);
            }
            var inc = Incident.builder().id("i" + (i + 1))
                    .occurredAt(IncidentTime.at(start.plusMinutes(37L * i), london))
                    .channel(Channel.SOCIAL_MEDIA).platform(PLATFORMS[i % PLATFORMS.length]).kinds(kinds)
                    .summary("Fictional incident number " + (i + 1))
                    .account("A fictional account of what happened in incident " + (i + 1) + ", in the person's words.")
                    .addQuotes(Quote.of("fictional words " + (i + 1)))
                    .addPerpetratorIds("p1")
                    .addLocations(ContentLocation.url("https://social.example/p/" + (i + 1)));
            if (kinds.contains(HarassmentKind.HATE)) {
                inc.addProtectedCharacteristics(org.redress.core.model.ProtectedCharacteristic.RELIGION);
            }
            if (i % 50 == 0) {
                inc.addLocations(org.redress.core.model.ImmutableContentLocation.builder()
                        .url(URI.create("https://mirror.example/" + i)).platformId("post-" + i).build());
            }
            c.addIncidents(inc.build());
        }
        return c.build();
    }
}
