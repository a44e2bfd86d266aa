package org.redress.pdf.internal;

import java.text.Normalizer;
import org.redress.pdf.RenderWarning;

/**
 * Turns document text into {@link Shaped} text: NFC normalisation, tabs to spaces, the invisible format characters
 * of {@link Fonts#BLANKED_BY_SUBSETTER} left out, control characters and characters no font can draw replaced by a
 * visible U+FFFD (each reported once per block).
 */
final class Shaper {

    static final int REPLACEMENT = 0xFFFD;

    private final Fonts fonts;
    private final Warnings warnings;
    private final LineBreaks breaks = new LineBreaks();

    Shaper(Fonts fonts, Warnings warnings) {
        this.fonts = fonts;
        this.warnings = warnings;
    }

    Shaped shape(String text, Face primary, String pointer) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int[] cps = new int[s.length()];
        Face[] faces = new Face[s.length()];
        float[] prefix = new float[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < s.length() && s.charAt(i) == '\n') {
                    continue;
                }
                cp = '\n';
            } else if (cp == '\u2028' || cp == '\u2029') {
                cp = '\n';
            } else if (cp == '\t') {
                cp = ' ';
            } else if (Fonts.blankedBySubsetter(cp)) {
                continue; // invisible and zero-width; drawing it would corrupt the font subset (see Fonts)
            }
            Face face = primary;
            float w;
            if (cp == '\n' || cp == Shaped.SOFT_HYPHEN) {
                w = 0;
            } else if (Character.isISOControl(cp) || Character.isSurrogate((char) cp) && cp < 0x10000
                    || (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF) {
                warnings.add(RenderWarning.CONTROL_CHARACTER, pointer,
                        "control characters, unpaired surrogates or non-characters were drawn as \uFFFD",
                        String.format("U+%04X", cp));
                cp = REPLACEMENT;
                face = Face.SANS;
                w = fonts.width(face, cp);
            } else {
                w = fonts.width(face, cp);
                if (w < 0 && face != Face.SANS) {
                    face = Face.SANS;
                    w = fonts.width(face, cp);
                }
                if (w < 0) {
                    warnings.add(RenderWarning.MISSING_GLYPH, pointer,
                            "characters no embedded font can draw were drawn as \uFFFD", String.format("U+%04X", cp));
                    cp = REPLACEMENT;
                    w = fonts.width(face, cp);
                }
            }
            cps[n] = cp;
            faces[n] = face;
            prefix[n + 1] = prefix[n] + w;
            n++;
        }
        boolean[] breakBefore = new boolean[n + 1];
        boolean[] keep = new boolean[n + 1];
        breaks.find(cps, faces, n, breakBefore, keep);
        return new Shaped(cps, faces, prefix, n, breakBefore, keep, fonts.width(primary, '-'));
    }
}
