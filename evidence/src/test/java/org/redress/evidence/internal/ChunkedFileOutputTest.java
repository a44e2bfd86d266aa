package org.redress.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkedFileOutputTest {

    @TempDir
    Path dir;

    private static final int CHUNK = ChunkedFileOutput.CHUNK;

    /** Writes the content in pieces of random sizes and returns what the file holds. */
    private static byte[] writeInPieces(Path file, boolean tryDirect, byte[] content, long seed) throws Exception {
        Random random = new Random(seed);
        try (ChunkedFileOutput out = ChunkedFileOutput.create(file, tryDirect)) {
            for (int at = 0; at < content.length; ) {
                int n = Math.min(content.length - at, random.nextInt(3) == 0 ? random.nextInt(CHUNK * 2)
                        : random.nextInt(70_000));
                out.write(content, at, n);
                at += n;
            }
            out.finish();
        }
        return Files.readAllBytes(file);
    }

    private static byte[] bytes(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Property(tries = 30)
    void theFileHoldsExactlyTheBytesWritten(@ForAll @IntRange(min = 0, max = 5 * (1 << 20) + 4097) int size,
            @ForAll long seed, @ForAll boolean tryDirect) throws Exception {
        Path d = Files.createTempDirectory("chunked");
        try {
            byte[] content = bytes(seed, size);
            assertThat(writeInPieces(d.resolve("f"), tryDirect, content, seed)).isEqualTo(content);
        } finally {
            Files.deleteIfExists(d.resolve("f"));
            Files.delete(d);
        }
    }

    @Test
    void sizesAtChunkAndBlockEdgesRoundTripInBothModes() throws Exception {
        int[] sizes = {0, 1, 511, 4095, 4096, 4097, CHUNK - 1, CHUNK, CHUNK + 1, 4 * CHUNK, 9 * CHUNK + 3};
        for (boolean tryDirect : new boolean[] {true, false}) {
            for (int size : sizes) {
                Path file = dir.resolve("f-" + tryDirect + "-" + size);
                byte[] content = bytes(size, size);
                assertThat(writeInPieces(file, tryDirect, content, size)).as("%d bytes", size).isEqualTo(content);
            }
        }
    }

    @Test
    void aRunOfSmallFilesReusesItsChunkMemory() throws Exception {
        writeInPieces(dir.resolve("first"), true, bytes(1, 10_000), 1);
        int pooled = ChunkedFileOutput.pooledChunks();
        assertThat(pooled).isBetween(1, 8);
        for (int i = 0; i < 64; i++) {
            byte[] content = bytes(i, 10_000 + i);
            assertThat(writeInPieces(dir.resolve("small-" + i), i % 2 == 0, content, i)).isEqualTo(content);
            // Each file took its chunk from the pool and gave it back: no new direct memory for the collector.
            assertThat(ChunkedFileOutput.pooledChunks()).isEqualTo(pooled);
        }
    }

    @Test
    void theDirectWriteProbeTellsAWorkingAlignmentFromABadOne() throws Exception {
        java.nio.file.OpenOption direct = ChunkedFileOutput.DIRECT;
        long block = Files.getFileStore(dir).getBlockSize();
        org.junit.jupiter.api.Assumptions.assumeTrue(direct != null && block >= 512, "no direct I/O here");
        Path file = dir.resolve("probe");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE, direct)) {
            assertThat(ChunkedFileOutput.directWritesWork(channel, (int) block)).isTrue();
            assertThat(Files.size(file)).isZero(); // the probe leaves the file empty
            // Too small an alignment: the JDK refuses the direct write, so the output would fall back.
            assertThat(ChunkedFileOutput.directWritesWork(channel, 1)).isFalse();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system refuses direct I/O: " + e.getMessage());
        }
    }

    @Test
    void directIoIsUsedOnlyWhenAsked() throws Exception {
        try (ChunkedFileOutput out = ChunkedFileOutput.create(dir.resolve("plain"), false)) {
            assertThat(out.direct()).isFalse();
        }
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path file = dir.resolve("exists");
        Files.write(file, new byte[] {1, 2, 3});
        for (boolean tryDirect : new boolean[] {true, false}) {
            assertThatThrownBy(() -> ChunkedFileOutput.create(file, tryDirect))
                    .isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }

    @Test
    void closingWithoutFinishingStopsTheWriterAndLeavesOnlyWholeChunks() throws Exception {
        for (boolean tryDirect : new boolean[] {true, false}) {
            Path file = dir.resolve("partial-" + tryDirect);
            byte[] content = bytes(7, 6 * CHUNK + 100);
            try (ChunkedFileOutput out = ChunkedFileOutput.create(file, tryDirect)) {
                out.write(content);
            }
            // The unfinished tail is never written; what was handed to the disk is intact.
            assertThat(Files.size(file)).isEqualTo(6L * CHUNK);
            byte[] written = Files.readAllBytes(file);
            assertThat(written).isEqualTo(java.util.Arrays.copyOf(content, written.length));
        }
    }
}
