package org.redress.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.redress.evidence.custody.CustodyEvent;
import org.redress.evidence.custody.CustodyEventType;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.internal.DurableFiles;
import org.redress.core.model.Case;
import org.redress.core.model.Collector;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImmutableEvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.model.Tool;
import org.redress.core.plan.Planner;
import org.redress.core.plan.SafetyAssessment;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;

/**
 * Captures evidence into a vault and keeps its custody log: the one entry point for bytes coming in, being viewed,
 * checked, derived from and disposed of. Every method that touches an item appends the custody event that says so.
 *
 * <pre>{@code
 * try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"), VaultKey.passphrase(pass));
 *      CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
 *     EvidenceCapture capture = new EvidenceCapture(vault, log);
 *     CaptureResult r = capture.capture(metadata, Path.of("screenshot.png"));
 *     String sha256 = r.record().sha256().orElseThrow();
 * }
 * }</pre>
 *
 * Content that involves a child is never read, stored or copied: the capture records only its location and
 * description and returns {@link ChildProtectionGuidance} naming the jurisdiction's child-protection routes.
 * Thread-safe when the vault and log are (the defaults are).
 *
 * @since 1.0
 */
public final class EvidenceCapture {

    private final EvidenceVault vault;
    private final CustodyLog log;
    /** Where the child-protection routes come from; the packs are loaded only when a capture needs them. */
    private final java.util.function.Supplier<Planner> planner;
    private final Clock clock;

    /**
     * A capture over a vault and a log, with the packs {@link Planner#load()} finds and the system clock. The packs
     * are loaded the first time a capture needs a child-protection route, not before (loading every pack is most of
     * a one-shot capture's start-up).
     *
     * @param vault where the items' bytes and records are kept, encrypted
     * @param log the custody log every capture, viewing and disposal is written to
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public EvidenceCapture(EvidenceVault vault, CustodyLog log) throws IOException {
        this(vault, log, new LazyPlanner(), Clock.systemDefaultZone());
    }

    /**
     * A capture over a vault and a log. Items in the vault whose capture event is missing (a crash between the two
     * writes) get their event now, with a note saying so.
     *
     * @param planner where the child-protection routes come from
     * @param clock the capture time and zone when the metadata gives none
     * @param vault where the items' bytes and records are kept, encrypted
     * @param log the custody log every capture, viewing and disposal is written to
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public EvidenceCapture(EvidenceVault vault, CustodyLog log, Planner planner, Clock clock) throws IOException {
        this(vault, log, supplying(Objects.requireNonNull(planner, "planner")), clock);
    }

    private EvidenceCapture(EvidenceVault vault, CustodyLog log, java.util.function.Supplier<Planner> planner,
            Clock clock) throws IOException {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.log = Objects.requireNonNull(log, "log");
        this.planner = planner;
        this.clock = Objects.requireNonNull(clock, "clock");
        reconcile();
    }

    private static java.util.function.Supplier<Planner> supplying(Planner planner) {
        return () -> planner;
    }

    /** {@link Planner#load()}, once, when first asked. */
    private static final class LazyPlanner implements java.util.function.Supplier<Planner> {
        private Planner loaded;

        @Override
        public synchronized Planner get() {
            if (loaded == null) {
                loaded = Planner.load();
            }
            return loaded;
        }
    }

    /**
     * Logs what the vault holds and the log lacks. An item the vault lists as {@linkplain EvidenceVault#unsettled
     * unsettled} was stored just before a crash: its capture event is logged now, with a note saying so. Any other
     * item the log lacks means the log's history was lost (it was emptied or replaced): one
     * {@link CustodyEventType#HISTORY_LOST} event names them, so the log never verifies clean again.
     */
    private void reconcile() throws IOException {
        Set<String> logged = new HashSet<>();
        for (CustodyEvent e : log.events()) {
            if (e.type() == CustodyEventType.CAPTURED || e.type() == CustodyEventType.IMPORTED
                    || e.type() == CustodyEventType.REDACTED_DERIVATIVE_MADE
                    || e.type() == CustodyEventType.HISTORY_LOST) {
                logged.addAll(e.itemIds());
            }
        }
        Set<String> unsettled = new HashSet<>(vault.unsettled());
        List<String> lost = new ArrayList<>();
        EvidenceRecord firstLost = null;
        for (String id : vault.ids()) {
            if (logged.contains(id)) {
                if (unsettled.contains(id)) {
                    vault.settle(id);
                }
                continue;
            }
            EvidenceRecord r;
            try {
                r = vault.record(id);
            } catch (EvidenceIntegrityException e) {
                continue; // unreadable: the vault reports it by id
            }
            if (unsettled.contains(id)) {
                log.append(captureType(r), r.collector(), r.tool(), itemIds(r),
                        b -> b.note("Recorded when the vault was next opened: the process stopped between storing "
                                + "the item and logging it."));
                vault.settle(id);
            } else {
                lost.add(id);
                firstLost = firstLost == null ? r : firstLost;
            }
        }
        if (!lost.isEmpty()) {
            log.append(CustodyEventType.HISTORY_LOST, firstLost.collector(), firstLost.tool(), lost,
                    b -> b.note("The custody log had no record of these items although the vault holds them: the "
                            + "log was emptied or replaced, so their custody before this event cannot be shown."));
        }
    }

