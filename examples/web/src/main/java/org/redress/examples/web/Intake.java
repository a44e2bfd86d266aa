package org.redress.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.redress.core.document.ReportDocument;
import org.redress.core.evidence.CaptureResult;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutableIncident;
import org.redress.core.model.Incident;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;

/**
 * One person's case as the app keeps it: the case JSON sealed in {@code DATA/case.sealed}, the evidence in the
 * vault under {@code DATA/vault}. Methods are synchronized: one case, a few requests at a time.
 */
final class Intake {

    private final Planner planner = Planner.load();
    private final SealedFile caseFile;
    private final Evidence evidence;
    private Case current;

    private Intake(SealedFile caseFile, Evidence evidence, Case current) {
        this.caseFile = caseFile;
        this.evidence = evidence;
        this.current = current;
    }

    /**
     * Opens the data folder with the passphrase; when it holds no case yet, starts it with {@code initial}.
     *
     * @throws SealedFile.WrongPassphraseException when the passphrase does not open it
     */
    static Intake open(Path data, char[] passphrase, Case initial) throws IOException {
        Files.createDirectories(data);
        SealedFile sealed = SealedFile.open(data.resolve("case.sealed"), passphrase);
        Case c;
        if (sealed.exists()) {
            c = RedressJson.readCase(sealed.read());
        } else {
            c = initial;
            sealed.write(RedressJson.writeCase(c));
        }
        return new Intake(sealed, Evidence.open(data, passphrase), c);
    }

    synchronized Case current() {
        return current;
    }

    synchronized void addIncident(Incident incident) throws IOException {
        save(ImmutableCase.copyOf(current).withIncidents(append(current.getIncidents(), incident)));
    }

    /** Preserves an uploaded file and links it to an incident (if given). */
    synchronized CaptureResult addEvidence(String fileName, String mediaType, InputStream content,
            String description, Optional<String> incidentId) throws IOException {
        String id = "ev-" + (current.getEvidence().size() + 1);
        CaptureResult result = evidence.put(current, incidentId.flatMap(current::incident), id, fileName, mediaType,
                content, description, IntakeApp.zoneFor(current));
        EvidenceRecord record = result.record();
        ImmutableCase next = ImmutableCase.copyOf(current).withEvidence(append(current.getEvidence(), record));
        if (incidentId.isPresent()) {
            next = next.withIncidents(current.getIncidents().stream()
                    .map(i -> i.getId().equals(incidentId.get())
                            ? ImmutableIncident.copyOf(i).withEvidenceIds(append(i.getEvidenceIds(), id)) : i)
                    .toList());
        }
        save(next);
        return result;
    }

    synchronized Plan plan() {
        return planner.plan(current, PlanningContext.now());
    }

    synchronized List<ReportDocument> documents() {
        return planner.documents(current, plan(), DocumentOptions.defaults());
    }

    /**
     * Renders a document as a fillable PDF/A-3 (the person can correct any value in a PDF reader), exhibit
     * screenshots read, decrypted and hash-checked, from the vault.
     */
    void renderPdf(ReportDocument doc, java.io.OutputStream out) throws IOException {
        var vault = evidence.vault();
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
     * addresses or locations), signed with a key made for this bundle, to a new file.
     */
    synchronized org.redress.core.bundle.BundleManifest bundle(Path zip) throws IOException {
        List<String> held = new java.util.ArrayList<>();
        for (var e : current.getEvidence()) {
            if (evidence.vault().contains(e.getId())) {
                held.add(e.getId());
            }
        }
        var signer = org.redress.core.bundle.BundleSigner.generate("Redress bundle for case " + current.getId());
        return new org.redress.core.bundle.BundleExporter(evidence.capture(), signer, Optional.empty()).export(zip,
                new org.redress.core.bundle.BundleRequest(current.getId(),
                        Optional.of(current.getJurisdiction().code()), Optional.empty(), held,
                        org.redress.core.bundle.ExportProfile.STANDARD, Evidence.PERSON, Evidence.TOOL));
    }

    private void save(Case next) throws IOException {
        caseFile.write(RedressJson.writeCase(next));
        current = next;
    }

    private static <T> List<T> append(List<T> list, T item) {
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
