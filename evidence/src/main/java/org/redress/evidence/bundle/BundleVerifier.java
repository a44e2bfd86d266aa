package org.redress.evidence.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.redress.core.InvalidDataException;
import org.redress.evidence.custody.Checkpoint;
import org.redress.evidence.custody.ConsistencyProof;
import org.redress.evidence.custody.CustodyVerifier;
import org.redress.evidence.custody.InclusionProof;
import org.redress.evidence.custody.VerificationReport;
import org.redress.evidence.custody.VerificationReport.Finding;
import org.redress.evidence.custody.internal.TimeStampTokens;
import org.redress.core.json.RedressJson;

/**
 * Verifies a bundle from anyone. It first refuses hostile archives (path traversal, absolute paths, links, duplicate
 * or case-folded duplicate names, encryption, zip bombs, damaged members), then checks what {@code VERIFY.txt} tells a
 * person to check with standard tools (both OpenPGP signatures, every SHA-256, the time-stamp's imprint and
 * signature) and what those tools cannot: the manifest against the files, the custody chain, its checkpoints, that
 * they are signed with the bundle's key, and the inclusion and consistency proofs. Every finding names the member
 * that failed.
 *
 * <pre>{@code
 * BundleVerdict verdict = BundleVerifier.verify(Path.of("bundle.zip"), Optional.of(fingerprintFromSender));
 * if (!verdict.ok()) System.out.println(verdict);
 * }</pre>
 *
 * Whether the signing key and the time-stamp authority are the ones you trust is for you to decide: give the
 * fingerprint you confirmed with the sender. Thread-safe.
 *
 * @since 1.0
 */
public final class BundleVerifier {

    /**
     * Limits that keep a hostile archive from exhausting the verifier.
     *
     * @param maxMembers most members
     * @param maxMemberSize most bytes in one member
     * @param maxTotalSize most bytes in all members
     * @param maxRatio largest expansion of a member over 1 MiB
     */
    public record Limits(int maxMembers, long maxMemberSize, long maxTotalSize, long maxRatio) {
        /** 10,000 members, 64 GiB a member, 256 GiB in all, 1000:1 (a phone's long video fits). */
        public static final Limits DEFAULT = new Limits(10_000, 64L << 30, 256L << 30, 1000);
    }

    private static final ObjectMapper MAPPER = RedressJson.newMapper();
    private static final long MAX_IN_MEMORY = 256L << 20;
    private static final List<String> REQUIRED = List.of("manifest.json", "manifest.json.asc", "public-key.asc",
            "SHA256SUMS", "SHA256SUMS.asc", "custody/custody.jsonl", "custody/checkpoints.jsonl",
            "custody/proofs.json", "VERIFY.txt");

    private BundleVerifier() {
    }

    /**
     * Verifies a bundle, accepting whatever key signed it (check the fingerprint in the manifest yourself).
     *
     * @param zip the bundle file
     * @return what was checked and every finding; {@link BundleVerdict#ok()} when everything verified
     * @throws IOException when the file cannot be read
     */
    public static BundleVerdict verify(Path zip) throws IOException {
        return verify(zip, Optional.empty(), Limits.DEFAULT);
    }

    /**
     * Verifies a bundle that must be signed by the key with this OpenPGP fingerprint (40 hex digits).
     *
     * @param zip the bundle file
     * @param expectedFingerprint when present, the OpenPGP fingerprint (40 hex digits) the signing key must have
     * @return what was checked and every finding; {@link BundleVerdict#ok()} when everything verified
     * @throws IOException when the file cannot be read
     */
    public static BundleVerdict verify(Path zip, Optional<String> expectedFingerprint) throws IOException {
        return verify(zip, expectedFingerprint, Limits.DEFAULT);
    }

