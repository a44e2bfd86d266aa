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

    private static Map<Face, byte[]> load() {
        Map<Face, byte[]> m = new EnumMap<>(Face.class);
        ClassLoader cl = FontData.class.getClassLoader();
        for (Face f : Face.values()) {
            try (InputStream in = cl.getResourceAsStream(f.resource())) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing from the class path: " + f.resource()
                            + " (net.sf.jasperreports:jasperreports-fonts)");
                }
                m.put(f, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }
}
