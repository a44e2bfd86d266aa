package org.redress.core.custody;

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
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
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
        int[] first = new int[parts + 1];
        onParts(parts, k -> first[k + 1] = countNewlines(log, bounds[k], bounds[k + 1]));
        for (int k = 0; k < parts; k++) {
            first[k + 1] += first[k];
        }
        byte[] out = new byte[first[parts] * 32];
        int[] firstPrevious = new int[parts];
        boolean[] ok = new boolean[parts];
        onParts(parts, k -> {
            firstPrevious[k] = -1;
            ok[k] = scan(log, bounds[k], bounds[k + 1], out, first[k], firstPrevious, k);
        });
        for (int k = 0; k < parts; k++) {
            if (!ok[k]) {
                return null;
            }
            int p = firstPrevious[k];
            if (p >= 0 && !Arrays.equals(log, p, p + 64,
                    first[k] == 0 ? GENESIS : hex(out, 32 * (first[k] - 1), new byte[64]), 0, 64)) {
                return null;
            }
        }
        return out;
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
     * Hashes the lines of log[from, to) into out from event {@code index} on, checking each line's sequence number
     * and, from its second line on, its link; records where the first line's previous hash is, which only the part
     * before can check. False when a line is incomplete, unlinked or out of sequence.
     */
    private static boolean scan(byte[] log, int from, int to, byte[] out, int index, int[] firstPrevious, int k) {
        MessageDigest sha = MerkleTree.sha256();
        byte[] previousHex = new byte[64];
        for (int start = from, n = index; start < to; n++) {
            int end = nextNewline(log, start);
            if (end < 0 || end >= to) {
                return false;
            }
            int p = previousHashValue(log, start, end);
            if (p < 0 || p + 64 > end || CustodyVerifier.sequence(log, p, start, end) != n) {
                return false;
            }
            if (n == index) {
                firstPrevious[k] = p;
            } else if (!Arrays.equals(log, p, p + 64, previousHex, 0, 64)) {
                return false;
            }
            sha.update(log, start, end - start);
            MerkleTree.digestInto(sha, out, 32 * n);
            hex(out, 32 * n, previousHex);
            start = end + 1;
        }
        return true;
    }

    /** How many '\n' bytes b[from, to) holds, counted eight bytes at a time. */
    private static int countNewlines(byte[] b, int from, int to) {
        int count = 0;
        int i = from;
        for (int last = to - 8; i <= last; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            count += Long.bitCount(~(((x & LOWS) + LOWS) | x | LOWS));
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Writes the lower-case hex of hash[off, off + 32) into {@code out}, and returns it. */
    static byte[] hex(byte[] hash, int off, byte[] out) {
        for (int i = 0; i < 32; i++) {
            int b = hash[off + i] & 0xff;
            out[2 * i] = HEX[b >>> 4];
            out[2 * i + 1] = HEX[b & 0xf];
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
        return at >= start && at + PREVIOUS.length <= end
                && Arrays.equals(b, at, at + PREVIOUS.length, PREVIOUS, 0, PREVIOUS.length);
    }
}
