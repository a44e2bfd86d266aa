package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.redress.core.InvalidDataException;
import org.redress.evidence.custody.internal.CanonicalJson;
import org.redress.evidence.custody.internal.TimeStampTokens;
import org.redress.core.json.RedressJson;

/**
 * Verifies a custody log and its checkpoints from their bytes, as anyone who received them would: every event's
 * chain link, sequence number, canonical form and content; every checkpoint's Merkle root against the log, its
 * Ed25519 signature (and that it was made with the expected key, when one is given) and its time-stamp token.
 *
 * <pre>{@code
 * VerificationReport report = CustodyVerifier.verify(logBytes, checkpointBytes, Optional.of(trustedKey));
 * if (!report.ok()) report.findings().forEach(System.out::println);
 * }</pre>
 *
 * Thread-safe.
 *
 * @since 1.0
 */
public final class CustodyVerifier {

    private static final ObjectMapper MAPPER = RedressJson.newMapper();
    private static final byte[] SEQUENCE = "\"sequence\":".getBytes(StandardCharsets.US_ASCII);

    private CustodyVerifier() {
    }

    /**
     * Verifies a log ({@code custody.jsonl}) and its checkpoints ({@code checkpoints.jsonl}) fully.
     *
     * <p>Each checkpoint must be signed by the key in force when it was signed: the one named by the last
     * {@link CustodyEventType#SIGNING_KEY_CHANGED} event it covers. Checkpoints that cover no key change (logs made
     * before key changes were recorded) must all share one key when the log records none at all; once it records
     * one, they are checked only against their own key. Events that record lost history are reported.
     *
     * @param expectedKey the checkpoint key the verifier trusts: the key of the last checkpoint (or, in a log that
     *     records no key, of every checkpoint); when empty, any key is accepted
     * @param log the bytes of {@code custody.jsonl}
     * @param checkpoints the bytes of {@code checkpoints.jsonl}
     * @return what was checked and every finding
     */
    public static VerificationReport verify(byte[] log, byte[] checkpoints, Optional<PublicKey> expectedKey) {
        return verify(log, checkpoints, expectedKey, true);
    }

    /**
     * Verifies the integrity of a log only: the hash chain, the sequence numbers, the checkpoints' roots, signatures
     * and time-stamps, without parsing each event's content. This is what proves nothing was changed; the full
     * {@link #verify(byte[], byte[], Optional)} also checks that every event is valid, canonical JSON.
     *
     * @param log the bytes of {@code custody.jsonl}
     * @param checkpoints the bytes of {@code checkpoints.jsonl}
     * @param expectedKey the checkpoint key the verifier trusts (see {@link #verify(byte[], byte[], Optional)}); when
     *     empty, any key is accepted
     * @return what was checked and every finding
     */
    public static VerificationReport verifyIntegrity(byte[] log, byte[] checkpoints, Optional<PublicKey> expectedKey) {
        return verify(log, checkpoints, expectedKey, false);
    }

