package org.redress.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Pieces of laid-out content with a known height, drawn top-down by a {@link Canvas}. */
final class Items {

    private Items() {
    }

    /** Something with a height that draws itself with its top-left corner at (x, top). */
    abstract static class Item {
        final float height;

        Item(float height) {
            this.height = height;
        }

        abstract void draw(Canvas c, float x, float top) throws IOException;
    }

    /** Vertical space. */
    static final class Gap extends Item {
        Gap(float height) {
            super(height);
        }

        @Override
        void draw(Canvas c, float x, float top) {
        }
    }

    /** One line of text, optionally with a label (a paragraph number, a bullet) hanging to its left. */
    static final class Line extends Item {
        final Shaped s;
        final int from;
        final int to;
        final float size;
        final float dx;
        final float[] color;
        final PDStructureElement elem;
        Shaped label;
        float labelDx;
        PDStructureElement labelElem;

        Line(Shaped s, int from, int to, float size, float leading, float dx, float[] color, PDStructureElement elem) {
            super(leading);
            this.s = s;
            this.from = from;
            this.to = to;
            this.size = size;
            this.dx = dx;
            this.color = color;
            this.elem = elem;
        }

        @Override
        void draw(Canvas c, float x, float top) throws IOException {
            float baseline = top - (height - size) / 2f - size * Style.ASCENT;
            if (label != null) {
                c.text(label, 0, label.length, x + labelDx, baseline, size, color, labelElem);
            }
            c.text(s, from, to, x + dx, baseline, size, color, elem);
        }
    }

    /** An image scaled to a box. */
    static final class Image extends Item {
        final PDImageXObject img;
        final float width;
        final float dx;
        final PDStructureElement figure;

        Image(PDImageXObject img, float width, float height, float dx, PDStructureElement figure) {
            super(height);
            this.img = img;
            this.width = width;
            this.dx = dx;
            this.figure = figure;
        }

        @Override
        void draw(Canvas c, float x, float top) throws IOException {
            c.image(img, x + dx, top, width, height, figure);
        }
    }

    /** A horizontal rule (an artifact) across {@code width}, in the middle of its height. */
    static final class Rule extends Item {
        final float width;
        final float dx;
        final float lineWidth;

        Rule(float height, float dx, float width, float lineWidth) {
            super(height);
            this.dx = dx;
            this.width = width;
            this.lineWidth = lineWidth;
        }

        @Override
        void draw(Canvas c, float x, float top) throws IOException {
            float yy = top - height / 2f;
            c.line(x + dx, yy, x + dx + width, yy, lineWidth, Style.BLACK);
        }
    }

    /**
     * Breaks {@code s} into lines of {@code width} and returns them as items; {@code center} centres each line in
     * the width.
     */
    static List<Item> lines(Shaped s, float width, float size, float leading, float dx, float[] color,
                            PDStructureElement elem, boolean center) {
        int[] ranges = s.lines(width, size);
        boolean rtl = s.bidi && Canvas.paragraphLevel(s) == com.ibm.icu.text.Bidi.RTL;
        List<Item> out = new ArrayList<>(ranges.length / 2);
        for (int i = 0; i < ranges.length; i += 2) {
            float offset = dx;
            if (center) {
                offset += Math.max(0f, (width - s.width(ranges[i], ranges[i + 1], size)) / 2f);
            } else if (rtl) {
                offset += Math.max(0f, width - s.width(ranges[i], ranges[i + 1], size));
            }
            out.add(new Line(s, ranges[i], ranges[i + 1], size, leading, offset, color, elem));
        }
        return out;
    }

    static float height(List<Item> items, int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += items.get(i).height;
        }
        return h;
    }
}
