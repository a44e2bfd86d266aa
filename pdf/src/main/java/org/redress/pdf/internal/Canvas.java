package org.redress.pdf.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The page being written and the vertical position on it. Opens pages as content flows, keeps the marked-content
 * sequence of the element being drawn (reopening it on the next page), and draws text runs face by face. Each
 * finished page's content stream goes to the document's scratch storage, not the heap.
 */
final class Canvas {

    private static final Object ARTIFACT = new Object();

    final PDDocument doc;
    final Fonts fonts;
    final Tagger tagger;
    final Style style;

    PDPage page;
    private PDPageContentStream cs;
    /** The top of the remaining space on the page, in points from the bottom. */
    float y;
    private Object open;
    private Face face;
    private int fallback = -1;
    private float size;
    private float[] color;
    private int pageCount;
    /**
     * Lays out without drawing: pages are made and counted, but text, rules, boxes and images are not drawn (the
     * counting pass of a page count, see DocumentWriter#countPages).
     */
    boolean measureOnly;

    Canvas(PDDocument doc, Fonts fonts, Tagger tagger, Style style) {
        this.doc = doc;
        this.fonts = fonts;
        this.tagger = tagger;
        this.style = style;
    }

    int pageCount() {
        return pageCount;
    }

    void newPage() throws IOException {
        finishPage();
        page = new PDPage(new PDRectangle(style.pageWidth, style.pageHeight));
        doc.addPage(page);
        tagger.startPage(page);
        cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, true);
        y = style.bodyTop;
        face = null;
        color = null;
        pageCount++;
    }

    /** Opens {@code p} again to draw on top of its content (running headers and footers). */
    void overlay(PDPage p) throws IOException {
        finishPage();
        page = p;
        cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true);
        face = null;
        color = null;
    }

    /** Closes the current page's content stream. */
    void finishPage() throws IOException {
        if (cs != null) {
            close();
            cs.close();
            cs = null;
        }
    }

    float remaining() {
        return y - style.bodyBottom;
    }

    /** Starts a new page unless {@code height} fits in the space left. */
    void ensure(float height) throws IOException {
        if (cs == null || (height > remaining() && y < style.bodyTop)) {
            newPage();
        }
    }

    /** Makes what follows the content of {@code e}; {@code null} makes it an artifact (decoration, repeats). */
    void tag(PDStructureElement e) throws IOException {
        if (!tagger.enabled()) {
            return;
        }
        Object want = e == null ? ARTIFACT : e;
        if (open == want) {
            return;
        }
        close();
        if (e == null) {
            cs.beginMarkedContent(COSName.ARTIFACT);
        } else {
            cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), tagger.mcid(e));
        }
        open = want;
    }

    private void close() throws IOException {
        if (open != null) {
            cs.endMarkedContent();
            open = null;
        }
    }

    /**
     * Draws {@code [from, to)} of {@code s} with its baseline at {@code baseline}: in visual order (Unicode
     * bidirectional algorithm, ICU4J) when the text holds right-to-left characters, run by run in the font of each
     * character.
     */
    void text(Shaped s, int from, int to, float x, float baseline, float textSize, float[] rgb, PDStructureElement e)
            throws IOException {
        if (from >= to || measureOnly) {
            return;
        }
        tag(e);
        fill(rgb);
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        if (s.bidi) {
            int[] order = visualOrder(s, from, to);
            int i = 0;
            while (i < order.length) {
                int j = i + 1;
                while (j < order.length && sameFont(s, order[i], order[j])) {
                    j++;
                }
                font(s, order[i], textSize);
                StringBuilder sb = new StringBuilder(j - i);
                for (int k = i; k < j; k++) {
                    int at = order[k];
                    int cp = s.cps[at];
                    if (cp == Shaped.SOFT_HYPHEN) {
                        if (at == to - 1) {
                            sb.append('-');
                        }
                    } else {
                        sb.appendCodePoint(mirrored[k] ? UCharacter.getMirror(cp) : cp);
                    }
                }
                if (sb.length() > 0) {
                    cs.showText(sb.toString());
                }
                i = j;
            }
        } else {
            int i = from;
            while (i < to) {
                int j = i + 1;
                while (j < to && sameFont(s, i, j)) {
                    j++;
                }
                font(s, i, textSize);
                String t = drawn(s, i, j, to);
                if (!t.isEmpty()) {
                    cs.showText(t);
                }
                i = j;
            }
        }
        cs.endText();
    }

    private static boolean sameFont(Shaped s, int a, int b) {
        return s.faces[a] == s.faces[b] && s.fallbackAt(a) == s.fallbackAt(b);
    }

    private void font(Shaped s, int i, float textSize) throws IOException {
        Face f = s.faces[i];
        int fb = s.fallbackAt(i);
        if (f != face || fb != fallback || textSize != size) {
            cs.setFont(fb >= 0 ? fonts.fallbackFont(fb) : fonts.pdFont(f), textSize);
            face = f;
            fallback = fb;
            size = textSize;
        }
    }

    /** Whether each position of the last {@link #visualOrder} is in a right-to-left run (drawn mirrored). */
    private boolean[] mirrored = new boolean[0];

    /** The code point indexes of {@code [from, to)} in the order they are drawn, left to right. */
    private int[] visualOrder(Shaped s, int from, int to) {
        String line = s.text(from, to);
        Bidi bidi = new Bidi(line, paragraphLevel(s));
        int[] cpIndex = new int[line.length()];
        for (int i = 0, k = from; i < line.length(); k++) {
            int n = Character.charCount(line.codePointAt(i));
            for (int j = 0; j < n; j++) {
                cpIndex[i + j] = k;
            }
            i += n;
        }
        int[] map = bidi.getVisualMap();
        int[] order = new int[to - from];
        mirrored = new boolean[to - from];
        int n = 0;
        int last = -1;
        for (int v : map) {
            if (v < 0) {
                continue;
            }
            int k = cpIndex[v];
            if (k == last) {
                continue; // the second half of a surrogate pair
            }
            last = k;
            mirrored[n] = (bidi.getLevelAt(v) & 1) == 1;
            order[n++] = k;
        }
        return Arrays.copyOf(order, n);
    }

    /** The paragraph direction: that of the first strong character of the whole text, left to right if none. */
    static byte paragraphLevel(Shaped s) {
        for (int i = 0; i < s.length; i++) {
            int dir = UCharacter.getDirection(s.cps[i]);
            if (dir == UCharacterDirection.LEFT_TO_RIGHT) {
                return Bidi.LTR;
            }
            if (dir == UCharacterDirection.RIGHT_TO_LEFT || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                return Bidi.RTL;
            }
        }
        return Bidi.LTR;
    }

    /**
     * The text of {@code [i, j)}: soft hyphens left out, except one that ends the line ({@code j == to}), which is
     * drawn as a hyphen.
     */
    static String drawn(Shaped s, int i, int j, int to) {
        StringBuilder sb = new StringBuilder(j - i);
        for (int k = i; k < j; k++) {
            int cp = s.cps[k];
            if (cp != Shaped.SOFT_HYPHEN) {
                sb.appendCodePoint(cp);
            } else if (k == to - 1) {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    private void fill(float[] rgb) throws IOException {
        if (rgb != color) {
            cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            color = rgb;
        }
    }

    /** A filled rectangle (an artifact). */
    void rect(float x, float top, float w, float h, float[] rgb) throws IOException {
        if (measureOnly) {
            return;
        }
        tag(null);
        fill(rgb);
        cs.addRect(x, top - h, w, h);
        cs.fill();
    }

    /** A stroked rectangle outline (an artifact). */
    void frame(float x, float top, float w, float h, float lineWidth, float[] rgb) throws IOException {
        if (measureOnly) {
            return;
        }
        tag(null);
        cs.setLineWidth(lineWidth);
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.addRect(x, top - h, w, h);
        cs.stroke();
    }

    /** A line (an artifact). */
    void line(float x1, float y1, float x2, float y2, float lineWidth, float[] rgb) throws IOException {
        if (measureOnly) {
            return;
        }
        tag(null);
        cs.setLineWidth(lineWidth);
        cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** An image as the content of {@code figure}. */
    void image(PDImageXObject img, float x, float top, float w, float h, PDStructureElement figure)
            throws IOException {
        if (measureOnly) {
            return;
        }
        tag(figure);
        cs.drawImage(img, x, top - h, w, h);
    }
}
