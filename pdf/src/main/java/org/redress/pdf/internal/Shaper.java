package org.redress.pdf.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.text.Normalizer;
import java.util.Arrays;
import org.redress.pdf.RenderWarning;

/**
 * Turns document text into {@link Shaped} text: NFC normalisation, tabs to spaces, Arabic letters shaped to their
 * joining forms (ICU4J), the invisible format characters of {@link Fonts#BLANKED_BY_SUBSETTER} and other
 * default-ignorable characters no font draws left out, each character drawn by the first font that has it (the
 * face, then DejaVu Sans, then the host's fallback fonts), control characters drawn as a visible U+FFFD, and
 * characters no font can draw described in words ({@code [unsupported character U+1FAE0]}), each reported once
 * per block. The document's JSON, embedded in the PDF, keeps every character exactly.
 */
final class Shaper {

    static final int REPLACEMENT = 0xFFFD;

    private final Fonts fonts;
    private final Warnings warnings;
    private final LineBreaks breaks = new LineBreaks();
    private final ArabicShaping arabic = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    Shaper(Fonts fonts, Warnings warnings) {
        this.fonts = fonts;
        this.warnings = warnings;
    }

    /** A growing buffer of shaped code points. */
    private static final class Buf {
        int[] cps;
        Face[] faces;
        int[] fallback;
        float[] prefix;
        int n;
        boolean anyFallback;

        Buf(int capacity) {
            cps = new int[capacity];
            faces = new Face[capacity];
            fallback = new int[capacity];
            prefix = new float[capacity + 1];
        }

        void add(int cp, Face face, int fb, float w) {
            if (n == cps.length) {
                int c = cps.length * 2 + 8;
                cps = Arrays.copyOf(cps, c);
                faces = Arrays.copyOf(faces, c);
                fallback = Arrays.copyOf(fallback, c);
                prefix = Arrays.copyOf(prefix, c + 1);
            }
            cps[n] = cp;
            faces[n] = face;
            fallback[n] = fb;
            anyFallback |= fb >= 0;
            prefix[n + 1] = prefix[n] + w;
            n++;
        }
    }

    Shaped shape(String text, Face primary, String pointer) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        boolean bidi = false;
        boolean hasArabic = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x0590) {
                int dir = UCharacter.getDirection(cp);
                bidi |= dir == UCharacterDirection.RIGHT_TO_LEFT || dir == UCharacterDirection.RIGHT_TO_LEFT_ARABIC
                        || dir == UCharacterDirection.RIGHT_TO_LEFT_EMBEDDING
                        || dir == UCharacterDirection.RIGHT_TO_LEFT_OVERRIDE
                        || dir == UCharacterDirection.RIGHT_TO_LEFT_ISOLATE;
                hasArabic |= cp >= 0x0600 && cp <= 0x08FF;
            }
        }
        if (hasArabic) {
            try {
                s = arabic.shape(s);
            } catch (ArabicShapingException e) {
                // left unshaped: the letters are still drawn, in their isolated forms
            }
        }
        Buf b = new Buf(s.length());
        StringBuilder pendingDescription = new StringBuilder();
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
            if (cp == '\n' || cp == Shaped.SOFT_HYPHEN) {
                flush(b, pendingDescription);
                b.add(cp, primary, -1, 0);
                continue;
            }
            if (Character.isISOControl(cp) || Character.isSurrogate((char) cp) && cp < 0x10000
                    || (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF) {
                warnings.add(RenderWarning.CONTROL_CHARACTER, pointer,
                        "control characters, unpaired surrogates or non-characters were drawn as \uFFFD",
                        String.format("U+%04X", cp));
                flush(b, pendingDescription);
                b.add(REPLACEMENT, Face.REGULAR, -1, fonts.width(Face.REGULAR, REPLACEMENT));
                continue;
            }
            Face face = primary;
            int fb = -1;
            float w = fonts.width(face, cp);
            if (w < 0 && face != Face.REGULAR) {
                face = Face.REGULAR;
                w = fonts.width(face, cp);
            }
            for (int k = 0; w < 0 && k < fonts.fallbackCount(); k++) {
                w = fonts.fallbackWidth(k, cp);
                fb = k;
            }
            if (w < 0) {
                if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                    continue; // invisible (variation selectors, joiners): nothing to draw
                }
                warnings.add(RenderWarning.MISSING_GLYPH, pointer,
                        "characters no font can draw were described in words", String.format("U+%04X", cp));
                pendingDescription.append(pendingDescription.length() == 0 ? "" : " ")
                        .append(String.format("U+%04X", cp));
                continue;
            }
            flush(b, pendingDescription);
            b.add(cp, face, fb, w);
        }
        flush(b, pendingDescription);
        int n = b.n;
        boolean[] breakBefore = new boolean[n + 1];
        boolean[] keep = new boolean[n + 1];
        breaks.find(b.cps, b.faces, n, breakBefore, keep);
        Shaped out = new Shaped(b.cps, b.faces, b.prefix, n, breakBefore, keep, fonts.width(primary, '-'),
                b.anyFallback ? b.fallback : null, bidi);
        out.described = descriptions > 0;
        descriptions = 0;
        return out;
    }

    private int descriptions;

    /** Writes the description of the characters no font can draw collected so far, if any. */
    private void flush(Buf b, StringBuilder codes) {
        if (codes.length() == 0) {
            return;
        }
        String text = (codes.indexOf(" ") >= 0 ? "[unsupported characters " : "[unsupported character ")
                + codes + "]";
        codes.setLength(0);
        descriptions++;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            b.add(ch, Face.REGULAR, -1, fonts.width(Face.REGULAR, ch));
        }
    }
}
