package org.redress.evidence.custody;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The quick check of a custody log's hash chain: splits a large log into parts at line ends, hashes and links the
 * parts on all cores at once, and joins them. It only answers whether everything holds; when anything is wrong it
 * returns null and {@link CustodyVerifier} runs its exact, sequential check to say which event and why.
 */
final class ChainScan {

    /** Logs smaller than this are checked on the calling thread. */
    private static final int PARALLEL_BYTES = 4 << 20;

    private static final byte[] PREVIOUS = "\"previousHash\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GENESIS = CustodyEvent.GENESIS.getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';
    private static final long CAPITAL_HS = ONES * 'H';
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    /** Where the capital H stands in {@link #PREVIOUS}. */
    private static final int H_AT = 9;

    private ChainScan() {
    }

    /**
     * The SHA-256 of every event, 32 bytes each in order, when every line is complete, holds the hash of the line
     * before it (the genesis value for the first) and carries its own sequence number; otherwise null.
     */
    static byte[] eventHashes(byte[] log) {
        return eventHashes(log, log.length < PARALLEL_BYTES ? 1 : cores());
    }

    /** {@link #eventHashes(byte[])} with the log split into this many parts (tests split small logs). */
    static byte[] eventHashes(byte[] log, int parts) {
        int[] bounds = new int[parts + 1];
        bounds[parts] = log.length;
        for (int k = 1; k < parts; k++) {
            int nl = nextNewline(log, Math.max(bounds[k - 1], (int) ((long) log.length * k / parts)));
            bounds[k] = nl < 0 ? log.length : nl + 1;
        }
        Part[] scanned = new Part[parts];
        onParts(parts, k -> scanned[k] = scan(log, bounds[k], bounds[k + 1]));
        int events = 0;
        for (Part part : scanned) {
            if (part == null || part.count > 0 && part.firstSequence != events) {
                return null;
            }
            events += part.count;
        }
        byte[] out = new byte[events * 32];
        long[] previousHex = new long[8];
        int at = 0;
        for (Part part : scanned) {
            int p = part.firstPrevious;
            if (part.count > 0 && (at == 0 ? !Arrays.equals(log, p, p + 64, GENESIS, 0, 64)
                    : !linksTo(log, p, hexLongs(out, at - 32, previousHex)))) {
                return null;
            }
            System.arraycopy(part.hashes, 0, out, at, 32 * part.count);
            at += 32 * part.count;
        }
        return out;
    }

    /**
     * What {@link #scan} found in one part of a log: its events' hashes, the sequence number its first line claims
     * (checked against the parts before it when they are joined) and where that line's previous hash stands (which
     * only the part before can check).
     */
    private record Part(byte[] hashes, int count, long firstSequence, int firstPrevious) {
    }

    /** How many parts to split large work into: one a core, at most eight. */
    static int cores() {
        return Math.min(8, Runtime.getRuntime().availableProcessors());
    }

    /** Runs part 0 to parts - 1, on the common pool's threads and the calling one when there are several. */
    static void onParts(int parts, IntConsumer part) {
        if (parts == 1) {
            part.accept(0);
        } else {
            IntStream.range(0, parts).parallel().forEach(part);
        }
    }

    /**
     * Hashes the lines of log[from, to), checking that each carries the sequence number after the one before it
     * and, from the second line on, links to it; null when a line is incomplete, unlinked or out of sequence.
     * Reading the log once, line by line, keeps each line in the cache from finding its end to hashing it.
     */
    private static Part scan(byte[] log, int from, int to) {
        MessageDigest sha = MerkleTree.sha256();
        long[] previousHex = new long[8];
        byte[] hashes = new byte[32 * Math.max(16, (to - from) / 200)];
        long firstSequence = -1;
        int firstPrevious = -1;
        int count = 0;
        for (int start = from; start < to; count++) {
            int end = nextNewline(log, start);
            if (end < 0 || end >= to) {
                return null;
            }
            int p = previousHashValue(log, start, end);
            if (p < 0 || p + 64 > end) {
                return null;
            }
            long sequence = CustodyVerifier.sequence(log, p, start, end);
            if (count == 0) {
                firstSequence = sequence;
                firstPrevious = p;
            } else if (sequence != firstSequence + count || !linksTo(log, p, previousHex)) {
                return null;
            }
            if (hashes.length == 32 * count) {
                hashes = Arrays.copyOf(hashes, hashes.length * 2);
            }
            sha.update(log, start, end - start);
            MerkleTree.digestInto(sha, hashes, 32 * count);
            hexLongs(hashes, 32 * count, previousHex);
            start = end + 1;
        }
        return new Part(hashes, count, firstSequence, firstPrevious);
    }

