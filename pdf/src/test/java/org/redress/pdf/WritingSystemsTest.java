package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Table;

/** Words in any writing system: right-to-left text, soft hyphens, host fallback fonts, characters no font has. */
class WritingSystemsTest {

    /** Debian's fonts-wqy-zenhei (installed by .ci/run). */
    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @TempDir
    Path dir;

    private static ReportDocument doc(String... paragraphs) {
        var b = ReportDocument.builder().kind("core.test-scripts").title("Quoted words")
                .caseReference("RDX-TEST-1");
        Paragraph[] ps = new Paragraph[paragraphs.length];
        for (int i = 0; i < paragraphs.length; i++) {
            ps[i] = Paragraph.numbered(paragraphs[i], FactOrigin.VERBATIM);
        }
        return b.addSections(Section.of("What they wrote", ps)).build();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    @Test
    void arabicIsShapedAndOrderedAndExtractsInReadingOrder() throws Exception {
        String arabic = "\u0633\u0623\u062C\u062F\u0643 \u0641\u064A \u0627\u0644\u0639\u0645\u0644";
        ReportDocument d = doc(arabic, "Mixed: he wrote \u00AB" + arabic + "\u00BB at 22:15.");
        Path pdf = dir.resolve("arabic.pdf");
        RenderResult r = new PdfRenderer().render(d, pdf);
        assertThat(r.warnings()).isEmpty();
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        String text = plain(Docs.text(pdf));
        for (String word : arabic.split(" ")) {
            assertThat(text).contains(plain(word));
        }
        assertThat(ReportPdf.readDocument(pdf)).isEqualTo(d);
    }

    @Test
    void aSoftHyphenIsDrawnOnlyWhereTheLineBreaks() throws Exception {
        String word = "extra\u00ADordinary";
        ReportDocument wide = doc("An " + word + " message.");
        Path pdf = dir.resolve("shy.pdf");
        new PdfRenderer().render(wide, pdf);
        assertThat(Docs.text(pdf)).contains("An extraordinary message.").doesNotContain("extra-");
        List<List<String>> rows = List.of(List.of("1", ("super\u00ADcali\u00ADfragi\u00ADlistic\u00ADexpi\u00ADali\u00ADdocious ").repeat(6)));
        ReportDocument narrow = ReportDocument.builder().kind("core.test-scripts").title("Narrow")
                .addSections(Section.of("Table", Table.builder().columns(List.of("No.", "Words")).rows(rows).build()))
                .build();
        Path pdf2 = dir.resolve("shy-narrow.pdf");
        new PdfRenderer().render(narrow, pdf2);
        assertThat(Docs.squash(Docs.text(pdf2))).doesNotContain("-cali-fragi-");
    }

    @Test
    void charactersNoFontHasAreDescribedInWordsAndKeptInTheJson() throws Exception {
        ReportDocument d = doc("They sent \uD83E\uDEE0\uD83E\uDEE0 and \u4F60\u597D.");
        Path pdf = dir.resolve("missing.pdf");
        RenderResult r = new PdfRenderer().render(d, pdf);
        String text = Docs.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("[unsupported characters U+1FAE0 U+1FAE0]", "[unsupported characters U+4F60 U+597D]");
        assertThat(text).doesNotContain("\uFFFD");
        assertThat(r.warnings()).extracting(RenderWarning::code).containsExactly(RenderWarning.MISSING_GLYPH);
        assertThat(ReportPdf.readDocument(pdf)).isEqualTo(d);
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
    }

    @Test
    void aHostFallbackFontDrawsChineseJapaneseAndKorean() throws Exception {
        boolean present = Files.isReadable(WQY);
        if (!present) {
            String msg = "WritingSystemsTest: " + WQY + " is not installed (Debian package fonts-wqy-zenhei);"
                    + " skipping the fallback font test";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(msg + " -- it is required on CI");
            }
            System.out.println(msg);
        }
        Assumptions.assumeTrue(present, "fonts-wqy-zenhei not installed");
        String cjk = "\u4F60\u597D\uFF0C\u6211\u77E5\u9053\u4F60\u4F4F\u5728\u54EA\u91CC\u3002 \u3053\u3093\u306B\u3061\u306F \uC548\uB155\uD558\uC138\uC694";
        ReportDocument d = doc(cjk);
        Path pdf = dir.resolve("cjk.pdf");
        RenderResult r = new PdfRenderer(RenderOptions.builder().addFallbackFont(WQY).build()).render(d, pdf);
        assertThat(r.warnings()).isEmpty();
        String text = Docs.text(pdf);
        assertThat(Docs.squash(text)).contains(cjk.replace(" ", ""));
        assertThat(text).doesNotContain("unsupported");
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        assertThat(FontSubsetTestAccess.fallbackEmbedded(pdf)).isTrue();
    }

    @Test
    void aFallbackFontThatIsNotTrueTypeIsRefusedWithAClearMessage() throws Exception {
        Path notFont = dir.resolve("notes.txt");
        Files.writeString(notFont, "not a font");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenderOptions.builder().addFallbackFont(notFont))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes.txt")
                .hasMessageContaining("TrueType");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RenderOptions.builder().addFallbackFont(dir.resolve("absent.ttf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent.ttf");
    }

    /** Reads font names from a PDF. */
    static final class FontSubsetTestAccess {
        static boolean fallbackEmbedded(Path pdf) throws Exception {
            try (var pd = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                for (var page : pd.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        if (page.getResources().getFont(name).getName().contains("WenQuanYi")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }
}
