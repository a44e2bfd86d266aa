package org.redress.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ReportDocument;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.JurisdictionPack;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.UnsupportedJurisdictionException;
import org.redress.evidence.EvidenceVault;
import org.redress.evidence.PrivateFiles;
import org.redress.pdf.FormMode;
import org.redress.pdf.ImageResolver;
import org.redress.pdf.PdfRenderer;
import org.redress.pdf.RenderOptions;
import org.redress.pdf.RenderResult;
import org.redress.pdf.RenderWarning;
import org.redress.pdf.SigningOptions;

/** Renders a plan's documents as PDF/A-3 files, exhibit images read from the vault when one is open. */
final class Papers {

    /** One rendered file. */
    record Rendered(Path file, ReportDocument document, RenderResult result) {
    }

    /** A document the case cannot fill lawfully yet, and why. */
    record NotBuilt(String kind, InvalidDataException why) {
    }

    /** The plan's documents, each kind once in step order; those the case cannot fill yet are listed apart. */
    record Built(List<ReportDocument> documents, List<NotBuilt> notBuilt) {
    }

    private Papers() {
    }

    /**
     * Builds every document the plan's steps use. Unlike {@code Planner.documents}, one document the case cannot
     * fill (such as a removal request that lacks a statutory element) does not stop the others. A document for
     * someone else is followed by its companion: the notes for the person (what is missing, what was withheld and
     * why, what to do first), as a file of its own that is never sent.
     */
    static Built build(Planner planner, Case c, Plan plan, DocumentOptions options) {
        JurisdictionPack pack = planner.packFor(c.jurisdiction())
                .orElseThrow(() -> new UnsupportedJurisdictionException(c.jurisdiction()));
        List<ReportDocument> docs = new ArrayList<>();
        List<NotBuilt> notBuilt = new ArrayList<>();
        plan.steps().stream().flatMap(s -> s.documentKinds().stream()).distinct().forEach(kind -> {
            try {
                pack.buildDocument(kind, c, plan, options).ifPresent(d -> {
                    docs.add(d);
                    d.companion().ifPresent(docs::add);
                });
            } catch (InvalidDataException e) {
                notBuilt.add(new NotBuilt(kind, e));
            }
        });
        return new Built(docs, notBuilt);
    }

    /** Tells a person which documents could not be prepared and what the case needs for them. */
    static void printNotBuilt(List<NotBuilt> notBuilt, java.io.PrintWriter out) {
        for (NotBuilt n : notBuilt) {
            out.println("Could not prepare " + n.kind() + " yet; the case needs:");
            n.why().problems().forEach(p -> {
                out.println("  - at " + (p.pointer().isEmpty() ? "(the whole case)" : p.pointer()) + ": "
                        + p.message() + ".");
                out.println("    Fix: " + p.fix());
            });
        }
    }

    /** The file each document is written to, in order. */
    static List<Path> files(List<ReportDocument> docs, Path dir) {
        List<Path> out = new ArrayList<>();
        int n = 1;
        for (ReportDocument d : docs) {
            out.add(dir.resolve(String.format("%02d-%s.pdf", n++, d.kind().replaceAll("[^A-Za-z0-9-]+", "-"))));
        }
        return out;
    }

    /**
     * Renders every document into the folder, each file private to its owner.
     *
     * @param overwrite whether existing PDFs may be replaced; when false and any exists, nothing is written
     */
    static List<Rendered> render(List<ReportDocument> docs, Path dir, boolean fillable,
            Optional<SigningOptions> signing, Optional<EvidenceVault> vault, boolean overwrite) throws IOException {
        List<Path> files = files(docs, dir);
        List<String> existing = files.stream().filter(Files::exists).map(Path::toString).toList();
        if (!overwrite && !existing.isEmpty()) {
            throw new UserError(ExitCodes.FILE_ERROR, "would overwrite " + String.join(", ", existing) + ".",
                    "Give a new folder with --out, or add --force to replace them.");
        }
        PrivateFiles.createDirectories(dir);
        RenderOptions.Builder options = RenderOptions.builder()
                .formMode(fillable ? FormMode.FILLABLE : FormMode.FLAT)
                .imageFailure(RenderOptions.ImageFailure.PLACEHOLDER)
                .imageResolver(resolver(vault));
        signing.ifPresent(options::signing);
        PdfRenderer renderer = new PdfRenderer(options.build());
        List<Rendered> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Path file = files.get(i);
            Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            RenderResult result;
            try {
                result = renderer.render(docs.get(i), temp);
                PrivateFiles.restrict(temp);
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            out.add(new Rendered(file, docs.get(i), result));
        }
        return out;
    }

    /** Exhibit images are named by evidence id: read them, decrypted and hash-checked, from the vault. */
    private static ImageResolver resolver(Optional<EvidenceVault> vault) {
        return ref -> {
            if (vault.isEmpty() || !vault.get().contains(ref)) {
                throw new NoSuchFileException(ref);
            }
            return vault.get().open(ref);
        };
    }

    /** "exhibit LABEL (evidence ID): " for a warning about an exhibit block, else empty. */
    private static String exhibit(ReportDocument d, String pointer) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        com.fasterxml.jackson.databind.JsonNode block = org.redress.core.json.RedressJson.toTree(d)
                .at(pointer.endsWith("/imageRef") ? pointer.substring(0, pointer.length() - 9) : pointer);
        if (!block.hasNonNull("label")) {
            return "";
        }
        String id = block.path("evidenceId").asText(block.path("imageRef").asText(""));
        return "exhibit " + block.get("label").asText() + (id.isEmpty() ? "" : " (evidence " + id + ")") + ": ";
    }

    static String describe(Rendered r) {
        StringBuilder sb = new StringBuilder(r.file().toString()).append("  (").append(r.document().title())
                .append(", ").append(r.result().pageCount()).append(r.result().pageCount() == 1 ? " page" : " pages");
        List<org.redress.core.document.MissingItem> missing = r.document().missing();
        if (!missing.isEmpty()) {
            sb.append(", ").append(missing.size()).append(missing.size() == 1 ? " item" : " items")
                    .append(" still to fill in");
        }
        sb.append(")");
        for (org.redress.core.document.MissingItem m : missing) {
            sb.append("\n      to fill in: ").append(m.description());
        }
        for (RenderWarning w : r.result().warnings()) {
            sb.append("\n      note: ").append(exhibit(r.document(), w.pointer())).append(w.message());
        }
        return sb.toString();
    }
}
