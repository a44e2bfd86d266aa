package org.redress.benchmarks.interchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.redress.interchange.dsa.ContentDecision;
import org.redress.interchange.dsa.StatementsOfReasons;

/**
 * A platform's batch job: 10,000 moderation decisions turned into DSA statements of reasons (every limit checked,
 * JSON built, request bodies of 100 written to bytes), against writing the same 100 request bodies, already built,
 * with Jackson as the baseline. See docs/interchange.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StatementsOfReasonsBenchmark {

    static final int DECISIONS = 10_000;

    private final ObjectMapper mapper = new ObjectMapper();
    private List<ContentDecision> decisions;
    private List<ObjectNode> built;

    @Setup
    public void setUp() {
        decisions = new ArrayList<>(DECISIONS);
        for (int n = 0; n < DECISIONS; n++) {
            decisions.add(ContentDecision.builder().puid("sor-2026-" + n)
                    .contentTypes(Set.of(n % 3 == 0 ? ContentDecision.ContentType.IMAGE
                            : ContentDecision.ContentType.TEXT))
                    .contentDate(LocalDate.of(2026, 1, 1).plusDays(n % 300))
                    .applicationDate(LocalDate.of(2026, 11, 1))
                    .visibility(Set.of(ContentDecision.Visibility.CONTENT_REMOVED))
                    .ground(ContentDecision.Ground.INCOMPATIBLE_CONTENT)
                    .groundReference("Community guidelines, section 4 (harassment)")
                    .groundExplanation("The content targets a private person with abuse, which section 4 forbids.")
                    .facts("A notice reported content that abuses a private person (fictional decision " + n + ").")
                    .category(ContentDecision.Category.CYBER_VIOLENCE)
                    .keywords(Set.of(ContentDecision.Keyword.CYBER_HARASSMENT))
                    .territorialScope(StatementsOfReasons.EU).source(ContentDecision.SourceType.ARTICLE_16)
                    .automatedDetection(false).automatedDecision(ContentDecision.AutomatedDecision.NOT_AUTOMATED)
                    .build());
        }
        built = StatementsOfReasons.batches(decisions);
    }

    /** Checks, builds and writes all 10,000 statements. */
    @Benchmark
    public long statements() throws IOException {
        long bytes = 0;
        for (ObjectNode body : StatementsOfReasons.batches(decisions)) {
            bytes += mapper.writeValueAsBytes(body).length;
        }
        return bytes;
    }

    /** The baseline: writes the same request bodies, already built, to bytes. */
    @Benchmark
    public long baselineWrite() throws IOException {
        long bytes = 0;
        for (ObjectNode body : built) {
            bytes += mapper.writeValueAsBytes(body).length;
        }
        return bytes;
    }
}
