package org.redress.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The font files' bytes, read once from the class path; immutable and shared. */
final class FontData {

    private static final Map<Face, byte[]> BYTES = load();

    private FontData() {
    }

    static byte[] bytes(Face face) {
        return BYTES.get(face);
    }

    /**
     * Renames the font's GSUB table so PDFBox does not apply glyph substitutions (Latin ligatures) when drawing:
     * the layout measures one glyph per code point, copied text stays letter for letter, and drawing is faster.
     */
    static byte[] withoutGsub(byte[] ttf) {
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'g';
                ttf[at + 1] = 's';
                ttf[at + 2] = 'u';
                ttf[at + 3] = 'b';
            }
        }
        return ttf;
    }

    private static Map<Face, byte[]> load() {
        Map<Face, byte[]> m = new EnumMap<>(Face.class);
        ClassLoader cl = FontData.class.getClassLoader();
        for (Face f : Face.values()) {
            try (InputStream in = cl.getResourceAsStream(f.resource())) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing from the class path: " + f.resource()
                            + " (it ships in the redress-pdf jar)");
                }
                m.put(f, withoutGsub(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }
}
