package org.redress.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Table;

/**
 * Regenerates docs/gallery/*.png from fictional documents. Not part of the normal test run (its name matches no
 * include pattern); run it with:
 *
 * <pre>mvn -B -q -o -pl pdf -am test -Dtest=Gallery -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Needs pdftoppm (poppler-utils).
 */
class Gallery {

    @Test
    void regenerate() throws Exception {
        Path out = Path.of("..", "docs", "gallery").toAbsolutePath().normalize();
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("redress-gallery");
        RenderOptions.Builder base = RenderOptions.builder().creationTime(Instant.parse("2026-11-22T00:00:00Z"));
        ReportDocument statement = Samples.everyBlock(work);
        Path flat = work.resolve("statement.pdf");
        RenderResult r = new PdfRenderer(base.build()).render(statement, flat);
        png(flat, out.resolve("statement"), 1, 2);
        png(flat, out.resolve("statement"), r.pageCount() - 2, r.pageCount());
        Path fill = work.resolve("statement-fillable.pdf");
        new PdfRenderer(base.formMode(FormMode.FILLABLE).build()).render(statement, fill);
        png(fill, out.resolve("statement-fillable"), 1, 1);
        Path log = work.resolve("log.pdf");
        new PdfRenderer(base.formMode(FormMode.FLAT).build()).render(harassmentLog(), log);
        png(log, out.resolve("harassment-log"), 1, 1);
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void png(Path pdf, Path prefix, int first, int last) throws Exception {
        Process p = new ProcessBuilder("pdftoppm", "-r", "60", "-png", "-f", Integer.toString(first), "-l",
                Integer.toString(last), pdf.toString(), prefix.toString()).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pdftoppm failed");
        }
    }

    static ReportDocument harassmentLog() {
        List<List<String>> rows = new ArrayList<>();
        String[] platforms = {"Example Social", "Sample Messenger", "Fictional Forum"};
        for (int i = 1; i <= 24; i++) {
            rows.add(List.of("2026-04-" + String.format("%02d", i), platforms[i % 3],
                    "Fictional incident " + i + ": a message from an account named in the case record. "
                            + (i % 4 == 0 ? "Reported to the platform; reference FR-" + (1000 + i) + "." : "")));
        }
        return ReportDocument.builder().kind("core.harassment-log").title("Harassment log")
                .subtitle("A record of incidents in the person's own words (fictional sample)")
                .caseReference("RDX-2026-0042").preparedOn(java.time.LocalDate.of(2026, 11, 22))
                .addSections(Section.of("Summary", Paragraph.numbered("This log lists what happened, when, and where. "
                        + "Every name and message here is invented for this sample.", FactOrigin.PERSONS_ACCOUNT)),
                        Section.of("Incidents", Table.builder().caption("Incidents in date order")
                                .columns(List.of("Date", "Platform", "What happened")).widths(List.of(14, 18, 68))
                                .rows(rows).build()))
                .build();
    }
}