    private static VerificationReport verify(byte[] log, byte[] checkpoints, Optional<PublicKey> expectedKey,
            boolean deep) {
        List<VerificationReport.Finding> findings = new ArrayList<>();
        byte[] hashes = deep ? null : ChainScan.eventHashes(log);
        if (hashes == null) {
            hashes = flat(chain(log, deep, findings));
        }
        int events = hashes.length / 32;
        List<Checkpoint> cps = readCheckpoints(checkpoints, findings);
        long[] sizes = cps.stream().mapToLong(cp -> Math.min(cp.treeSize(), events)).toArray();
        byte[][] roots = MerkleTree.roots(hashes, sizes);
        KeyHistory history = keyHistory(log, findings);
        // Checkpoints signed before any key was recorded (logs from before key changes were recorded) must share one
        // key, the expected one when there is no history; later ones must be signed by the key in force.
        PublicKey legacyKey = history.keys.isEmpty() ? expectedKey.orElse(null) : null;
        Checkpoint previous = null;
        PublicKey lastKey = null;
        for (int j = 0; j < cps.size(); j++) {
            Checkpoint cp = cps.get(j);
            String subject = "checkpoint " + j;
            if (cp.treeSize() > events) {
                findings.add(VerificationReport.Finding.of(subject, "covers " + cp.treeSize()
                        + " events but the log holds " + events + " (events were removed)"));
                continue;
            }
            if (!Hex.encode(roots[j]).equals(cp.rootHash())) {
                findings.add(VerificationReport.Finding.of(subject, "its Merkle root does not match the first "
                        + cp.treeSize() + " events of the log (an event it covers was changed)"));
            }
            PublicKey key;
            try {
                key = CheckpointSigner.decodePublicKey(cp.publicKey());
            } catch (IllegalArgumentException e) {
                findings.add(VerificationReport.Finding.of(subject + " public key", "is not an Ed25519 key"));
                continue;
            }
            lastKey = key;
            java.util.Map.Entry<Long, PublicKey> inForce = history.keys.lowerEntry(cp.treeSize());
            if (inForce != null) {
                if (!Arrays.equals(inForce.getValue().getEncoded(), key.getEncoded())) {
                    findings.add(VerificationReport.Finding.of(subject + " public key", "is not the signing key in "
                            + "force when it was signed (the one event " + inForce.getKey() + " names)"));
                }
            } else if (history.keys.isEmpty()) {
                if (legacyKey == null) {
                    legacyKey = key;
                } else if (!Arrays.equals(legacyKey.getEncoded(), key.getEncoded())) {
                    findings.add(VerificationReport.Finding.of(subject + " public key", expectedKey.isPresent()
                            ? "is not the expected signing key" : "differs from the first checkpoint's key"));
                }
            }
            byte[] signed = signedBytes(cp);
            if (!CheckpointSigner.verify(key, signed, Base64.getDecoder().decode(cp.signature()))) {
                findings.add(VerificationReport.Finding.of(subject + " signature",
                        "does not verify with the checkpoint's key (the checkpoint was altered)"));
            }
            cp.timeStampToken().ifPresent(token -> checkTimeStamp(subject, token, signed, findings));
            if (previous != null && cp.treeSize() < previous.treeSize()) {
                findings.add(VerificationReport.Finding.of(subject, "covers fewer events than the one before"));
            }
            previous = cp;
        }
        if (!history.keys.isEmpty() && expectedKey.isPresent() && lastKey != null
                && !Arrays.equals(expectedKey.get().getEncoded(), lastKey.getEncoded())) {
            findings.add(VerificationReport.Finding.of("checkpoint " + (cps.size() - 1) + " public key",
                    "is not the expected signing key"));
        }
        findings.addAll(history.lost);
        return new VerificationReport(events + " events, " + cps.size() + " checkpoints", findings);
    }

    /**
     * The event hashes of a log, checking each link; findings name the events that were changed. A changed event
     * breaks the link to the next one; a changed previous-hash field breaks its own link and the next.
     */
    static List<byte[]> chain(byte[] log, boolean deep, List<VerificationReport.Finding> findings) {
        List<byte[]> hashes = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        java.util.BitSet broken = new java.util.BitSet();
        MessageDigest sha = MerkleTree.sha256();
        byte[] previous = CustodyEvent.GENESIS.getBytes(StandardCharsets.US_ASCII);
        int start = 0;
        long seq = 0;
        while (start < log.length) {
            int end = ChainScan.nextNewline(log, start);
            String subject = "event " + seq;
            if (end < 0) {
                findings.add(VerificationReport.Finding.of(subject, "is incomplete (the log ends mid-line)"));
                break;
            }
            sha.update(log, start, end - start);
            byte[] hash = sha.digest();
            List<String> ids = deep ? checkContent(log, start, end, subject, findings) : List.of();
            int p = ChainScan.previousHashValue(log, start, end);
            long shownSeq = sequence(log, p, start, end);
            if (shownSeq != seq) {
                findings.add(new VerificationReport.Finding(subject, ids, "carries sequence number "
                        + (shownSeq < 0 ? "(none)" : shownSeq) + " (events were removed, added or reordered)"));
            }
            if (p < 0 || p + 64 > end || !Arrays.equals(log, p, p + 64, previous, 0, 64)) {
                broken.set((int) seq);
            }
            hashes.add(hash);
            items.add(ids);
            previous = Hex.encode(hash).getBytes(StandardCharsets.US_ASCII);
            start = end + 1;
            seq++;
        }
        for (int i = broken.nextSetBit(0); i >= 0; i = broken.nextSetBit(i + 1)) {
            int blamed = broken.get(i + 1) || i == 0 ? i : i - 1;
            String reason = blamed == i
                    ? "does not hold the hash of the event before it (it was changed, or events before it were "
                            + "removed or reordered)"
                    : "was changed: the next event does not hold its hash";
            findings.add(new VerificationReport.Finding("event " + blamed, items.get(blamed), reason));
            if (broken.get(i + 1)) {
                i++;
            }
        }
        return hashes;
    }

