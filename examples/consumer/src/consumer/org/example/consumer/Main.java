package org.example.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.Tool;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.core.validation.Validation;
import org.redress.evidence.CaptureMetadata;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.VaultKey;
import org.redress.evidence.bundle.BundleExporter;
import org.redress.evidence.bundle.BundleRequest;
import org.redress.evidence.bundle.BundleSigner;
import org.redress.evidence.bundle.BundleVerdict;
import org.redress.evidence.bundle.BundleVerifier;
import org.redress.evidence.bundle.ExportProfile;
import org.redress.evidence.custody.CustodyLog;
import org.redress.interchange.dsa.DsaNotice;
import org.redress.pdf.PdfRenderer;
import org.redress.pdf.RenderOptions;

/**
 * Reads a case, validates it through the public entry point, plans it with the jurisdiction packs found on the path,
 * renders every document as PDF, writes a DSA notice as JSON, captures a (fictional) screenshot into an encrypted vault
 * and exports and verifies a signed bundle of it, and checks that invalid input is reported as problems.
 * Arguments: the case file, the output folder.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path caseFile = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));

        Case c = RedressJson.readCase(caseFile);
        if (!Validation.problems(c).isEmpty()) {
            throw new AssertionError("a case that was read has problems: " + Validation.problems(c));
        }
        Planner planner = Planner.load();
        Plan plan = planner.plan(c, PlanningContext.now());
        if (plan.steps().isEmpty()) {
            throw new AssertionError("the plan has no steps: were the jurisdiction packs found?");
        }
        PdfRenderer pdf = new PdfRenderer(RenderOptions.builder()
                .imageFailure(RenderOptions.ImageFailure.PLACEHOLDER)
                .build());
        int documents = 0;
        for (ReportDocument doc : planner.documents(c, plan, DocumentOptions.defaults())) {
            pdf.render(doc, out.resolve(doc.kind() + ".pdf"));
            documents++;
        }

        DsaNotice notice = DsaNotice.fromCase(c, "instagram", plan, LocalDate.of(2026, 11, 20));
        Files.writeString(out.resolve("dsa-notice.json"), notice.toJson().toPrettyString());

        Path bundle = out.resolve("bundle.zip");
        Collector collector = Collector.of("collector-consumer", "victim");
        Tool tool = Tool.of("redress-consumer-it", "1");
        try (DirectoryVault vault = DirectoryVault.openOrCreate(out.resolve("vault"), VaultKey.hostKey(new byte[32]));
             CustodyLog log = CustodyLog.open(out.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log);
            capture.capture(CaptureMetadata.builder().id("ev-consumer-1").kind(EvidenceKind.SCREENSHOT)
                    .description("Screenshot of a fictional reply").fileName("reply.png").mediaType("image/png")
                    .collector(collector).tool(tool).origin(EvidenceOrigin.CAPTURED_LIVE).build(),
                    "fictional screenshot bytes".getBytes(StandardCharsets.UTF_8));
            new BundleExporter(capture, BundleSigner.generate("Consumer test (fictional)"), Optional.empty())
                    .export(bundle, new BundleRequest("case-consumer", Optional.empty(), Optional.empty(),
                            List.of("ev-consumer-1"), ExportProfile.STANDARD, collector, tool));
        }
        BundleVerdict verdict = BundleVerifier.verify(bundle);
        if (!verdict.ok()) {
            throw new AssertionError("the exported bundle does not verify: " + verdict);
        }

        int problems;
        try {
            RedressJson.readCase("{\"schemaVersion\":\"1.1\",\"id\":\"\"}".getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("an invalid case was accepted");
        } catch (InvalidDataException e) {
            problems = e.problems().size();
        }
        System.out.println("consumer ok: " + plan.steps().size() + " steps, " + documents + " documents, "
                + problems + " problems in the invalid case, a DSA notice for " + notice.locations().size()
                + " location(s), a verified bundle");
    }
}
