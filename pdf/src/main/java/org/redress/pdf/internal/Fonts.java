package org.redress.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: parsed lazily from the shared bytes, embedded as subsets when first used. Answers
 * which face can draw a code point and how wide it is. Not thread-safe (one per render).
 */
final class Fonts {

    /**
     * The characters PDFBox embeds as blank glyphs (its {@code TrueTypeEmbedder} passes them to
     * {@code TTFSubsetter.forceInvisible}): zero width space, zero width non-joiner, word joiner and zero width
     * no-break space. On such a glyph, PDFBox 3.0.6's {@code TTFSubsetter.buildGlyfTable} moved its read position
     * to the glyph but measured the next move from the end of the glyph before it, so every glyph of the font with
     * a higher glyph id was copied from the wrong bytes: blank or garbled outlines, or an exception (such as an
     * {@code IndexOutOfBoundsException}) when the document was saved. PDFBox 3.0.8 subsets them intact
     * ({@code FontSubsetTest}). They are still not drawn at all (see {@link Shaper}): they are invisible and
     * zero-width, and a drawn U+FEFF fails PDF/A (no ToUnicode entry may map to it); no other code point of the faces
     * maps to their glyphs and no composite glyph uses them (checked in the tests), so their glyphs never enter a
     * subset.
     */
    static final int[] BLANKED_BY_SUBSETTER = {0x200B, 0x200C, 0x2060, 0xFEFF};

    private final PDDocument doc;
    private final Map<Face, Loaded> loaded = new EnumMap<>(Face.class);
    private final List<Path> fallbackPaths;
    private final Loaded[] fallbacks;
    private final List<TrueTypeCollection> collections = new ArrayList<>();

    Fonts(PDDocument doc) {
        this(doc, List.of());
    }

    /** @param fallbacks the host's fallback fonts (TrueType or TrueType collection files), in order */
    Fonts(PDDocument doc, List<Path> fallbacks) {
        this.doc = doc;
        this.fallbackPaths = List.copyOf(fallbacks);
        this.fallbacks = new Loaded[fallbacks.size()];
    }

    /** The number of host fallback fonts. */
    int fallbackCount() {
        return fallbacks.length;
    }

    private Loaded fallback(int i) {
        if (fallbacks[i] == null) {
            Path p = fallbackPaths.get(i);
            try {
                byte[] bytes = Files.readAllBytes(p);
                TrueTypeFont ttf;
                if (bytes.length > 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f') {
                    TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
                    collections.add(ttc);
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    ttc.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    ttf = first[0];
                    if (ttf == null) {
                        throw new IOException("the font collection holds no font");
                    }
                } else {
                    ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                }
                fallbacks[i] = new Loaded(ttf);
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("fallback font " + p.getFileName()
                        + " could not be read: " + e.getMessage() + " (give a TrueType .ttf or .ttc file)", e));
            }
        }
        return fallbacks[i];
    }

    /** The advance of {@code cp} in host fallback font {@code i}, in 1/1000 em, or negative when it has no glyph. */
    float fallbackWidth(int i, int cp) {
        return fallback(i).width(cp);
    }

    /** The PDF font of host fallback font {@code i}, embedded as a subset. */
    PDType0Font fallbackFont(int i) {
        return subset(fallback(i));
    }

    /** The font embedded as a subset, loaded once per document. */
    private PDType0Font subset(Loaded l) {
        if (l.pdFont == null) {
            try {
                l.pdFont = PDType0Font.load(doc, l.ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return l.pdFont;
    }

    private static final class Loaded {
        final TrueTypeFont ttf;
        final CmapLookup cmap;
        final float scale;
        final float[] bmpWidths = new float[0x10000];
        PDType0Font pdFont;

        Loaded(TrueTypeFont ttf) throws IOException {
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.scale = 1000f / ttf.getUnitsPerEm();
            java.util.Arrays.fill(bmpWidths, Float.NaN);
        }

        /** Advance in 1/1000 em, or -1 when the font has no glyph. */
        float width(int cp) {
            if (cp < 0x10000) {
                float w = bmpWidths[cp];
                if (!Float.isNaN(w)) {
                    return w;
                }
                w = lookup(cp);
                bmpWidths[cp] = w;
                return w;
            }
            return lookup(cp);
        }

        private float lookup(int cp) {
            int gid = cmap.getGlyphId(cp);
            if (gid == 0) {
                return -1;
            }
            try {
                return ttf.getAdvanceWidth(gid) * scale;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Loaded get(Face face) {
        Loaded l = loaded.get(face);
        if (l == null) {
            try {
                l = new Loaded(new TTFParser().parse(new RandomAccessReadBuffer(FontData.bytes(face))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded.put(face, l);
        }
        return l;
    }

    /** Whether {@code cp} is one of {@link #BLANKED_BY_SUBSETTER}. */
    static boolean blankedBySubsetter(int cp) {
        for (int b : BLANKED_BY_SUBSETTER) {
            if (cp == b) {
                return true;
            }
        }
        return false;
    }

    /** The advance of {@code cp} in 1/1000 em, or a negative number when {@code face} cannot draw it. */
    float width(Face face, int cp) {
        return get(face).width(cp);
    }

    /** The PDF font for {@code face}, embedded as a subset. */
    PDType0Font pdFont(Face face) {
        return subset(get(face));
    }

    /** A font embedded whole (not subset), for form fields whose values a person may change. */
    PDType0Font fullFont(Face face) {
        try {
            return PDType0Font.load(doc, new RandomAccessReadBuffer(FontData.bytes(face)), false, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
