package org.redress.evidence.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.redress.evidence.custody.BrokenCustodyLogException;
import org.redress.evidence.custody.Checkpoint;
import org.redress.evidence.custody.CustodyVerifier;
import org.redress.evidence.custody.VerificationReport;
import org.redress.evidence.custody.CustodyEvent;
import org.redress.evidence.custody.CustodyEventType;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.VaultException;
import org.redress.evidence.internal.DurableFiles;
import org.redress.core.json.RedressJson;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.EvidenceRecord;
import org.redress.evidence.timestamp.TimeStampAuthority;

/**
 * Exports evidence as one self-describing {@code .zip}: the evidence files, {@code manifest.json} and its OpenPGP
 * signature (and RFC 3161 time-stamp when an authority is configured), the custody log with a checkpoint made for
 * this export and the proofs that tie each item's events to it, the public key, {@code SHA256SUMS} and its
 * signature, and a plain-language {@code VERIFY.txt}.
 *
 * <pre>{@code
 * BundleExporter exporter = new BundleExporter(capture, signer, Optional.of(tsa));
 * exporter.export(Path.of("case-7-police.zip"), new BundleRequest("case-7", Optional.of("GB-ENG"),
 *         Optional.empty(), List.of("ev-1", "ev-2"), ExportProfile.STANDARD, actor, tool));
 * }</pre>
 *
 * The custody log is verified first: a broken one is refused ({@link BrokenCustodyLogException} naming the event or
 * checkpoint). The export is logged (a {@code signingKeyChanged} event when the signer is not the key the log last
 * recorded, an {@code exported} event, then a signed checkpoint) before the archive is written, because the archive
 * carries the log and a checkpoint that covers its own export; the archive is written atomically and durably. When the
 * export fails after its {@code exported} event (the time-stamp authority, the disk or an item's integrity check
 * fails), an {@code exportFailed} event for the same items is appended before the exception is thrown, so the log
 * never records as done an export that left no bundle. Evidence bytes are re-checked against their hashes on the way out:
 * an item that fails aborts the export with an error naming it. Thread-safe.
 *
 * @since 1.0
 */
public final class BundleExporter {

    /** The members the manifest does not list (they sign or sum it). */
    static final List<String> SIGNATURE_MEMBERS = List.of("manifest.json", "manifest.json.asc", "manifest.json.tsr",
            "SHA256SUMS", "SHA256SUMS.asc");

    private static final long ENTRY_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z: reproducible entries

    private final EvidenceCapture capture;
    private final BundleSigner signer;
    private final Optional<TimeStampAuthority> tsa;
    private final Clock clock;

    /**
     * An exporter with the system clock.
     *
     * @param capture the capture whose vault holds the items and whose custody log records the export
     * @param signer signs the manifest and the custody checkpoint
     * @param tsa when present, the time-stamp authority that time-stamps the manifest's signature
     */
    public BundleExporter(EvidenceCapture capture, BundleSigner signer, Optional<TimeStampAuthority> tsa) {
        this(capture, signer, tsa, Clock.systemUTC());
    }

