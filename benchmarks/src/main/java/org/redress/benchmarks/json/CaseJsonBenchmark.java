package org.redress.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Account;
import org.redress.core.model.Case;
import org.redress.core.model.Channel;
import org.redress.core.model.ClockSource;
import org.redress.core.model.Collector;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Hash;
import org.redress.core.model.Incident;
import org.redress.core.model.IncidentTime;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Quote;
import org.redress.core.model.Relationship;
import org.redress.core.model.Tool;

/**
 * Reading (parsing, binding and validating every rule) and writing a large case, against Jackson's plain
 * {@code readTree} of the same bytes as the baseline. The case has 10,000 incidents and 20,000 evidence records,
 * every incident referring to two records and one party. See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A fixed heap: with the default, growing one, readTree's time swung between 80 and 460 ms from one iteration to
// the next while the collector resized the heap, which made the baseline meaningless.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CaseJsonBenchmark {

    static final int INCIDENTS = 10_000;
    static final int EVIDENCE = 20_000;

    private final ObjectMapper plain = new ObjectMapper();
    private byte[] json;
    private Case value;

    /** Builds the case once, from a fixed seed. */
    @Setup
    public void setUp() {
        value = largeCase(new Random(42));
        json = RedressJson.writeCase(value);
        System.err.println("case JSON: " + json.length + " bytes");
    }

    /** The baseline: Jackson parses the same bytes into a tree, checking nothing. */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return plain.readTree(json);
    }

    /** Reads and validates the case: every field constraint and every rule between fields. */
    @Benchmark
    public Case readCase() {
        return RedressJson.readCase(json);
    }

    /** Writes the case. */
    @Benchmark
    public byte[] writeCase() {
        return RedressJson.writeCase(value);
    }

    /** Reads, validates and writes back. */
    @Benchmark
    public byte[] readAndWriteCase() {
        return RedressJson.writeCase(RedressJson.readCase(json));
    }

    static Case largeCase(Random r) {
        ZoneId london = ZoneId.of("Europe/London");
        OffsetDateTime base = OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        var cb = Case.builder().id("bench-1").jurisdiction(Jurisdiction.of("GB-ENG"))
                .subject(Person.builder().name("Alex Example").email("alex@example.org").build())
                .addParties(Party.builder().id("p1").relationship(Relationship.FORMER_PARTNER)
                        .addAccounts(Account.of("instagram", "@example_account")).build());
        byte[] digest = new byte[32];
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < EVIDENCE; i++) {
            r.nextBytes(digest);
            cb.addEvidence(EvidenceRecord.builder().id("e" + i).kind(EvidenceKind.SCREENSHOT)
                    .description("Screenshot of message " + i).fileName("capture-" + i + ".png")
                    .mediaType("image/png").size(100_000L + r.nextInt(900_000))
                    .addHashes(Hash.sha256(hex.formatHex(digest)))
                    .requestedUrl(URI.create("https://social.example/p/" + i))
                    .platform("instagram").contentId(String.valueOf(i))
                    .capturedAt(base.plusMinutes(i)).captureZone(london).clockSource(ClockSource.NETWORK_SYNCED)
                    .collector(Collector.of("collector-1", "victim")).tool(Tool.of("redress-capture", "0.1.0"))
                    .origin(EvidenceOrigin.CAPTURED_LIVE).build());
        }
        HarassmentKind[] kinds = HarassmentKind.values();
        for (int i = 0; i < INCIDENTS; i++) {
            cb.addIncidents(Incident.builder().id("i" + i)
                    .occurredAt(IncidentTime.at(base.plusMinutes(2L * i), london))
                    .channel(Channel.SOCIAL_MEDIA).platform("instagram")
                    .addLocations(ContentLocation.url("https://social.example/p/" + (2 * i)))
                    .addKinds(kinds[i % kinds.length] == HarassmentKind.HATE ? HarassmentKind.TROLLING
                            : kinds[i % kinds.length])
                    .summary("Message " + i).account("Another message arrived late at night, number " + i + ".")
                    .addQuotes(Quote.of("fictional abusive words " + i))
                    .addPerpetratorIds("p1").addEvidenceIds("e" + (2 * i), "e" + (2 * i + 1))
                    .build());
        }
        return cb.build();
    }
}
