package org.example.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.pdf.PdfRenderer;
import org.redress.pdf.RenderOptions;

/**
 * Reads a case, plans it with the jurisdiction packs found on the path, renders every document as PDF, and checks
 * that invalid input is reported as problems. Arguments: the case file, the output folder.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path caseFile = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));

        Case c = RedressJson.readCase(caseFile);
        Planner planner = Planner.load();
        Plan plan = planner.plan(c, PlanningContext.now());
        if (plan.getSteps().isEmpty()) {
            throw new AssertionError("the plan has no steps: were the jurisdiction packs found?");
        }
        PdfRenderer pdf = new PdfRenderer(RenderOptions.builder()
                .imageFailure(RenderOptions.ImageFailure.PLACEHOLDER)
                .build());
        int documents = 0;
        for (ReportDocument doc : planner.documents(c, plan, DocumentOptions.defaults())) {
            pdf.render(doc, out.resolve(doc.getKind() + ".pdf"));
            documents++;
        }

        int problems;
        try {
            RedressJson.readCase("{\"schemaVersion\":\"1.1\",\"id\":\"\"}".getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("an invalid case was accepted");
        } catch (InvalidDataException e) {
            problems = e.getProblems().size();
        }
        System.out.println("consumer ok: " + plan.getSteps().size() + " steps, " + documents + " documents, "
                + problems + " problems in the invalid case");
    }
}
