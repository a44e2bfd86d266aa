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
 * Renders the gallery's pictures (the PNGs docs/pdf.md shows) from fictional documents. Not part of the normal test
 * run (its name matches no include pattern). It writes into {@code target/gallery}; only with
 * {@code -Dredress.gallery=docs} does it replace the tracked pictures in {@code docs/gallery} (the explicit refresh,
 * as the web example's {@code -Dredress.screenshots=docs}), so that no build changes a tracked file:
 *
 * <pre>
 * mvn -B -q -o -pl pdf -am test -Dtest=Gallery -Dsurefire.failIfNoSpecifiedTests=false -Dredress.gallery=docs
 * </pre>
 *
 * Needs pdftoppm (poppler-utils).
 */
class Gallery {

    @Test
    void regenerate() throws Exception {
        Path out = "docs".equals(System.getProperty("redress.gallery"))
                ? Path.of("..", "docs", "gallery").toAbsolutePath().normalize()
                : Path.of("target", "gallery").toAbsolutePath();
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
        Path scripts = work.resolve("scripts.pdf");
        RenderOptions.Builder withCjk = base.formMode(FormMode.FLAT);
        if (Files.isReadable(WritingSystemsTest.WQY)) {
            withCjk.addFallbackFont(WritingSystemsTest.WQY);
        }
        new PdfRenderer(withCjk.build()).render(writingSystems(), scripts);
        png(scripts, out.resolve("writing-systems"), 1, 1);
        System.out.println("Gallery: written to " + out + "; statement has " + r.pageCount()
                + " pages; docs/pdf.md links its pages by number");
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

    /** Words quoted in several writing systems (all fictional). */
    static ReportDocument writingSystems() {
        return ReportDocument.builder().kind("core.witness-statement").title("Messages quoted word for word")
                .subtitle("Right-to-left text, other scripts, soft hyphens and a character no font has (fictional sample)")
                .caseReference("RDX-2026-0042").preparedOn(java.time.LocalDate.of(2026, 11, 22))
                .addSections(Section.of("What the messages said",
                        Paragraph.numbered("On 3 April 2026 at 22:15 the account wrote, in Arabic:", FactOrigin.PERSONS_ACCOUNT),
                        Paragraph.numbered("\u0633\u0623\u062C\u062F\u0643 \u0641\u064A \u0627\u0644\u0639\u0645\u0644 \u063A\u062F\u064B\u0627 (\u0644\u0627 \u062A\u062E\u0628\u0631\u064A \u0623\u062D\u062F\u064B\u0627)", FactOrigin.VERBATIM),
                        Paragraph.numbered("A later message mixed English and Hebrew: \u201Cyou will see \u05D0\u05E0\u05D9 \u05D9\u05D5\u05D3\u05E2 \u05D0\u05D9\u05E4\u05D4 \u05D0\u05EA \u05D2\u05E8\u05D4 at 9 pm\u201D.", FactOrigin.VERBATIM),
                        Paragraph.numbered("In Chinese, Japanese and Korean: \u6211\u77E5\u9053\u4F60\u4F4F\u5728\u54EA\u91CC\u3002 \u304A\u524D\u3092\u898B\u3066\u3044\u308B\u3002 \uB2E4\uC2DC \uC5F0\uB77D\uD560\uAC8C.", FactOrigin.VERBATIM),
                        Paragraph.numbered("In Greek and Russian: \u0398\u03B1 \u03C3\u03B5 \u03B2\u03C1\u03C9. \u042F \u0437\u043D\u0430\u044E, \u0433\u0434\u0435 \u0442\u044B.", FactOrigin.VERBATIM),
                        Paragraph.numbered("A message ended with a newer emoji no embedded font has: \uD83E\uDEE0. Soft hyphens "
                                + "in in\u00ADcom\u00ADpre\u00ADhen\u00ADsi\u00ADbil\u00ADi\u00ADties are drawn only where a line breaks.",
                                FactOrigin.PERSONS_ACCOUNT)))
                .build();
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
