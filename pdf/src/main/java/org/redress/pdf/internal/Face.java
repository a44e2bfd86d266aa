package org.redress.pdf.internal;

/**
 * The typefaces of the house style, all DejaVu Sans (shipped in this module with their licence, embedded as
 * subsets). Characters none of them can draw fall back to the fonts the host adds (see
 * {@link org.redress.pdf.RenderOptions.Builder#addFallbackFont}).
 */
public enum Face {
    /** Body text; also the first fallback of the other faces (the widest coverage: Latin, Greek, Cyrillic, Arabic, Hebrew...). */
    REGULAR("DejaVuSans.ttf"),
    /** Headings, labels. */
    BOLD("DejaVuSans-Bold.ttf"),
    /** Quoted words, hints. */
    OBLIQUE("DejaVuSans-Oblique.ttf"),
    /** Hashes and ids. */
    MONO("DejaVuSansMono.ttf");

    /** Where the font files are on the class path (a directory that is not a package, so readable from any module). */
    public static final String RESOURCE_DIR = "redress-fonts/";

    private final String file;

    Face(String file) {
        this.file = file;
    }

    /** The resource path of the font file. */
    public String resource() {
        return RESOURCE_DIR + file;
    }
}
