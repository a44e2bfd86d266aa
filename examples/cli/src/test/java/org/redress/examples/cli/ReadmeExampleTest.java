package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.pdf.PdfRenderer;
import org.redress.pdf.RenderOptions;

/** The embedding example of README.md, as written there (only the output folder differs), so it stays true. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRuns(@TempDir Path out) throws Exception {
        Path caseFile = Path.of("../cases/uk-ex-partner-impersonation-doxxing.json");
        List<String> printed = new ArrayList<>();

        // --- README.md, "Embedding" ---
        Case c = RedressJson.readCase(caseFile);
        Planner planner = Planner.load();
        Plan plan = planner.plan(c, PlanningContext.now());
        for (PlanStep step : plan.steps()) {
            printed.add(step.route().name() + ": " + step.reasons().get(0).text());
        }
        PdfRenderer pdf = new PdfRenderer(RenderOptions.builder()
                .imageFailure(RenderOptions.ImageFailure.PLACEHOLDER)
                .build());
        for (ReportDocument doc : planner.documents(c, plan, DocumentOptions.defaults())) {
            pdf.render(doc, out.resolve(doc.kind() + ".pdf"));
        }
        // --- end of the README's example ---

        assertThat(printed).isNotEmpty();
        assertThat(plan.routeIds()).contains("uk.police");
        try (var files = Files.list(out)) {
            List<Path> pdfs = files.toList();
            assertThat(pdfs).isNotEmpty();
            for (Path p : pdfs) {
                assertThat(Files.readAllBytes(p)).startsWith("%PDF-".getBytes());
            }
        }
    }
}
