package org.redress.pdf.internal;

/** The typefaces of the house style, all DejaVu (embedded and subset). */
public enum Face {
    /** Body text. */
    SERIF("DejaVuSerif.ttf"),
    /** Headings, labels. */
    SERIF_BOLD("DejaVuSerif-Bold.ttf"),
    /** Quoted words, hints. */
    SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
    /** Hashes and ids. */
    MONO("DejaVuSansMono.ttf"),
    /** The fallback for characters the other faces lack (wider coverage). */
    SANS("DejaVuSans.ttf");

    private final String file;

    Face(String file) {
        this.file = file;
    }

    /** The resource path of the font file. */
    String resource() {
        return "net/sf/jasperreports/fonts/dejavu/" + file;
    }
}
