package org.redress.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyfCompositeComp;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** What {@link Fonts#BLANKED_BY_SUBSETTER} relies on: leaving those characters out keeps their glyphs out of subsets. */
class FontsTest {

    @Test
    void onlyTheBlankedCharactersMapToTheBlankedGlyphsAndNoCompositeGlyphUsesThem() throws Exception {
        int faces = 0;
        for (Face face : Face.values()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontData.bytes(face)));
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            Set<Integer> blanked = new HashSet<>();
            for (int cp : Fonts.BLANKED_BY_SUBSETTER) {
                int gid = cmap.getGlyphId(cp);
                if (gid != 0) {
                    blanked.add(gid);
                    assertThat(cmap.getCharCodes(gid)).as("%s glyph %d", face, gid).isEqualTo(List.of(cp));
                }
            }
            faces += blanked.isEmpty() ? 0 : 1;
            for (int gid = 0; gid < ttf.getNumberOfGlyphs(); gid++) {
                GlyphData g = ttf.getGlyph().getGlyph(gid);
                if (g != null && g.getDescription() instanceof GlyfCompositeDescript composite) {
                    for (GlyfCompositeComp c : composite.getComponents()) {
                        assertThat(blanked).as("%s glyph %d uses a blanked glyph", face, gid)
                                .doesNotContain(c.getGlyphIndex());
                    }
                }
            }
        }
        assertThat(faces).as("faces with blanked glyphs").isEqualTo(Face.values().length);
    }

    @Test
    void theShaperLeavesTheBlankedCharactersOut() {
        Shaped s = new Shaper(new Fonts(null), new Warnings()).shape("a\u200Bb\u200Cc\u2060d\uFEFFe", Face.REGULAR, "");
        assertThat(s.text(0, s.length)).isEqualTo("abcde");
    }

    /** What the page count relies on (PdfRenderer): a count takes the same room as any other of as many digits. */
    @Test
    void theDigitsOfEveryFaceShareOneAdvance() throws Exception {
        Fonts fonts = new Fonts(new org.apache.pdfbox.pdmodel.PDDocument());
        for (Face face : Face.values()) {
            float zero = fonts.width(face, '0');
            assertThat(zero).as("%s", face).isPositive();
            for (int d = '1'; d <= '9'; d++) {
                assertThat(fonts.width(face, d)).as("%s digit %c", face, (char) d).isEqualTo(zero);
            }
        }
    }
}
