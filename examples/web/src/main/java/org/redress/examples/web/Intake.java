package org.redress.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.redress.core.document.ReportDocument;
import org.redress.evidence.CaptureResult;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutableEvidenceRecord;
import org.redress.core.model.ImmutableIncident;
import org.redress.core.model.Incident;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;

/**
 * One person's case as the app keeps it: the case JSON sealed in {@code DATA/case.sealed}, the evidence in the
 * vault under {@code DATA/vault}. Methods are synchronized: one case, a few requests at a time.
 *
 * <p>The keys and the case are in memory only while it is open: {@link #close()} (when every browser's session is
 * locked) zeroes the case file's key and the vault's key-encryption key and drops the case; {@link #reopen(char[])}
 * opens it again with the passphrase.
 */
final class Intake {

    private final Planner planner = Planner.load();
    private final Path data;
    private final Path exports;
    /** Evidence ids taken by a put under way, or seen by the custody log: never handed out again. */
    private final Set<String> reserved = new java.util.HashSet<>();
    /** Null while closed. */
    private SealedFile caseFile;
    private Evidence evidence;
    private Case current;
    /** Uploads streaming into the vault now: closing waits for them. */
    private int uploads;
    private boolean closing;

    private Intake(Path data, SealedFile caseFile, Evidence evidence, Case current) throws IOException {
        this.data = data;
        this.caseFile = caseFile;
        this.evidence = evidence;
        this.current = current;
        this.exports = data.resolve(".export");
        for (var e : evidence.capture().log().events()) {
            reserved.addAll(e.itemIds());
        }
    }