    private static List<String> checkContent(byte[] log, int start, int end, String subject,
            List<VerificationReport.Finding> findings) {
        byte[] line = Arrays.copyOfRange(log, start, end);
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            findings.add(VerificationReport.Finding.of(subject, "is not JSON"));
            return List.of();
        }
        List<String> items = new ArrayList<>();
        JsonNode ids = node.path("itemIds");
        ids.forEach(id -> items.add(id.asText()));
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytes(node);
        } catch (IllegalArgumentException e) {
            canonical = null; // a string that is not well-formed Unicode has no canonical form
        }
        if (canonical == null || !Arrays.equals(canonical, line)) {
            findings.add(new VerificationReport.Finding(subject, items, "is not in RFC 8785 canonical form"));
        }
        try {
            MAPPER.treeToValue(node, CustodyEvent.class);
        } catch (java.io.IOException | InvalidDataException | IllegalArgumentException e) {
            findings.add(new VerificationReport.Finding(subject, items, "is not a valid custody event"));
        }
        return items;
    }

    private static List<Checkpoint> readCheckpoints(byte[] bytes, List<VerificationReport.Finding> findings) {
        List<Checkpoint> out = new ArrayList<>();
        int start = 0;
        int j = 0;
        while (start < bytes.length) {
            int end = ChainScan.nextNewline(bytes, start);
            if (end < 0) {
                findings.add(VerificationReport.Finding.of("checkpoint " + j, "is incomplete"));
                break;
            }
            try {
                out.add(MAPPER.readValue(bytes, start, end - start, Checkpoint.class));
            } catch (java.io.IOException | InvalidDataException | IllegalArgumentException e) {
                findings.add(VerificationReport.Finding.of("checkpoint " + j, "is not a valid checkpoint"));
            }
            start = end + 1;
            j++;
        }
        return out;
    }

    private static void checkTimeStamp(String subject, String token, byte[] signed,
            List<VerificationReport.Finding> findings) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            findings.add(VerificationReport.Finding.of(subject + " time-stamp", "is not base64"));
            return;
        }
        String reason = TimeStampTokens.check(der, MerkleTree.sha256().digest(signed));
        if (reason != null) {
            findings.add(VerificationReport.Finding.of(subject + " time-stamp", reason));
        }
    }

    /** Why a finding reports an event that records lost history (the log was rebuilt). */
    public static final String HISTORY_LOST_REASON = "records that the custody history of these items before it was "
            + "lost (the log was rebuilt); the items may be intact, but their custody before it cannot be shown";

    private static final byte[] KEY_CHANGE = "\"type\":\"signingKeyChanged\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HISTORY_LOST = "\"type\":\"historyLost\"".getBytes(StandardCharsets.US_ASCII);

    /** The signing keys recorded in a log, by the sequence number of the event that recorded each; lost history. */
    private record KeyHistory(java.util.TreeMap<Long, PublicKey> keys, List<VerificationReport.Finding> lost) {
    }

    /**
     * Finds the key changes and lost-history events. In canonical JSON the members are sorted, so {@code type} is an
     * event's last member and the line ends with {@code "type":"..."}}: only each line's end is looked at, which keeps
     * this check cheap next to hashing the log. (A line that is not canonical is reported by the full check.)
     */
    private static KeyHistory keyHistory(byte[] log, List<VerificationReport.Finding> findings) {
        java.util.TreeMap<Long, PublicKey> keys = new java.util.TreeMap<>();
        List<VerificationReport.Finding> lost = new ArrayList<>();
        int start = 0;
        long seq = 0;
        while (start < log.length) {
            int end = ChainScan.nextNewline(log, start);
            if (end < 0) {
                break;
            }
            boolean keyChange = endsWithType(log, KEY_CHANGE, start, end);
            if (keyChange || endsWithType(log, HISTORY_LOST, start, end)) {
                try {
                    JsonNode node = MAPPER.readTree(Arrays.copyOfRange(log, start, end));
                    if (keyChange) {
                        keys.put(seq, CheckpointSigner.decodePublicKey(node.path("publicKey").asText()));
                    } else {
                        List<String> ids = new ArrayList<>();
                        node.path("itemIds").forEach(id -> ids.add(id.asText()));
                        lost.add(new VerificationReport.Finding("event " + seq, ids, HISTORY_LOST_REASON));
                    }
                } catch (java.io.IOException | IllegalArgumentException e) {
                    findings.add(VerificationReport.Finding.of("event " + seq,
                            "is a signing key change without a valid Ed25519 public key"));
                }
            }
            start = end + 1;
            seq++;
        }
        return new KeyHistory(keys, lost);
    }

    /** Whether b[start, end) ends with the type marker and a closing brace. */
    private static boolean endsWithType(byte[] b, byte[] marker, int start, int end) {
        int at = end - 1 - marker.length;
        return at >= start && b[end - 1] == '}' && Arrays.equals(b, at, end - 1, marker, 0, marker.length);
    }

    /**
     * {@return the key named by the last signing key change in a log, if any}
     *
     * @param log the bytes of {@code custody.jsonl}
     */
    public static Optional<PublicKey> keyInForce(byte[] log) {
        java.util.TreeMap<Long, PublicKey> keys = keyHistory(log, new ArrayList<>()).keys;
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.lastEntry().getValue());
    }

    /** The bytes a checkpoint's signature covers: its canonical JSON without the signature and the token. */
    static byte[] signedBytes(Checkpoint cp) {
        ObjectNode node = (ObjectNode) RedressJson.toTree(cp);
        node.remove("signature");
        node.remove("timeStampToken");
        return CanonicalJson.bytes(node);
    }

    /** The hashes one after another in one array. */
    static byte[] flat(List<byte[]> hashes) {
        byte[] out = new byte[hashes.size() * 32];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i), 0, out, 32 * i, 32);
        }
        return out;
    }

    static List<byte[]> leafHashes(List<byte[]> eventHashes) {
        List<byte[]> out = new ArrayList<>(Math.max(16, eventHashes.size() * 2));
        MessageDigest sha = MerkleTree.sha256();
        for (byte[] h : eventHashes) {
            out.add(MerkleTree.leafHash(sha, h));
        }
        return out;
    }

    private static final byte[] AFTER_PREVIOUS = "\",\"sequence\":".getBytes(StandardCharsets.US_ASCII);

    /** The sequence number; in canonical order it follows the previous hash, so look there first. */
    static long sequence(byte[] b, int previous, int start, int end) {
        int p;
        if (previous >= 0 && ChainScan.startsWith(b, previous + 64, end, AFTER_PREVIOUS)) {
            p = previous + 64 + AFTER_PREVIOUS.length;
        } else {
            p = find(b, SEQUENCE, start, end);
        }
        if (p < 0) {
            return -1;
        }
        long v = 0;
        int digits = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9' && digits < 18) {
            v = v * 10 + (b[p++] - '0');
            digits++;
        }
        return digits == 0 ? -1 : v;
    }

    /** The position just after the first occurrence of the needle in b[start, end), or -1. */
    private static int find(byte[] b, byte[] needle, int start, int end) {
        outer:
        for (int i = start; i <= end - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i + needle.length;
        }
        return -1;
    }
}