    /**
     * An exporter.
     *
     * @param capture the capture whose vault holds the items and whose custody log records the export
     * @param signer signs the manifest and the custody checkpoint
     * @param tsa when present, the time-stamp authority that time-stamps the manifest's signature
     * @param clock the export time
     */
    public BundleExporter(EvidenceCapture capture, BundleSigner signer, Optional<TimeStampAuthority> tsa,
            Clock clock) {
        this.capture = Objects.requireNonNull(capture, "capture");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.tsa = Objects.requireNonNull(tsa, "tsa");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the bundle.
     *
     * @param zip the bundle file to write (replaced if it exists)
     * @param request which case and items, for whom, by whom
     * @return the manifest written
     * @throws VaultException when an item is missing or not stored
     * @throws org.redress.evidence.EvidenceIntegrityException when an item fails its integrity check (nothing is
     *         left behind at {@code zip})
     * @throws BrokenCustodyLogException when the custody log does not verify (nothing is written or logged)
     */
    public BundleManifest export(Path zip, BundleRequest request) throws IOException {
        List<EvidenceRecord> records = new ArrayList<>();
        for (String id : request.itemIds()) {
            EvidenceRecord r = capture.record(id);
            if (r.contentStatus() != ContentStatus.STORED) {
                throw new VaultException("Item " + id + " has no stored content to export.");
            }
            records.add(r);
        }
        CustodyLog log = capture.log();
        checkLog(log);
        log.recordSigningKey(signer.signingKey(), request.actor(), request.tool());
        log.append(CustodyEventType.EXPORTED, request.actor(), request.tool(), request.itemIds(),
                b -> b.note("Exported in a bundle with profile " + request.profile().name() + "."));
        try {
            return write(zip, request, records, log);
        } catch (IOException | RuntimeException e) {
            try {
                log.append(CustodyEventType.EXPORT_FAILED, request.actor(), request.tool(), request.itemIds(),
                        b -> b.note("The export logged just before was not completed: no bundle was written ("
                                + e.getClass().getSimpleName() + ")."));
            } catch (IOException | RuntimeException notLogged) {
                e.addSuppressed(notLogged);
            }
            throw e;
        }
    }

    /** Seals the log with a checkpoint and writes the archive; the {@code exported} event is already logged. */
    private BundleManifest write(Path zip, BundleRequest request, List<EvidenceRecord> records, CustodyLog log)
            throws IOException {
        Checkpoint checkpoint = log.checkpoint(signer.checkpointSigner(), tsa);
        byte[] events = Files.readAllBytes(log.eventsFile());
        byte[] checkpoints = Files.readAllBytes(log.checkpointsFile());
        byte[] proofs = proofs(log, checkpoint, request.itemIds());

        BundleManifest[] written = new BundleManifest[1];
        DurableFiles.write(zip, channel -> {
            OutputStream raw = Channels.newOutputStream(channel);
            ZipOutputStream out = new ZipOutputStream(raw, StandardCharsets.UTF_8);
            List<BundleMember> members = new ArrayList<>();
            List<BundleItem> items = new ArrayList<>();
            Set<String> paths = new LinkedHashSet<>();
            for (EvidenceRecord r : records) {
                String path = evidencePath(r, paths);
                BundleMember m;
                try (InputStream in = capture.vault().open(r.id())) {
                    m = put(out, path, in);
                }
                members.add(m);
                items.add(BundleItem.builder()
                        .exhibitLabel(r.exhibitLabel().orElse(r.id()))
                        .path(path).size(m.size()).sha256(m.sha256())
                        .record(request.profile().apply(r))
                        .build());
            }
            members.add(put(out, "custody/custody.jsonl", events));
            members.add(put(out, "custody/checkpoints.jsonl", checkpoints));
            members.add(put(out, "custody/proofs.json", proofs));
            members.add(put(out, "public-key.asc", signer.armoredPublicKey()));
            members.add(put(out, "VERIFY.txt", VerifyText.render(signer.fingerprint(), tsa.isPresent(),
                    items.size())));
            BundleManifest manifest = BundleManifest.builder()
                    .format(BundleManifest.FORMAT)
                    .createdAt(clock.instant())
                    .caseId(request.caseId())
                    .jurisdiction(request.jurisdiction())
                    .summary(request.summary())
                    .profile(request.profile().name())
                    .signerFingerprint(signer.fingerprint())
                    .items(items)
                    .members(members)
                    .checkpoint(checkpoint)
                    .build();
            byte[] manifestBytes = RedressJson.write(manifest);
            List<BundleMember> summed = new ArrayList<>(members);
            summed.add(put(out, "manifest.json", manifestBytes));
            summed.add(put(out, "manifest.json.asc", signer.sign(manifestBytes)));
            if (tsa.isPresent()) {
                summed.add(put(out, "manifest.json.tsr", tsa.get().timeStamp(sha256(manifestBytes))));
            }
            byte[] sums = sha256sums(summed);
            put(out, "SHA256SUMS", sums);
            put(out, "SHA256SUMS.asc", signer.sign(sums));
            out.finish();
            out.flush();
            written[0] = manifest;
        });
        return written[0];
    }

    /**
     * Refuses to export from a log that does not verify. An event that records lost history is not a break: the
     * bundle carries it, and its verification reports it.
     */
    private static void checkLog(CustodyLog log) throws IOException {
        for (VerificationReport.Finding f : log.verify(Optional.empty()).findings()) {
            if (!CustodyVerifier.HISTORY_LOST_REASON.equals(f.reason())) {
                throw new BrokenCustodyLogException(f);
            }
        }
    }

    /** The {@code SHA256SUMS} text for members, sorted by path, in the format {@code sha256sum -c} reads. */
    static byte[] sha256sums(List<BundleMember> members) {
        StringBuilder out = new StringBuilder();
        members.stream().sorted(Comparator.comparing(BundleMember::path))
                .forEach(m -> out.append(m.sha256()).append("  ").append(m.path()).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] proofs(CustodyLog log, Checkpoint checkpoint, List<String> itemIds) throws IOException {
        ObjectNode root = RedressJson.newMapper().createObjectNode();
        root.put("treeSize", checkpoint.treeSize());
        root.put("rootHash", checkpoint.rootHash());
        ArrayNode inclusion = root.putArray("inclusion");
        for (CustodyEvent e : log.events()) {
            if (e.sequence() < checkpoint.treeSize() && e.itemIds().stream().anyMatch(itemIds::contains)) {
                inclusion.add(RedressJson.toTree(log.inclusionProof(e.sequence(), checkpoint)));
            }
        }
        ArrayNode consistency = root.putArray("consistency");
        List<Checkpoint> all = log.checkpoints();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).treeSize() > 0 && all.get(i + 1).treeSize() >= all.get(i).treeSize()) {
                consistency.add(RedressJson.toTree(log.consistencyProof(all.get(i), all.get(i + 1))));
            }
        }
        return RedressJson.write(root);
    }

    private static String evidencePath(EvidenceRecord r, Set<String> taken) {
        String extension = r.fileName()
                .map(n -> n.lastIndexOf('.') >= 0 ? n.substring(n.lastIndexOf('.') + 1) : "")
                .filter(x -> x.matches("[A-Za-z0-9]{1,8}"))
                .map(x -> "." + x.toLowerCase(java.util.Locale.ROOT)).orElse("");
        String label = r.exhibitLabel().map(l -> l.replaceAll("[^A-Za-z0-9._-]", "_")).orElse(r.id());
        String path = "evidence/" + label + extension;
        if (!taken.add(path)) {
            path = "evidence/" + r.id() + extension;
            taken.add(path);
        }
        return path;
    }

    private static BundleMember put(ZipOutputStream out, String path, byte[] content) throws IOException {
        return put(out, path, new java.io.ByteArrayInputStream(content));
    }

    private static BundleMember put(ZipOutputStream out, String path, InputStream in) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(ENTRY_TIME);
        out.putNextEntry(entry);
        MessageDigest sha = newSha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            sha.update(buffer, 0, n);
            out.write(buffer, 0, n);
            size += n;
        }
        out.closeEntry();
        return BundleMember.of(path, size, HexFormat.of().formatHex(sha.digest()));
    }

    static byte[] sha256(byte[] data) {
        return newSha256().digest(data);
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
