package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.ImmutableField;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;

/**
 * Font subsetting with the characters PDFBox's subsetter forces invisible (U+200B zero width space, U+200C zero
 * width non-joiner, U+2060 word joiner, U+FEFF zero width no-break space). In PDFBox 3.0.6 its {@code TTFSubsetter}
 * skipped such a glyph without keeping track of its read position, so every later glyph of that font was copied
 * from the wrong bytes: garbage or empty outlines, or an exception out of {@code PDDocument.save}. PDFBox 3.0.8, the
 * version in use, subsets them intact ({@link #barePdfboxSubsetsTheseCharactersIntact}); the renderer still leaves
 * them out of the drawn text (see {@code Fonts}), and these tests keep checking every embedded glyph.
 */
class FontSubsetTest {

    @TempDir
    Path dir;

    /** The smallest DejaVu Serif mix found that made the subsetter throw (it read a bogus compound glyph). */
    @Test
    void aWordJoinerBeforeGlyphsFurtherInTheFontRendersWithoutAnException() throws Exception {
        Path pdf = render(document("\u204C\u2060\u2229\uA7FB"));
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        assertEmbeddedGlyphsAreTheOriginals(pdf);
    }

    /**
     * Before the fix this threw nothing, but the quote, dash, ellipsis and other glyphs with higher glyph ids came
     * out blank or garbled (the bell adds a U+FFFD from the fallback face, whose U+FEFF glyph comes before it).
     */
    @Test
    void invisibleFormatCharactersLeaveEveryEmbeddedGlyphIntact() throws Exception {
        String text = "zero\u200Bwidth space, non\u200Cjoiner, word\u2060joiner, \uFEFFno-break, then "
                + "\u201Cquotes\u201D \u2013 a dash \u2026 \u20AC 5 \u2122 \u2190 and a bell \u0007.";
        Path pdf = render(document(text));
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        assertEmbeddedGlyphsAreTheOriginals(pdf);
        // the invisible characters are left out of the text, the rest is there
        assertThat(Docs.squash(Docs.text(pdf))).contains(Docs.squash("zerowidth space, nonjoiner, wordjoiner, "
                + "no-break, then \u201Cquotes\u201D \u2013 a dash \u2026 \u20AC 5"));
    }

    /** Random documents (see {@link RandomDocumentProperties}) that made the subsetter throw before the fix. */
    @ParameterizedTest
    @ValueSource(longs = {1428, 1902, 1932})
    void randomDocumentsThatOnceBrokeTheSubsetter(long seed) throws Exception {
        Random random = new Random(seed);
        ReportDocument doc = RandomDocumentProperties.document(random);
        FormMode mode = random.nextBoolean() ? FormMode.FILLABLE : FormMode.FLAT;
        Path pdf = dir.resolve("random.pdf");
        new PdfRenderer(RenderOptions.builder().formMode(mode).build()).render(doc, pdf);
        assertThat(ReportPdf.readDocument(pdf)).isEqualTo(doc);
        assertEmbeddedGlyphsAreTheOriginals(pdf);
    }

    /**
     * Bare PDFBox, without the renderer's workaround, subsets text holding these characters with every glyph
     * intact. The same texts broke every subset with PDFBox 3.0.6 (an exception or garbled glyphs, checked by hand
     * on 2026-12-07 with the 3.0.6 jars); 3.0.8 fixed the subsetter. This keeps checking the version in use.
     */
    @Test
    void barePdfboxSubsetsTheseCharactersIntact() throws Exception {
        String version = org.apache.pdfbox.util.Version.getVersion();
        String[] texts = {"word\u2060joiner, then \u201Cquotes\u201D \u2013 a dash \u2026 \u20AC 5 \u2122 \u2190",
                "zero\u200Bwidth space, then \u201Cquotes\u201D \u2013 a dash \u2026 \u20AC 5 \u2122 \u2190"};
        int broken = 0;
        for (int i = 0; i < texts.length; i++) {
            Path pdf = dir.resolve("bare-" + i + ".pdf");
            try (PDDocument pd = new PDDocument();
                 InputStream in = FontSubsetTest.class.getClassLoader().getResourceAsStream(
                         org.redress.pdf.internal.Face.RESOURCE_DIR + "DejaVuSans.ttf")) {
                PDPage page = new PDPage();
                pd.addPage(page);
                PDType0Font font = PDType0Font.load(pd, in, true);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
                             new org.apache.pdfbox.pdmodel.PDPageContentStream(pd, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(texts[i]);
                    cs.endText();
                }
                pd.save(pdf.toFile());
            } catch (RuntimeException e) {
                broken++;
                continue;
            }
            try {
                assertEmbeddedGlyphsAreTheOriginals(pdf);
            } catch (AssertionError e) {
                broken++;
            }
        }
        assertThat(broken).as("texts whose subset PDFBox %s breaks", version).isZero();
    }

