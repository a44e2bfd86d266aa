package org.redress.core.custody;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The quick check of a custody log's hash chain: splits a large log into parts at line ends, hashes and links the
 * parts on all cores at once, and joins them. It only answers whether everything holds; when anything is wrong it
 * returns null and {@link CustodyVerifier} runs its exact, sequential check to say which event and why.
 */
final class ChainScan {

    /** Logs smaller than this are checked on the calling thread. */
    static final int PARALLEL_BYTES = 4 << 20;

    private static final byte[] PREVIOUS = "\"previousHash\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GENESIS = CustodyEvent.GENESIS.getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
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
        return eventHashes(log, log.length < PARALLEL_BYTES ? 1
                : Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /** {@link #eventHashes(byte[])} with the log split into this many parts (tests split small logs). */
    static byte[] eventHashes(byte[] log, int parts) {
        int[] bounds = new int[parts + 1];
        bounds[parts] = log.length;
        for (int k = 1; k < parts; k++) {
            int nl = nextNewline(log, Math.max(bounds[k - 1], (int) ((long) log.length * k / parts)));
            bounds[k] = nl < 0 ? log.length : nl + 1;
        }
        Part[] done = new Part[parts];
        if (parts == 1) {
            done[0] = scan(log, 0, log.length);
        } else {
            IntStream.range(0, parts).parallel().forEach(k -> done[k] = scan(log, bounds[k], bounds[k + 1]));
        }
        int total = 0;
        for (Part p : done) {
            if (p == null) {
                return null;
            }
            total += p.count;
        }
        byte[] out = new byte[total * 32];
        int at = 0;
        for (int k = 0; k < parts; k++) {
            Part p = done[k];
            if (p.count > 0) {
                boolean linked = k == 0 || at == 0
                        ? p.firstSequence == 0 && Arrays.equals(log, p.firstPrevious, p.firstPrevious + 64,
                                GENESIS, 0, 64)
                        : p.firstSequence == at / 32 && sameHex(log, p.firstPrevious, out, at - 32);
                if (!linked) {
                    return null;
                }
                System.arraycopy(p.hashes, 0, out, at, p.count * 32);
                at += p.count * 32;
            }
        }
        return out;
    }

    /** One part's event hashes, with its first line's claims, which only the part before it can check. */
    private static final class Part {
        byte[] hashes = new byte[32 * 1024];
        int count;
        long firstSequence;
        int firstPrevious;
    }

    /** Hashes and links the lines of log[from, to); null when a line is incomplete, unlinked or out of sequence. */
    private static Part scan(byte[] log, int from, int to) {
        MessageDigest sha = MerkleTree.sha256();
        Part part = new Part();
        int start = from;
        while (start < to) {
            int end = nextNewline(log, start);
            if (end < 0 || end >= to) {
                return null;
            }
            int p = previousHashValue(log, start, end);
            if (p < 0 || p + 64 > end) {
                return null;
            }
            long seq = CustodyVerifier.sequence(log, p, start, end);
            int n = part.count;
            if (n == 0) {
                part.firstSequence = seq;
                part.firstPrevious = p;
            } else if (seq != part.firstSequence + n || !sameHex(log, p, part.hashes, 32 * (n - 1))) {
                return null;
            }
            if (part.hashes.length < 32 * (n + 1)) {
                part.hashes = Arrays.copyOf(part.hashes, part.hashes.length * 2);
            }
            sha.update(log, start, end - start);
            try {
                sha.digest(part.hashes, 32 * n, 32);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
            part.count = n + 1;
            start = end + 1;
        }
        return part;
    }

    /** Whether text[at, at + 64) is the lower-case hex of hash[off, off + 32). */
    private static boolean sameHex(byte[] text, int at, byte[] hash, int off) {
        for (int i = 0; i < 32; i++) {
            int b = hash[off + i];
            if (text[at + 2 * i] != hexDigit((b >> 4) & 0xf) || text[at + 2 * i + 1] != hexDigit(b & 0xf)) {
                return false;
            }
        }
        return true;
    }

    private static int hexDigit(int v) {
        return v < 10 ? '0' + v : 'a' + v - 10;
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
