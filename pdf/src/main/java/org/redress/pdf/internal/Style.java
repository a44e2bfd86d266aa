package org.redress.pdf.internal;

import org.redress.pdf.RenderOptions;

/**
 * The fixed house style: page geometry, type sizes and colours (see docs/pdf.md). A4 or Letter; margins of about
 * 22 mm; DejaVu Sans 10.5 pt body text; black text, greys for rules, one dark red for warnings.
 */
final class Style {

    static final float[] BLACK = {0f, 0f, 0f};
    static final float[] GREY_TEXT = {0.33f, 0.33f, 0.33f};
    static final float[] RULE = {0.55f, 0.55f, 0.55f};
    static final float[] SHADE = {0.93f, 0.93f, 0.93f};
    static final float[] SHADE_WARM = {0.98f, 0.95f, 0.92f};
    static final float[] WARNING = {0.62f, 0.08f, 0.08f};
    static final float[] IMPORTANT = {0.1f, 0.1f, 0.1f};

    static final float TITLE_SIZE = 16f;
    static final float SUBTITLE_SIZE = 11f;
    static final float HEADING_SIZE = 12f;
    static final float SUBHEADING_SIZE = 10.5f;
    static final float BODY_SIZE = 10.5f;
    static final float BODY_LEADING = 14.5f;
    static final float SMALL_SIZE = 9f;
    static final float SMALL_LEADING = 12f;
    /** Field values, printed or in form fields. */
    static final float VALUE_SIZE = 9.5f;
    static final float VALUE_LEADING = 12.5f;
    static final float MONO_SIZE = 8.5f;
    static final float MONO_LEADING = 11.5f;
    static final float RUNNING_SIZE = 8f;
    /** Ascent used to place a baseline below the top of a line box, as a fraction of the size. */
    static final float ASCENT = 0.8f;

    static final float PARAGRAPH_GAP = 7f;
    static final float NUMBER_INDENT = 30f;
    static final float CELL_PAD = 4f;
    static final float BOX_PAD = 8f;

    final float pageWidth;
    final float pageHeight;
    final float left;
    final float right;
    final float bodyTop;
    final float bodyBottom;
    final float headerBaseline;
    final float footerBaseline;

    Style(RenderOptions.PageSize size) {
        this.pageWidth = size.width();
        this.pageHeight = size.height();
        this.left = 64f;
        this.right = pageWidth - 64f;
        this.bodyTop = pageHeight - 66f;
        this.bodyBottom = 60f;
        this.headerBaseline = pageHeight - 38f;
        this.footerBaseline = 34f;
    }

    float width() {
        return right - left;
    }

    float bodyHeight() {
        return bodyTop - bodyBottom;
    }
}
