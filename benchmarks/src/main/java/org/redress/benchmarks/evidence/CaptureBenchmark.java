package org.redress.benchmarks.evidence;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.VaultKey;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Tool;

/**
 * Capture of a large file into the vault (SHA-256, AES-256-GCM segments, durable atomic write) against a plain
 * durable copy of the same file (copy, then fsync), in the same run, with the heap held to 64 MiB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class CaptureBenchmark {

    /** The file size in bytes (1 GiB by default). */
    @Param("1073741824")
    public long size;

    private Path dir;
    private Path source;
    private DirectoryVault vault;
    private int next;

    /** Writes the source file once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"))),
                "capture-bench");
        source = dir.resolve("source.bin");
        byte[] block = new byte[1 << 20];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(source)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        vault = DirectoryVault.openOrCreate(dir.resolve("vault"), VaultKey.hostKey(new byte[32]));
    }

    /** Removes the copies made in an iteration. */
    @TearDown(Level.Iteration)
    public void clean() throws IOException {
        for (String id : vault.ids()) {
            vault.destroy(id);
        }
        Files.deleteIfExists(dir.resolve("copy.bin"));
    }

    /** Removes everything. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        vault.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Capture: hash, encrypt, durable atomic write. */
    @Benchmark
    public EvidenceRecord capture() throws IOException {
        String id = "item-" + next++;
        // EvidenceCapture.capture(metadata, path) opens files the same way (see DurableFiles.openForReading)
        try (InputStream in = new FileInputStream(source.toFile())) {
            return vault.put(id, in, Set.of(), facts -> EvidenceRecord.builder().id(id).kind(EvidenceKind.VIDEO)
                    .capturedAt(OffsetDateTime.now(ZoneOffset.UTC)).captureZone(ZoneOffset.UTC)
                    .collector(Collector.of("bench", "tester")).tool(Tool.of("bench", "1"))
                    .origin(EvidenceOrigin.IMPORTED).size(facts.size()).hashes(facts.hashes()).build());
        }
    }

    /** Baseline: copy the file and fsync it. */
    @Benchmark
    public long durableCopy() throws IOException {
        Path target = dir.resolve("copy.bin");
        Files.deleteIfExists(target);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long copied = 0;
            while (copied < size) {
                copied += in.transferTo(copied, size - copied, out);
            }
            out.force(true);
            return copied;
        }
    }
}
