package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.document.Declaration;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;

/** A page footer on every page, and the page count written where the text asks for it (a witness statement's). */
class PageFooterTest {

    @Test
    void everyPageCarriesTheFooterAndTheDeclarationStatesThePageCount(@TempDir Path dir) throws Exception {
        check(dir, 60, RenderOptions.defaults());
    }

    /** Ten pages or more: the one-digit count of the first layout is too short, so the count is laid out again. */
    @Test
    void aStatementOfTenPagesOrMoreStatesItsCountFillableToo(@TempDir Path dir) throws Exception {
        RenderResult r = check(dir, 260, RenderOptions.builder().formMode(FormMode.FILLABLE).build());
        assertThat(r.pageCount()).isGreaterThanOrEqualTo(10);
    }

    private static RenderResult check(Path dir, int n, RenderOptions options) throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            paragraphs.add(Paragraph.of("Fictional paragraph " + i + " of a long statement, long enough to wrap "
                    + "over more than one line so that the statement takes several pages in all."));
        }
        var body = Section.builder().heading("Statement")
                .addBlocks(Declaration.of("Declaration", "This statement (consisting of " + ReportDocument.PAGE_COUNT
                        + " page(s) each signed by me) is true."));
        paragraphs.forEach(body::addBlocks);
        ReportDocument doc = ReportDocument.builder().kind("uk.test-statement").title("Witness statement")
                .pageFooter("Signature: ____________    Signature witnessed by: ____________")
                .addSections(body.build()).build();
        Path pdf = dir.resolve("statement.pdf");
        RenderResult r = new PdfRenderer(options).render(doc, pdf);
        assertThat(r.pageCount()).isGreaterThan(1);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int page = 1; page <= r.pageCount(); page++) {
                s.setStartPage(page);
                s.setEndPage(page);
                assertThat(s.getText(d)).as("page %s", page).contains("Signature witnessed by");
            }
        }
        String all = Docs.squash(Docs.text(pdf));
        assertThat(all).contains(Docs.squash("consisting of " + r.pageCount() + " page(s)"))
                .doesNotContain(ReportDocument.PAGE_COUNT);
        assertThat(ReportPdf.readDocument(pdf).sections().get(0).blocks().get(0))
                .isInstanceOfSatisfying(Declaration.class, x -> assertThat(x.text())
                        .contains("consisting of " + r.pageCount() + " page(s)"));
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        return r;
    }
}