    /**
     * Verifies a bundle with these limits.
     *
     * @param zip the bundle file
     * @param expectedFingerprint when present, the OpenPGP fingerprint (40 hex digits) the signing key must have
     * @param limits the most members and bytes to accept
     * @return what was checked and every finding; {@link BundleVerdict#ok()} when everything verified
     * @throws IOException when the file cannot be read
     */
    public static BundleVerdict verify(Path zip, Optional<String> expectedFingerprint, Limits limits)
            throws IOException {
        Objects.requireNonNull(zip, "zip");
        List<ZipDirectory.Entry> entries;
        try {
            entries = ZipDirectory.read(zip, limits);
        } catch (ZipDirectory.Refused r) {
            return new BundleVerdict(List.of(Finding.of(r.subject, r.getMessage())), Optional.empty());
        }
        Findings f = new Findings();
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, byte[]> contents = new HashMap<>();
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipDirectory.Entry e : entries) {
                read(archive, e, hashes, contents, f);
            }
        } catch (ZipException e) {
            return new BundleVerdict(List.of(Finding.of("archive", "is not a readable zip archive")),
                    Optional.empty());
        }
        if (!f.list.isEmpty() && f.list.stream().anyMatch(x -> x.subject().equals("archive"))) {
            return new BundleVerdict(f.list, Optional.empty());
        }
        new Check(hashes, contents, f, expectedFingerprint).run();
        return new BundleVerdict(f.list, f.manifest);
    }

    private static void read(ZipFile archive, ZipDirectory.Entry e, Map<String, String> hashes,
            Map<String, byte[]> contents, Findings f) throws IOException {
        MessageDigest sha = BundleExporter.newSha256();
        boolean keep = !e.name().startsWith("evidence/");
        if (keep && e.size() > MAX_IN_MEMORY) {
            f.add(e.name(), "is larger than a bundle's metadata can be");
            return;
        }
        java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream((int) e.size()) : null;
        long count = 0;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (InputStream in = archive.getInputStream(archive.getEntry(e.name()))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                count += n;
                if (count > e.size()) {
                    f.add("archive", "member " + e.name() + " expands beyond its declared size (zip bomb)");
                    return;
                }
                sha.update(buffer, 0, n);
                crc.update(buffer, 0, n);
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
        } catch (ZipException | java.io.EOFException ex) {
            f.add(e.name(), "is damaged in the archive (its checksum or compressed data is wrong)");
            return;
        }
        if (count != e.size()) {
            f.add(e.name(), "is shorter than the archive's directory says");
            return;
        }
        if (crc.getValue() != e.crc()) {
            f.add(e.name(), "is damaged in the archive: its CRC-32 does not match the archive's directory (it was "
                    + "altered)");
            return;
        }
        hashes.put(e.name(), HexFormat.of().formatHex(sha.digest()));
        if (kept != null) {
            contents.put(e.name(), kept.toByteArray());
        }
    }

    /** Findings, and the manifest once read. */
    private static final class Findings {
        final List<Finding> list = new ArrayList<>();
        Optional<BundleManifest> manifest = Optional.empty();

        void add(String member, String reason) {
            list.add(Finding.of(member, reason));
        }

        boolean names(String member) {
            return list.stream().anyMatch(x -> x.subject().equals(member));
        }
    }

    /** One verification's state. */
    private static final class Check {
        private final Map<String, String> hashes;
        private final Map<String, byte[]> contents;
        private final Findings f;
        private final Optional<String> expectedFingerprint;

        Check(Map<String, String> hashes, Map<String, byte[]> contents, Findings f,
                Optional<String> expectedFingerprint) {
            this.hashes = hashes;
            this.contents = contents;
            this.f = f;
            this.expectedFingerprint = expectedFingerprint;
        }

        void run() {
            for (String r : REQUIRED) {
                if (!hashes.containsKey(r) && !f.names(r)) {
                    f.add(r, "is missing");
                }
            }
            PGPPublicKey key = contents.containsKey("public-key.asc")
                    ? OpenPgp.publicKey(contents.get("public-key.asc")) : null;
            byte[] sumsBytes = contents.get("SHA256SUMS");
            Map<String, String> sums = sumsBytes == null ? null : parseSums(sumsBytes);
            PGPSignature sumsSig = contents.containsKey("SHA256SUMS.asc")
                    ? OpenPgp.signature(contents.get("SHA256SUMS.asc")) : null;
            boolean sumsAuthentic = key != null && sumsSig != null && sums != null
                    && OpenPgp.verifies(sumsSig, key, sumsBytes);
            if (sumsAuthentic) {
                checkAgainstSums(sums);
            }
            BundleManifest manifest = readManifest();
            boolean manifestAuthentic = manifest != null && key != null && contents.containsKey("manifest.json.asc")
                    && signatureHolds(contents.get("manifest.json.asc"), key, contents.get("manifest.json"));
            if (!sumsAuthentic && hashes.containsKey("SHA256SUMS") && hashes.containsKey("SHA256SUMS.asc")) {
                // Only the checksum file, its signature or the key can break the checksum signature; a key that
                // still verifies the manifest is not the one that changed.
                if (key == null) {
                    f.add("public-key.asc", "is not an OpenPGP public key");
                } else if (!manifestAuthentic) {
                    blameForBothSignatures(manifest, sumsBytes == null ? null : parseSums(sumsBytes));
                } else if (sumsSig == null) {
                    f.add("SHA256SUMS.asc", "is not a detached OpenPGP signature as Redress writes it");
                } else if (sums == null || !Arrays.equals(expectedSums(manifest), sumsBytes)) {
                    f.add("SHA256SUMS", "does not match the signed manifest (it was altered)");
                } else {
                    f.add("SHA256SUMS.asc", "does not verify with public-key.asc");
                }
            }
            if (manifest == null) {
                if (hashes.containsKey("manifest.json") && !f.names("manifest.json")) {
                    f.add("manifest.json", "is not a valid bundle manifest");
                }
                return;
            }
            f.manifest = Optional.of(manifest);
            if (!manifestAuthentic && key != null && !f.names("manifest.json") && !f.names("manifest.json.asc")) {
                f.add("manifest.json.asc", "does not verify with public-key.asc");
            }
            if (key != null) {
                checkKey(manifest, key);
            }
            checkManifest(manifest, sums, sumsAuthentic);
            checkCustody(manifest, key);
            if (hashes.containsKey("manifest.json.tsr") && !f.names("manifest.json")) {
                String problem = TimeStampTokens.check(contents.get("manifest.json.tsr"),
                        BundleExporter.sha256(contents.get("manifest.json")));
                if (problem != null) {
                    f.add("manifest.json.tsr", problem);
                }
            }
        }

        /**
         * Neither signature verifies. The key is to blame only when its SHA-256 differs from what the manifest and
         * SHA256SUMS (read without trusting them) say; otherwise it is whichever signed file differs from its
         * listed hash, or both signatures.
         */
        private void blameForBothSignatures(BundleManifest manifest, Map<String, String> sums) {
            String keyHash = hashes.get("public-key.asc");
            boolean keyAsListed = manifest != null && manifest.members().stream()
                    .anyMatch(m -> m.path().equals("public-key.asc") && m.sha256().equals(keyHash))
                    || sums != null && keyHash != null && keyHash.equals(sums.get("public-key.asc"));
            if (!keyAsListed) {
                f.add("public-key.asc", "verifies neither the manifest nor SHA256SUMS (it was altered)");
                return;
            }
            boolean blamed = false;
            for (String m : List.of("manifest.json", "manifest.json.asc")) {
                if (sums != null && sums.containsKey(m) && !sums.get(m).equals(hashes.get(m)) && !f.names(m)) {
                    f.add(m, "does not match its SHA-256 in SHA256SUMS (it was altered)");
                    blamed = true;
                }
            }
            if (!blamed) {
                f.add("manifest.json.asc", "does not verify with public-key.asc");
                f.add("SHA256SUMS.asc", "does not verify with public-key.asc");
            }
        }

        private void checkAgainstSums(Map<String, String> sums) {
            for (Map.Entry<String, String> s : sums.entrySet()) {
                String actual = hashes.get(s.getKey());
                if (actual == null) {
                    if (!f.names(s.getKey())) {
                        f.add(s.getKey(), "is missing (SHA256SUMS lists it)");
                    }
                } else if (!actual.equals(s.getValue())) {
                    f.add(s.getKey(), "does not match its SHA-256 in SHA256SUMS (it was altered)");
                }
            }
            for (String member : hashes.keySet()) {
                if (!sums.containsKey(member) && !member.equals("SHA256SUMS") && !member.equals("SHA256SUMS.asc")) {
                    f.add(member, "is not listed in SHA256SUMS (it was added)");
                }
            }
        }

        private BundleManifest readManifest() {
            byte[] bytes = contents.get("manifest.json");
            if (bytes == null) {
                return null;
            }
            try {
                return RedressJson.read(bytes, BundleManifest.class, "bundle manifest");
            } catch (InvalidDataException | IllegalArgumentException e) {
                return null;
            }
        }

        private static boolean signatureHolds(byte[] armored, PGPPublicKey key, byte[] data) {
            PGPSignature sig = OpenPgp.signature(armored);
            return sig != null && OpenPgp.verifies(sig, key, data);
        }

        private byte[] expectedSums(BundleManifest manifest) {
            List<BundleMember> all = new ArrayList<>(manifest.members());
            for (String s : List.of("manifest.json", "manifest.json.asc", "manifest.json.tsr")) {
                if (hashes.containsKey(s)) {
                    all.add(BundleMember.of(s, 0, hashes.get(s)));
                }
            }
            return BundleExporter.sha256sums(all);
        }

        private void checkKey(BundleManifest manifest, PGPPublicKey key) {
            String fingerprint = OpenPgp.fingerprint(key);
            if (!fingerprint.equals(manifest.signerFingerprint()) && !f.names("manifest.json")) {
                f.add("manifest.json", "names a signing key other than public-key.asc");
            }
            expectedFingerprint.map(x -> x.replace(" ", "").toUpperCase(java.util.Locale.ROOT))
                    .filter(x -> !x.equals(fingerprint))
                    .ifPresent(x -> f.add("public-key.asc", "is not the key you expected (fingerprint "
                            + fingerprint + ")"));
        }

        private void checkManifest(BundleManifest manifest, Map<String, String> sums, boolean sumsAuthentic) {
            Set<String> listed = new HashSet<>();
            for (BundleMember m : manifest.members()) {
                listed.add(m.path());
                String actual = hashes.get(m.path());
                if (actual == null) {
                    if (!f.names(m.path())) {
                        f.add(m.path(), "is missing (the manifest lists it)");
                    }
                } else if (!actual.equals(m.sha256()) && !f.names(m.path())) {
                    f.add(m.path(), "does not match its SHA-256 in the manifest (it was altered)");
                }
                if (sumsAuthentic && !m.sha256().equals(sums.get(m.path()))) {
                    f.add("SHA256SUMS", "disagrees with the manifest about " + m.path());
                }
            }
            for (String member : hashes.keySet()) {
                if (!listed.contains(member) && !BundleExporter.SIGNATURE_MEMBERS.contains(member)
                        && !f.names(member)) {
                    f.add(member, "is not listed in the manifest (it was added)");
                }
            }
            for (BundleItem item : manifest.items()) {
                boolean inMembers = manifest.members().stream().anyMatch(m -> m.path().equals(item.path())
                        && m.sha256().equals(item.sha256()) && m.size() == item.size());
                if (!inMembers || !item.record().sha256().map(item.sha256()::equals).orElse(false)) {
                    if (!f.names("manifest.json")) {
                        f.add("manifest.json", "describes exhibit " + item.exhibitLabel()
                                + " inconsistently (its file and record hashes differ)");
                    }
                }
            }
        }

        private void checkCustody(BundleManifest manifest, PGPPublicKey key) {
            byte[] events = contents.get("custody/custody.jsonl");
            byte[] checkpoints = contents.get("custody/checkpoints.jsonl");
            if (events == null || checkpoints == null || f.names("custody/custody.jsonl")
                    || f.names("custody/checkpoints.jsonl")) {
                return;
            }
            PublicKey jca = key == null ? null : OpenPgp.jca(key);
            VerificationReport report = CustodyVerifier.verify(events, checkpoints, Optional.ofNullable(jca));
            for (Finding x : report.findings()) {
                f.add(x.subject().startsWith("checkpoint") ? "custody/checkpoints.jsonl" : "custody/custody.jsonl",
                        x.toString());
            }
            List<Checkpoint> cps = new ArrayList<>();
            for (String line : lines(checkpoints)) {
                try {
                    cps.add(MAPPER.readValue(line, Checkpoint.class));
                } catch (IOException | RuntimeException e) {
                    return; // already reported by the custody verifier
                }
            }
            if (cps.isEmpty() || !cps.get(cps.size() - 1).equals(manifest.checkpoint())) {
                if (!f.names("manifest.json")) {
                    f.add("manifest.json", "its checkpoint is not the last one in custody/checkpoints.jsonl");
                }
                return;
            }
            checkProofs(manifest, events, cps);
        }

        private void checkProofs(BundleManifest manifest, byte[] events, List<Checkpoint> cps) {
            byte[] proofBytes = contents.get("custody/proofs.json");
            if (proofBytes == null || f.names("custody/proofs.json")) {
                return;
            }
            String subject = "custody/proofs.json";
            try {
                JsonNode root = MAPPER.readTree(proofBytes);
                Checkpoint cp = manifest.checkpoint();
                List<String> lines = lines(events);
                Set<String> proven = new HashSet<>();
                for (JsonNode n : root.path("inclusion")) {
                    InclusionProof p = MAPPER.treeToValue(n, InclusionProof.class);
                    boolean holds = p.treeSize() == cp.treeSize() && p.leafIndex() < lines.size()
                            && p.eventHash().equals(HexFormat.of().formatHex(BundleExporter.sha256(
                                    lines.get((int) p.leafIndex()).getBytes(StandardCharsets.UTF_8))))
                            && p.verifies(cp.rootHash());
                    if (!holds) {
                        f.add(subject, "the inclusion proof of event " + p.leafIndex() + " does not hold");
                    } else {
                        MAPPER.readTree(lines.get((int) p.leafIndex())).path("itemIds")
                                .forEach(id -> proven.add(id.asText()));
                    }
                }
                for (BundleItem item : manifest.items()) {
                    if (!proven.contains(item.record().id())) {
                        f.add(subject, "has no inclusion proof for exhibit " + item.exhibitLabel());
                    }
                }
                for (JsonNode n : root.path("consistency")) {
                    ConsistencyProof p = MAPPER.treeToValue(n, ConsistencyProof.class);
                    Optional<Checkpoint> a = cps.stream().filter(c -> c.treeSize() == p.firstSize()).findFirst();
                    Optional<Checkpoint> b = cps.stream().filter(c -> c.treeSize() == p.secondSize())
                            .findFirst();
                    if (a.isEmpty() || b.isEmpty() || !p.verifies(a.get().rootHash(), b.get().rootHash())) {
                        f.add(subject, "the consistency proof from " + p.firstSize() + " to "
                                + p.secondSize() + " events does not hold");
                    }
                }
            } catch (IOException | RuntimeException e) {
                f.add(subject, "is not a valid proofs file");
            }
        }

        private static List<String> lines(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.isEmpty()) {
                return List.of();
            }
            return Arrays.asList(text.split("\n", -1)).subList(0, text.endsWith("\n")
                    ? text.split("\n", -1).length - 1 : text.split("\n", -1).length);
        }

        private static Map<String, String> parseSums(byte[] bytes) {
            Map<String, String> out = new LinkedHashMap<>();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.endsWith("\n")) {
                return null;
            }
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                if (!line.matches("[0-9a-f]{64}  [A-Za-z0-9][A-Za-z0-9._/-]*")
                        || out.put(line.substring(66), line.substring(0, 64)) != null) {
                    return null;
                }
            }
            return out;
        }
    }
}