    /**
     * Captures bytes from a stream (read to its end, not closed).
     *
     * @param metadata what the item is and how it was captured
     * @param content the bytes
     * @return the item's record and, for material never stored, the guidance instead
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public CaptureResult capture(CaptureMetadata metadata, InputStream content) throws IOException {
        Objects.requireNonNull(metadata, "metadata");
        if (metadata.involvesChild()) {
            return childProtection(metadata);
        }
        Objects.requireNonNull(content, "content");
        if (metadata.derivedFrom().isPresent() && !vault.contains(metadata.derivedFrom().get())) {
            throw new VaultException("The original " + metadata.derivedFrom().get()
                    + " of a derivative must be in the vault; it is kept alongside.");
        }
        EvidenceRecord record = vault.put(metadata.id(), content, metadata.extraAlgorithms(),
                facts -> base(metadata).contentStatus(ContentStatus.STORED).size(facts.size())
                        .hashes(facts.hashes()).build());
        CustodyEvent event = log.append(captureType(record), metadata.collector(), metadata.tool(),
                itemIds(record));
        vault.settle(record.id());
        return new CaptureResult(record, event, Optional.empty());
    }

    /**
     * Captures a file's bytes.
     *
     * @param metadata what the item is and how it was captured
     * @param file the file to capture (it is read, not moved)
     * @return the item's record and, for material never stored, the guidance instead
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public CaptureResult capture(CaptureMetadata metadata, Path file) throws IOException {
        if (metadata.involvesChild()) {
            return childProtection(metadata);
        }
        try (InputStream in = DurableFiles.openForReading(file)) {
            return capture(metadata, in);
        }
    }

    /**
     * Captures bytes held in memory.
     *
     * @param metadata what the item is and how it was captured
     * @param content the bytes
     * @return the item's record and, for material never stored, the guidance instead
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public CaptureResult capture(CaptureMetadata metadata, byte[] content) throws IOException {
        return capture(metadata, new java.io.ByteArrayInputStream(content));
    }

    /**
     * Captures bytes for an incident of a case. When the incident's material is a sexual image of a child, as
     * {@link SafetyAssessment#childSexualImage} reads it (recorded as involving a child, or an intimate image of a
     * person under 18 at the time, by date of birth or age), or the metadata says it involves a child, nothing is
     * stored whatever else the caller set: only where it is gets recorded, and the guidance is the case's
     * jurisdiction's.
     *
     * @param c the case
     * @param incident the incident of the case the item belongs to
     * @param metadata what the item is and how it was captured
     * @param content the bytes (read to its end, not closed)
     * @return the item's record and, for material never stored, the guidance instead
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public CaptureResult capture(Case c, Incident incident, CaptureMetadata metadata, InputStream content)
            throws IOException {
        boolean child = SafetyAssessment.of(c, OffsetDateTime.now(clock)).childSexualImage(incident);
        if (child || incident.isInvolvesChild() || metadata.involvesChild()) {
            ImmutableCaptureMetadata.Builder m = ImmutableCaptureMetadata.builder().from(metadata)
                    .involvesChild(true).jurisdiction(c.jurisdiction());
            if (metadata.location().isEmpty() && metadata.requestedUrl().isEmpty()
                    && !incident.locations().isEmpty()) {
                m.location(incident.locations().get(0));
            }
            return childProtection(m.build());
        }
        return capture(metadata, content);
    }

    private CaptureResult childProtection(CaptureMetadata m) throws IOException {
        ImmutableEvidenceRecord.Builder b = identity(m).contentStatus(ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL);
        m.description().ifPresent(b::description);
        m.platform().ifPresent(b::platform);
        m.requestedUrl().ifPresent(b::requestedUrl);
        m.location().ifPresent(l -> {
            l.url().ifPresent(u -> b.requestedUrl(u));
            l.platformId().ifPresent(b::contentId);
            if (m.description().isEmpty()) {
                l.description().ifPresent(b::description);
            }
        });
        EvidenceRecord record = b.build();
        List<Route> routes = m.jurisdiction().flatMap(j -> planner.get().packFor(j))
                .map(pack -> pack.routes().stream().filter(r -> r.kind() == RouteKind.CHILD_PROTECTION).toList())
                .orElse(List.of());
        String message = routes.isEmpty() ? ChildProtectionGuidance.GENERIC
                : ChildProtectionGuidance.GENERIC.replace("to your country's child-protection hotline if there is one",
                        "to " + String.join(" or ", routes.stream().map(Route::name).toList()));
        CustodyEvent event = log.append(captureType(record), m.collector(), m.tool(), List.of(record.id()),
                e -> e.note("Location and description only: the content involves a child and was not stored."));
        return new CaptureResult(record, event, Optional.of(new ChildProtectionGuidance(message, routes)));
    }

    /** What every record says of its capture: the item, when, by whom, with what, and how it was obtained. */
    private ImmutableEvidenceRecord.Builder identity(CaptureMetadata m) {
        return EvidenceRecord.builder()
                .id(m.id())
                .kind(m.kind())
                .capturedAt(m.capturedAt().orElseGet(() -> OffsetDateTime.now(clock)))
                .captureZone(m.captureZone().orElse(clock.getZone()))
                .clockSource(m.clockSource())
                .collector(m.collector())
                .tool(m.tool())
                .origin(m.origin());
    }

