package org.example.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.core.validation.Validation;
import org.redress.interchange.dsa.DsaNotice;
import org.redress.pdf.PdfRenderer;
import org.redress.pdf.RenderOptions;

/**
 * Reads a case, validates it through the public entry point, plans it with the jurisdiction packs found on the path,
 * renders every document as PDF, writes a DSA notice as JSON, and checks that invalid input is reported as problems.
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

        int problems;
        try {
            RedressJson.readCase("{\"schemaVersion\":\"1.1\",\"id\":\"\"}".getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("an invalid case was accepted");
        } catch (InvalidDataException e) {
            problems = e.problems().size();
        }
        System.out.println("consumer ok: " + plan.steps().size() + " steps, " + documents + " documents, "
                + problems + " problems in the invalid case, a DSA notice for " + notice.locations().size() + " location(s)");
    }
}