    private Path render(ReportDocument doc) throws IOException {
        Path pdf = dir.resolve("subset.pdf");
        new PdfRenderer().render(doc, pdf);
        return pdf;
    }

    /** The text in a heading and a label (bold), a paragraph (serif) and a monospace field value. */
    private static ReportDocument document(String text) {
        return ReportDocument.builder().kind("core.test-subset").title("Subset test")
                .addSections(Section.builder().heading("Heading " + text)
                        .addBlocks(Paragraph.numbered(text, FactOrigin.PERSONS_ACCOUNT))
                        .addBlocks(FieldGrid.of(ImmutableField.builder().key("mono").label("Label " + text).value(text)
                                .monospace(true).build()))
                        .build())
                .build();
    }

    /**
     * Every glyph of every embedded subset font is the glyph of the original DejaVu face it was taken from: the same
     * outline and the same advance. The fonts are Identity-H encoded, so each character code is a CID, which is the
     * glyph id in the original face; the CIDToGIDMap gives the glyph id in the subset.
     */
    static void assertEmbeddedGlyphsAreTheOriginals(Path pdf) throws IOException {
        int checked = 0;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : d.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    if (res.getFont(name) instanceof PDType0Font font && seen.add(font.getCOSObject())) {
                        checked += compare(font);
                    }
                }
            }
        }
        assertThat(checked).as("glyphs compared").isPositive();
    }

    private static int compare(PDType0Font font) throws IOException {
        String base = font.getName();
        PDCIDFont cid = font.getDescendantFont();
        if (!(cid.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream map)) {
            return 0; // embedded whole: nothing to compare
        }
        byte[] cidToGid;
        try (InputStream in = map.createInputStream()) {
            cidToGid = in.readAllBytes();
        }
        TrueTypeFont subset;
        try (InputStream in = cid.getFontDescriptor().getFontFile2().createInputStream()) {
            subset = new TTFParser(true).parse(new RandomAccessReadBuffer(in));
        }
        TrueTypeFont original;
        String face = base.substring(base.indexOf('+') + 1);
        try (InputStream in = FontSubsetTest.class.getClassLoader()
                .getResourceAsStream(org.redress.pdf.internal.Face.RESOURCE_DIR + face + ".ttf")) {
            assertThat(in).as("font resource for %s", face).isNotNull();
            original = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        int n = 0;
        for (int c = 1; c < cidToGid.length / 2; c++) {
            int gid = (cidToGid[2 * c] & 0xFF) << 8 | cidToGid[2 * c + 1] & 0xFF;
            if (gid == 0) {
                continue;
            }
            String what = face + " glyph " + c;
            assertThat(outline(subset.getGlyph().getGlyph(gid))).as(what)
                    .isEqualTo(outline(original.getGlyph().getGlyph(c)));
            assertThat(subset.getAdvanceWidth(gid)).as(what).isEqualTo(original.getAdvanceWidth(c));
            n++;
        }
        return n;
    }

    /** The outline as a list of path segments (empty for a blank glyph). */
    private static List<String> outline(GlyphData glyph) throws IOException {
        List<String> out = new ArrayList<>();
        if (glyph == null) {
            return out;
        }
        float[] coords = new float[6];
        for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            out.add(type + Arrays.toString(coords));
        }
        return out;
    }
}