    private ImmutableEvidenceRecord.Builder base(CaptureMetadata m) {
        ImmutableEvidenceRecord.Builder b = identity(m);
        m.exhibitLabel().ifPresent(b::exhibitLabel);
        m.description().ifPresent(b::description);
        m.fileName().ifPresent(b::fileName);
        m.mediaType().ifPresent(b::mediaType);
        m.requestedUrl().ifPresent(b::requestedUrl);
        m.loadedUrl().ifPresent(b::loadedUrl);
        m.platform().ifPresent(b::platform);
        m.authorHandle().ifPresent(b::authorHandle);
        m.authorId().ifPresent(b::authorId);
        m.contentId().ifPresent(b::contentId);
        m.contentTime().ifPresent(b::contentTime);
        m.environment().ifPresent(b::environment);
        m.derivedFrom().ifPresent(b::derivedFrom);
        m.transformation().ifPresent(b::transformation);
        return b;
    }

    private static CustodyEventType captureType(EvidenceRecord r) {
        if (r.derivedFrom().isPresent()) {
            return CustodyEventType.REDACTED_DERIVATIVE_MADE;
        }
        return r.origin() == EvidenceOrigin.IMPORTED ? CustodyEventType.IMPORTED : CustodyEventType.CAPTURED;
    }

    private static List<String> itemIds(EvidenceRecord r) {
        List<String> ids = new ArrayList<>();
        r.derivedFrom().ifPresent(ids::add);
        ids.add(r.id());
        return ids;
    }

    /**
     * The record of an item.
     *
     * @param id the item's id
     * @return the item's record
     * @throws VaultException when there is no such item
     * @throws IOException when the vault cannot be read
     */
    public EvidenceRecord record(String id) throws IOException {
        return vault.record(id);
    }

    /**
     * Opens an item's original bytes for viewing (the stream re-checks the hash) and logs the viewing.
     *
     * @param id the item's id
     * @param actor who does it, as the custody log records it
     * @param tool the software that does it
     * @return the original bytes; reading throws {@link EvidenceIntegrityException} when they do not match their hash
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public InputStream view(String id, Collector actor, Tool tool) throws IOException {
        InputStream in = vault.open(id);
        log.append(CustodyEventType.VIEWED, actor, tool, List.of(id));
        return in;
    }

    /**
     * Re-hashes an item's bytes and logs the expected and observed SHA-256.
     *
     * @param id the item's id
     * @param actor who does it, as the custody log records it
     * @param tool the software that does it
     * @return whether they match
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public boolean verifyHash(String id, Collector actor, Tool tool) throws IOException {
        String expected = vault.record(id).sha256().orElseThrow();
        String observed;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = vault.open(id)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    sha.update(buffer, 0, n);
                }
                observed = HexFormat.of().formatHex(sha.digest());
            } catch (EvidenceIntegrityException e) {
                observed = HexFormat.of().formatHex(sha.digest());
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String seen = observed;
        log.append(CustodyEventType.HASH_VERIFIED, actor, tool, List.of(id),
                b -> b.expectedSha256(expected).observedSha256(seen));
        return expected.equals(observed);
    }

    /**
     * Disposes of an item: destroys its key, then its file, and logs the disposal.
     *
     * @param id the item's id
     * @param actor who does it, as the custody log records it
     * @param tool the software that does it
     * @param reason why the item is disposed of, in words (logged)
     * @return the disposal event
     * @throws IOException when the vault or the custody log cannot be read or written
     */
    public CustodyEvent dispose(String id, Collector actor, Tool tool, String reason) throws IOException {
        vault.destroy(id);
        return log.append(CustodyEventType.DISPOSED, actor, tool, List.of(id), b -> b.note(reason));
    }

    /** {@return the vault} */
    public EvidenceVault vault() {
        return vault;
    }

    /** {@return the custody log} */
    public CustodyLog log() {
        return log;
    }
}