    /**
     * Whether b[at, end) starts with the needle, which is 8 to 16 bytes long: two overlapping eight-byte compares
     * instead of a general range comparison, which costs more than the bytes it compares here.
     */
    static boolean startsWith(byte[] b, int at, int end, byte[] needle) {
        int tail = needle.length - 8;
        return at >= 0 && at + needle.length <= end
                && (long) LONGS.get(b, at) == (long) LONGS.get(needle, 0)
                && (long) LONGS.get(b, at + tail) == (long) LONGS.get(needle, tail);
    }

    /** Whether log[p, p + 64) is the hex that {@link #hexLongs} wrote. */
    private static boolean linksTo(byte[] log, int p, long[] hex) {
        long diff = 0;
        for (int j = 0; j < 8; j++) {
            diff |= (long) LONGS.get(log, p + 8 * j) ^ hex[j];
        }
        return diff == 0;
    }

    /**
     * The lower-case hex of hash[off, off + 32) as eight little-endian longs, as {@link #LONGS} reads the same 64
     * characters from a log: each byte is spread into two nibbles, and each nibble becomes '0' to '9' or 'a' to 'f'
     * by adding '0', and 39 more where it is ten or above. Returns {@code out}.
     */
    static long[] hexLongs(byte[] hash, int off, long[] out) {
        for (int j = 0; j < 8; j++) {
            long x = (int) INTS.get(hash, off + 4 * j) & 0xFFFFFFFFL;
            x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
            x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
            long nibbles = ((x >>> 4) & 0x000F000F000F000FL) | ((x & 0x000F000F000F000FL) << 8);
            long letters = ((nibbles + 0x0606060606060606L) >>> 4) & ONES;
            out[j] = nibbles + ONES * '0' + letters * 39;
        }
        return out;
    }

    /** The index of the next '\n' at or after {@code from}, or -1; reads eight bytes at a time. */
    static int nextNewline(byte[] b, int from) {
        int i = from;
        for (int last = b.length - 8; i <= last; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The position just after the last {@code "previousHash":"} in b[start, end), or -1. It looks for the capital H
     * eight bytes at a time from the end (in canonical order the previous hash follows the free-text note, so it is
     * nearer the end of a line; capitals are rare in an event) and compares the whole name only there.
     */
    static int previousHashValue(byte[] b, int start, int end) {
        int i = end;
        while (i - 8 >= start) {
            i -= 8;
            long x = (long) LONGS.get(b, i) ^ CAPITAL_HS;
            long t = (x & LOWS) + LOWS;
            long found = ~(t | x | LOWS);
            while (found != 0) {
                int h = i + 7 - (Long.numberOfLeadingZeros(found) >>> 3);
                if (previousHashAt(b, h - H_AT, start, end)) {
                    return h - H_AT + PREVIOUS.length;
                }
                found &= ~(0x80L << ((h - i) * 8));
            }
        }
        for (int h = i - 1; h >= start; h--) {
            if (b[h] == 'H' && previousHashAt(b, h - H_AT, start, end)) {
                return h - H_AT + PREVIOUS.length;
            }
        }
        return -1;
    }

    private static boolean previousHashAt(byte[] b, int at, int start, int end) {
        return at >= start && startsWith(b, at, end, PREVIOUS);
    }
}
