package org.redress.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.redress.evidence.custody.internal.CanonicalJson;
import org.redress.evidence.Fixtures;
import org.redress.core.json.RedressJson;

/**
 * The quick, parallel chain check and the one-pass Merkle roots agree with the exact, sequential ones: on every
 * intact log, however it is split, and on every log with one byte changed, one line removed or two lines swapped.
 */
class ChainScanProperties {

    /** A chained log of n canonical events, some with notes, as the custody log writes them. */
    static byte[] log(int n) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String previous = CustodyEvent.GENESIS;
        for (int i = 0; i < n; i++) {
            ImmutableCustodyEvent.Builder b = CustodyEvent.builder().sequence(i).type(CustodyEventType.VIEWED)
                    .time(Instant.parse("2026-11-22T01:00:00Z").plusSeconds(i)).actor(Fixtures.ACTOR)
                    .tool(Fixtures.TOOL).addItemIds("ev-" + (i % 7)).previousHash(previous);
            if (i % 3 == 0) {
                b.note("checked \"previousHash\":\"" + "0".repeat(64) + "\" line " + i);
            }
            byte[] line = CanonicalJson.bytes(RedressJson.toTree(b.build()));
            out.write(line);
            out.write('\n');
            previous = HexFormat.of().formatHex(sha.digest(line));
        }
        return out.toByteArray();
    }

    private static byte[] exact(byte[] log, List<VerificationReport.Finding> findings) {
        return CustodyVerifier.flat(CustodyVerifier.chain(log, false, findings));
    }

    @Property(tries = 60)
    void anIntactLogGivesTheExactHashesHoweverItIsSplit(@ForAll @IntRange(max = 40) int events,
            @ForAll @IntRange(min = 1, max = 6) int parts) throws Exception {
        byte[] log = log(events);
        List<VerificationReport.Finding> findings = new ArrayList<>();
        byte[] exact = exact(log, findings);
        assertThat(findings).isEmpty();
        assertThat(ChainScan.eventHashes(log, parts)).isEqualTo(exact);
    }

    @Property(tries = 300)
    void aDamagedLogIsNeverPassedWhenTheExactCheckFindsAFault(@ForAll @IntRange(min = 1, max = 30) int events,
            @ForAll @IntRange(min = 1, max = 4) int parts, @ForAll @IntRange(max = 2) int damage,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int where, @ForAll byte value) throws Exception {
        byte[] log = damage(log(events), damage, where, value);
        List<VerificationReport.Finding> findings = new ArrayList<>();
        byte[] exact = exact(log, findings);
        byte[] quick = ChainScan.eventHashes(log, parts);
        if (findings.isEmpty()) {
            assertThat(quick).isIn(null, exact);
        } else {
            assertThat(quick).isNull();
        }
    }

    /** Changes one byte, removes one line or swaps two neighbouring lines. */
    private static byte[] damage(byte[] log, int damage, int where, byte value) {
        String text = new String(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1);
        int at = where % lines.size();
        switch (damage) {
            case 0:
                byte[] copy = log.clone();
                copy[where % copy.length] = value;
                return copy;
            case 1:
                lines.remove(at);
                break;
            default:
                if (at + 1 < lines.size()) {
                    String l = lines.get(at);
                    lines.set(at, lines.get(at + 1));
                    lines.set(at + 1, l);
                }
        }
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Property(tries = 200)
    void hexLongsMatchTheHexTextReadEightBytesAtATime(@ForAll @Size(32) byte[] hash) {
        long[] longs = new long[8];
        ChainScan.hexLongs(hash, 0, longs);
        java.nio.ByteBuffer text = java.nio.ByteBuffer.wrap(HexFormat.of().formatHex(hash)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int j = 0; j < 8; j++) {
            assertThat(longs[j]).as("characters %d to %d", 8 * j, 8 * j + 7).isEqualTo(text.getLong(8 * j));
        }
    }

    @Property(tries = 200)
    void startsWithAgreesWithAByteByByteComparison(@ForAll @Size(max = 40) byte[] b,
            @ForAll @IntRange(min = -2, max = 42) int at, @ForAll @IntRange(max = 42) int end,
            @ForAll @IntRange(min = 8, max = 16) int needleLength) {
        byte[] needle = java.util.Arrays.copyOf(b.length >= needleLength && at >= 0 && at + needleLength <= b.length
                ? java.util.Arrays.copyOfRange(b, at, at + needleLength) : new byte[0], needleLength);
        int limit = Math.min(end, b.length);
        boolean expected = at >= 0 && at + needleLength <= limit
                && java.util.Arrays.equals(b, at, at + needleLength, needle, 0, needleLength);
        assertThat(ChainScan.startsWith(b, at, limit, needle)).isEqualTo(expected);
    }

    @Property(tries = 60)
    void oneFoldGivesEveryPrefixRoot(@ForAll @IntRange(max = 300) int events,
            @ForAll @IntRange(max = 300) int a, @ForAll @IntRange(max = 300) int b) throws Exception {
        assertRootsOfPrefixes(events, new long[] {Math.min(a, events), Math.min(b, events), events, 0});
    }

    @Test
    void largeLevelsSplitAcrossThreadsGiveTheSameRoots() throws Exception {
        assertRootsOfPrefixes(70_001, new long[] {70_001, 65_536, 40_000, 1});
    }

    private static void assertRootsOfPrefixes(int events, long[] sizes) throws Exception {
        List<byte[]> eventHashes = new ArrayList<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < events; i++) {
            eventHashes.add(sha.digest(("event " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }
        List<byte[]> leaves = CustodyVerifier.leafHashes(eventHashes);
        byte[][] roots = MerkleTree.roots(CustodyVerifier.flat(eventHashes), sizes);
        for (int j = 0; j < sizes.length; j++) {
            assertThat(roots[j]).as("root of %d of %d events", sizes[j], events)
                    .isEqualTo(MerkleTree.root(leaves.subList(0, (int) sizes[j])));
        }
    }
}
