package org.redress.benchmarks.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.redress.evidence.custody.CheckpointSigner;
import org.redress.evidence.custody.CustodyEvent;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.custody.CustodyEventType;
import org.redress.evidence.custody.CustodyVerifier;
import org.redress.evidence.custody.VerificationReport;
import org.redress.evidence.custody.internal.CanonicalJson;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Collector;
import org.redress.core.model.Tool;

/**
 * Verifying a custody log of a million events against SHA-256 over the log's bytes: the hash chain and sequence
 * numbers alone, and with a signed checkpoint every 100,000 events (each checkpoint's Merkle root and signature as
 * well); and the full verification (each event also parsed, re-canonicalised and validated) for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CustodyVerifyBenchmark {

    /** Events in the log. */
    @Param("1000000")
    public int events;

    /** Events between checkpoints; 0 for a log without checkpoints (the hash chain alone). */
    @Param({"0", "100000"})
    public int checkpointEvery;

    private byte[] log;
    private byte[] checkpoints;

    /** Builds a chained log of canonical events (textually from one canonical template, for speed). */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        CustodyEvent template = CustodyEvent.builder().sequence(123456789L).type(CustodyEventType.VIEWED)
                .time(Instant.parse("2026-11-22T01:00:00Z")).actor(Collector.of("collector-7f3a", "advocate"))
                .tool(Tool.of("redress", "0.1.0")).itemIds(List.of("ev-000000")).previousHash("f".repeat(64))
                .build();
        String canonical = CanonicalJson.string(RedressJson.toTree(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream(events * (canonical.length() + 1));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String previous = CustodyEvent.GENESIS;
        for (int i = 0; i < events; i++) {
            byte[] line = canonical.replace("123456789", Long.toString(i)).replace("f".repeat(64), previous)
                    .replace("ev-000000", String.format("ev-%06d", i % 1_000_000)).getBytes(StandardCharsets.UTF_8);
            out.write(line);
            out.write('\n');
            previous = HexFormat.of().formatHex(sha.digest(line));
        }
        log = out.toByteArray();
        checkpoints = checkpoints(log);
        VerificationReport check = CustodyVerifier.verifyIntegrity(log, checkpoints, Optional.empty());
        if (!check.ok()) {
            throw new IllegalStateException(check.toString());
        }
    }

    /** Signed checkpoints over growing prefixes of the log, made by the custody log itself. */
    private byte[] checkpoints(byte[] log) throws Exception {
        if (checkpointEvery == 0) {
            return new byte[0];
        }
        Path dir = Files.createTempDirectory("redress-custody-bench");
        CheckpointSigner signer = CheckpointSigner.generate();
        int from = 0;
        while (from < log.length) {
            int to = from;
            for (int lines = 0; lines < checkpointEvery && to < log.length; to++) {
                if (log[to] == '\n') {
                    lines++;
                }
            }
            Files.write(dir.resolve(CustodyLog.EVENTS_FILE), Arrays.copyOfRange(log, from, to),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            try (CustodyLog custody = CustodyLog.open(dir)) {
                custody.checkpoint(signer, Optional.empty());
            }
            from = to;
        }
        byte[] bytes = Files.readAllBytes(dir.resolve(CustodyLog.CHECKPOINTS_FILE));
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
        return bytes;
    }

    /** Baseline: SHA-256 over the log's bytes. */
    @Benchmark
    public byte[] sha256() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(log);
    }

    /** The integrity verification: every event's hash and link. */
    @Benchmark
    public VerificationReport verifyIntegrity() {
        return CustodyVerifier.verifyIntegrity(log, checkpoints, Optional.empty());
    }

    /** The full verification: also parses, re-canonicalises and validates every event (run with fewer events). */
    @Benchmark
    public VerificationReport verifyFull() {
        return CustodyVerifier.verify(log, checkpoints, Optional.empty());
    }
}