    /** The case is locked: its keys are not in memory. */
    static final class LockedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        LockedException() {
            super("the case is locked");
        }
    }

    private void requireOpen() {
        if (caseFile == null) {
            throw new LockedException();
        }
    }

    /** Whether the keys are in memory. */
    synchronized boolean isOpen() {
        return caseFile != null;
    }

    /**
     * Locks the case: waits for uploads under way, then closes the vault (its key-encryption key zeroed), zeroes
     * the case file's key and drops the case and its plan from memory. Nothing happens if it is opened again while
     * waiting.
     */
    void close() throws IOException {
        SealedFile f;
        Evidence e;
        synchronized (this) {
            if (caseFile == null) {
                return;
            }
            closing = true;
            while (uploads > 0 && closing) {
                try {
                    wait();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (!closing || caseFile == null) {
                return;
            }
            closing = false;
            f = caseFile;
            e = evidence;
            caseFile = null;
            evidence = null;
            current = null;
            planned = null;
            f.destroy();
            e.close();
        }
    }

    /**
     * Opens the case again with the passphrase (or, when it is open, checks the passphrase).
     *
     * @return whether the passphrase opens it
     */
    synchronized boolean reopen(char[] passphrase) throws IOException {
        if (caseFile != null) {
            boolean ok = caseFile.matches(passphrase);
            if (ok) {
                closing = false;
            }
            return ok;
        }
        SealedFile f = SealedFile.open(data.resolve("case.sealed"), passphrase);
        Case c;
        try {
            c = RedressJson.readCase(f.read());
        } catch (SealedFile.WrongPassphraseException e) {
            f.destroy();
            return false;
        }
        evidence = Evidence.open(data, passphrase);
        caseFile = f;
        current = c;
        return true;
    }

    /**
     * Opens the data folder with the passphrase; when it holds no case yet, starts it with {@code initial}.
     *
     * @throws SealedFile.WrongPassphraseException when the passphrase does not open it
     */
    static Intake open(Path data, char[] passphrase, Case initial) throws IOException {
        org.redress.evidence.PrivateFiles.createDirectories(data);
        org.redress.evidence.PrivateFiles.restrict(data);
        java.nio.channels.FileLock folderLock = lockFolder(data);
        SealedFile sealed = SealedFile.open(data.resolve("case.sealed"), passphrase);
        Case c;
        if (sealed.exists()) {
            c = RedressJson.readCase(sealed.read());
        } else {
            c = initial;
            sealed.write(RedressJson.writeCase(c));
        }
        Intake intake = new Intake(data, sealed, Evidence.open(data, passphrase), c);
        intake.folderLock = folderLock;
        intake.removeLeftovers();
        return intake;
    }

    /** Held as long as this intake exists: the vault's own lock is let go while the case is locked. */
    private java.nio.channels.FileLock folderLock;

    /** Another copy of the app is using the data folder. */
    static final class InUseException extends IOException {
        private static final long serialVersionUID = 1L;

        InUseException() {
            super("the data folder is in use by another copy of the app");
        }
    }

    /**
     * Locks the data folder for this process (a file lock on {@code DATA/.app.lock}, let go when the process ends):
     * two copies of the app on one folder would overwrite each other's case.
     */
    private static java.nio.channels.FileLock lockFolder(Path data) throws IOException {
        Path file = data.resolve(".app.lock");
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        org.redress.evidence.PrivateFiles.restrict(file);
        java.nio.channels.FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new InUseException();
        }
        return lock;
    }

    /** Removes what a stopped or killed run may have left: unfinished exports. (The vault cleans its own.) */
    private void removeLeftovers() throws IOException {
        if (Files.isDirectory(exports)) {
            try (var s = Files.list(exports)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.deleteIfExists(caseFile.path().resolveSibling(caseFile.path().getFileName() + ".tmp"));
    }

    /** Whether a passphrase is the one that opens this data. */
    synchronized boolean opens(char[] passphrase) {
        requireOpen();
        return caseFile.matches(passphrase);
    }

    synchronized Case current() {
        requireOpen();
        return current;
    }

    /** The case file's key has been zeroed (for tests). */
    synchronized boolean keyZeroed(SealedFile f) {
        return f.destroyed();
    }

    /** The sealed case file now (for tests). */
    synchronized SealedFile caseFile() {
        return caseFile;
    }

    /**
     * Adds an incident made for the id this call allocates (under the case's lock, so concurrent posts never
     * race for an id).
     *
     * @throws DuplicateException when the log already holds the same incident
     */
    synchronized Incident addIncident(Function<String, Incident> make) throws IOException {
        requireOpen();
        Incident incident = make.apply(nextId("inc-", current.incidents().stream().map(Incident::id)));
        for (Incident i : current.incidents()) {
            if (sameContent(i, incident)) {
                throw new DuplicateException(i);
            }
        }
        save(ImmutableCase.copyOf(current).withIncidents(append(current.incidents(), incident)));
        return incident;
    }

    /** Replaces an incident (same id), keeping its evidence links. */
    synchronized void updateIncident(Incident changed) throws IOException {
        requireOpen();
        Incident old = current.incident(changed.id()).orElseThrow(() -> new NoSuchElementException("incident"));
        for (Incident i : current.incidents()) {
            if (!i.id().equals(changed.id()) && sameContent(i, changed)) {
                throw new DuplicateException(i);
            }
        }
        // What the form does not show (further quotes and links, the safety facts) is kept as it was.
        List<org.redress.core.model.Quote> quotes = new java.util.ArrayList<>(changed.quotes());
        if (old.quotes().size() > 1) {
            quotes.addAll(old.quotes().subList(1, old.quotes().size()));
        }
        List<org.redress.core.model.ContentLocation> locations = new java.util.ArrayList<>(changed.locations());
        boolean firstUrl = true;
        for (var l : old.locations()) {
            if (l.url().isPresent() && firstUrl) {
                firstUrl = false;
            } else {
                locations.add(l);
            }
        }
        Incident next = ImmutableIncident.copyOf(old).withOccurredAt(changed.occurredAt())
                .withChannel(changed.channel()).withPlatform(changed.platform()).withKinds(changed.kinds())
                .withSummary(changed.summary()).withAccount(changed.account()).withQuotes(quotes)
                .withLocations(locations);
        save(ImmutableCase.copyOf(current).withIncidents(current.incidents().stream()
                .map(i -> i.id().equals(next.id()) ? next : i).toList()));
    }

    /** Removes an incident from the log; evidence linked to it stays, unlinked. */
    synchronized void removeIncident(String id) throws IOException {
        requireOpen();
        if (current.incident(id).isEmpty()) {
            throw new NoSuchElementException("incident");
        }
        save(ImmutableCase.copyOf(current).withIncidents(current.incidents().stream()
                .filter(i -> !i.id().equals(id)).toList()));
    }

    /**
     * Preserves an uploaded file and links it to an incident (if given). The content streams into the vault
     * (hashed and encrypted as it is received) without holding the case's lock; only the id and the final record
     * take it.
     */
    CaptureResult addEvidence(String fileName, String mediaType, InputStream content,
            String description, Optional<String> incidentId) throws IOException {
        Case snapshot;
        String id;
        Evidence into;
        synchronized (this) {
            requireOpen();
            if (closing) {
                throw new LockedException();
            }
            uploads++;
            into = evidence;
            snapshot = current;
            id = nextId("ev-", java.util.stream.Stream.concat(reserved.stream(),
                    current.evidence().stream().map(EvidenceRecord::id)));
            reserved.add(id);
        }
        try {
            CaptureResult result = into.put(snapshot, incidentId.flatMap(snapshot::incident), id, fileName,
                    mediaType, content, description, IntakeApp.zoneFor(snapshot));
            if (result.childProtection().isPresent()) {
                return result;
            }
            synchronized (this) {
                EvidenceRecord record = result.record();
                ImmutableCase next = ImmutableCase.copyOf(current).withEvidence(append(current.evidence(),
                        record));
                if (incidentId.isPresent()) {
                    next = next.withIncidents(link(current.incidents(), id, incidentId));
                }
                save(next);
            }
            return result;
        } finally {
            synchronized (this) {
                // the id stays taken: it is in the case, or in the custody log of a put that failed half-way
                if (!current.evidence(id).isPresent() && !into.vault().contains(id)) {
                    reserved.remove(id);
                }
                uploads--;
                notifyAll();
            }
        }
    }

    /**
     * Whether a file not linked to an incident may be the sexual image of a child the case records: the case holds
     * such an incident (as core's {@code SafetyAssessment} reads it) and the file is a picture, video or PDF. Such
     * a file is not kept: the person is asked to choose the incident it is about.
     */
    static boolean mayBeChildImage(Case c, String mediaType) {
        boolean visual = mediaType.startsWith("image/") || mediaType.startsWith("video/")
                || mediaType.equals("application/pdf");
        return visual && org.redress.core.plan.SafetyAssessment.of(c, java.time.OffsetDateTime.now())
                .anyChildSexualImage();
    }

    /** Whether an incident's material is a sexual image of a child, as core's {@code SafetyAssessment} reads it. */
    synchronized boolean childSexualImage(String incidentId) {
        requireOpen();
        return current.incident(incidentId).map(i -> org.redress.core.plan.SafetyAssessment.of(current,
                java.time.OffsetDateTime.now()).childSexualImage(i)).orElse(false);
    }

    /**
     * Whether a file for this incident (or none) is not to be kept, and no record of where it is can be made:
     * it may be a child's sexual image ({@link #mayBeChildImage}), or its incident is one and gives no address
     * (core's capture records the address when the incident has one).
     */
    synchronized boolean refuseAsChildImage(Optional<String> incidentId, String mediaType) {
        requireOpen();
        if (incidentId.isEmpty()) {
            return mayBeChildImage(current, mediaType);
        }
        return current.incident(incidentId.get()).map(i -> i.locations().isEmpty() && (i.isInvolvesChild()
                || org.redress.core.plan.SafetyAssessment.of(current, java.time.OffsetDateTime.now())
                        .childSexualImage(i))).orElse(false);
    }

    /** The guidance for a child's sexual image: do not keep or send it, report it, with this place's routes. */
    synchronized org.redress.evidence.ChildProtectionGuidance childGuidance() {
        requireOpen();
        List<org.redress.core.route.Route> routes = planner.packFor(current.jurisdiction())
                .map(pack -> pack.routes().stream()
                        .filter(r -> r.kind() == org.redress.core.route.RouteKind.CHILD_PROTECTION).toList())
                .orElse(List.of());
        // Here nothing at all was recorded (no address is known), unlike core's capture, which keeps the address.
        String generic = org.redress.evidence.ChildProtectionGuidance.GENERIC.replace(
                "Redress has recorded only where it is and your description.", "Nothing of the file was kept.");
        String message = routes.isEmpty() ? generic
                : generic.replace(
                        "to your country's child-protection hotline if there is one", "to " + String.join(" or ",
                                routes.stream().map(org.redress.core.route.Route::name).toList()));
        return new org.redress.evidence.ChildProtectionGuidance(message, routes);
    }

    /** Whether the vault holds an item's content. */
    synchronized boolean stored(String evidenceId) {
        requireOpen();
        return evidence.vault().contains(evidenceId);
    }

    /** Changes what an evidence item is described as and which incident it is about. */
    synchronized void updateEvidence(String id, String description, Optional<String> incidentId) throws IOException {
        requireOpen();
        EvidenceRecord old = current.evidence(id).orElseThrow(() -> new NoSuchElementException("evidence"));
        EvidenceRecord next = ImmutableEvidenceRecord.copyOf(old)
                .withDescription(description.isBlank() ? Optional.empty() : Optional.of(description.strip()));
        List<Incident> unlinked = current.incidents().stream().map(i -> i.evidenceIds().contains(id)
                ? ImmutableIncident.copyOf(i).withEvidenceIds(i.evidenceIds().stream()
                        .filter(e -> !e.equals(id)).toList()) : i).map(i -> (Incident) i).toList();
        save(ImmutableCase.copyOf(current)
                .withEvidence(current.evidence().stream().map(e -> e.id().equals(id) ? next : e).toList())
                .withIncidents(link(unlinked, id, incidentId)));
    }

    /**
     * Removes an evidence item: its key and file are destroyed in the vault and the disposal is recorded in the
     * custody log (never silently), then it leaves the case.
     */
    synchronized void removeEvidence(String id, String reason) throws IOException {
        requireOpen();
        if (current.evidence(id).isEmpty()) {
            throw new NoSuchElementException("evidence");
        }
        if (evidence.vault().contains(id)) {
            evidence.capture().dispose(id, Evidence.PERSON, Evidence.TOOL, reason);
        } else {
            evidence.capture().log().append(org.redress.evidence.custody.CustodyEventType.DISPOSED, Evidence.PERSON,
                    Evidence.TOOL, List.of(id), b -> b.note(reason));
        }
        reserved.add(id); // never reuse an id the custody log has seen
        save(ImmutableCase.copyOf(current)
                .withEvidence(current.evidence().stream().filter(e -> !e.id().equals(id)).toList())
                .withIncidents(current.incidents().stream().map(i -> i.evidenceIds().contains(id)
                        ? ImmutableIncident.copyOf(i).withEvidenceIds(i.evidenceIds().stream()
                                .filter(e -> !e.equals(id)).toList()) : i).map(i -> (Incident) i).toList()));
    }

    /** The custody log's events. */
    synchronized List<org.redress.evidence.custody.CustodyEvent> custodyEvents() throws IOException {
        requireOpen();
        return evidence.capture().log().events();
    }

    /** Whether the vault holds evidence to put in a bundle. */
    synchronized boolean hasEvidenceToExport() {
        requireOpen();
        return current.evidence().stream().anyMatch(e -> evidence.vault().contains(e.id()));
    }

    private static List<Incident> link(List<Incident> incidents, String evidenceId, Optional<String> incidentId) {
        return incidents.stream().map(i -> incidentId.isPresent() && i.id().equals(incidentId.get())
                && !i.evidenceIds().contains(evidenceId)
                ? ImmutableIncident.copyOf(i).withEvidenceIds(append(i.evidenceIds(), evidenceId)) : i)
                .map(i -> (Incident) i).toList();
    }

    /** The next id: one more than the highest number any id with this prefix has had. */
    private static String nextId(String prefix, java.util.stream.Stream<String> ids) {
        long max = ids.filter(s -> s.startsWith(prefix)).mapToLong(s -> {
            try {
                return Long.parseLong(s.substring(prefix.length()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }).max().orElse(0);
        return prefix + (max + 1);
    }

    /** Two incidents that say the same: same time, place, kinds and words. */
    private static boolean sameContent(Incident a, Incident b) {
        return a.occurredAt().equals(b.occurredAt()) && a.channel() == b.channel()
                && a.platform().equals(b.platform()) && Set.copyOf(a.kinds()).equals(Set.copyOf(b.kinds()))
                && a.summary().equals(b.summary()) && a.account().equals(b.account())
                && a.quotes().equals(b.quotes()) && a.locations().equals(b.locations());
    }

    /** The log already holds the same incident. */
    static final class DuplicateException extends IOException {
        private static final long serialVersionUID = 1L;
        final transient Incident existing;

        DuplicateException(Incident existing) {
            super("the log already holds this incident");
            this.existing = existing;
        }
    }

    /** The plan and papers of one version of the case, kept for a minute (they depend on the case and the day). */
    private record Planned(Case of, long at, Plan plan, List<ReportDocument> documents) {
    }

    private Planned planned;

    synchronized Plan plan() {
        requireOpen();
        return planned().plan();
    }

    synchronized List<ReportDocument> documents() {
        requireOpen();
        return planned().documents();
    }

    private Planned planned() {
        long now = System.nanoTime();
        Planned p = planned;
        if (p == null || p.of() != current || now - p.at() > 60_000_000_000L) {
            Plan plan = planner.plan(current, PlanningContext.now());
            p = new Planned(current, now, plan, planner.documents(current, plan, DocumentOptions.defaults()));
            planned = p;
        }
        return p;
    }

    /**
     * Renders a document as a fillable PDF/A-3 (the person can correct any value in a PDF reader), exhibit
     * screenshots read, decrypted and hash-checked, from the vault.
     */
    void renderPdf(ReportDocument doc, java.io.OutputStream out) throws IOException {
        org.redress.evidence.DirectoryVault vault;
        synchronized (this) {
            requireOpen();
            vault = evidence.vault();
        }
        new org.redress.pdf.PdfRenderer(org.redress.pdf.RenderOptions.builder()
                .formMode(org.redress.pdf.FormMode.FILLABLE)
                .imageFailure(org.redress.pdf.RenderOptions.ImageFailure.PLACEHOLDER)
                .imageResolver(ref -> {
                    if (!vault.contains(ref)) {
                        throw new java.nio.file.NoSuchFileException(ref);
                    }
                    return vault.open(ref);
                })
                .build()).render(doc, out);
    }

    /**
     * Writes the evidence bundle (every item the vault holds, profile {@code standard}: no device ids, IP
     * addresses or locations), signed with the vault's signing key, to a new file.
     */
    /** A new, empty folder for one export inside the data folder (removed at the next start if left). */
    Path exportFile() throws IOException {
        org.redress.evidence.PrivateFiles.createDirectories(exports);
        return exports.resolve("bundle-" + java.util.UUID.randomUUID() + ".zip");
    }

    synchronized org.redress.evidence.bundle.BundleManifest bundle(Path zip) throws IOException {
        requireOpen();
        List<String> held = new java.util.ArrayList<>();
        for (var e : current.evidence()) {
            if (evidence.vault().contains(e.id())) {
                held.add(e.id());
            }
        }
        // The vault's own long-term key: every bundle from this case shows, and verifies with, the same fingerprint.
        var signer = org.redress.evidence.bundle.BundleSigner.of(evidence.vault().signingKey(),
                "Redress bundle for case " + current.id());
        return new org.redress.evidence.bundle.BundleExporter(evidence.capture(), signer, Optional.empty()).export(zip,
                new org.redress.evidence.bundle.BundleRequest(current.id(),
                        Optional.of(current.jurisdiction().code()), Optional.empty(), held,
                        org.redress.evidence.bundle.ExportProfile.STANDARD, Evidence.PERSON, Evidence.TOOL));
    }

    private void save(Case next) throws IOException {
        // the log in time order, whatever order things were entered in
        List<Incident> sorted = new java.util.ArrayList<>(next.incidents());
        sorted.sort(java.util.Comparator.comparing((Incident i) -> i.occurredAt().earliest()));
        next = ImmutableCase.copyOf(next).withIncidents(sorted);
        caseFile.write(RedressJson.writeCase(next));
        current = next;
    }

    private static <T> List<T> append(List<T> list, T item) {
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
