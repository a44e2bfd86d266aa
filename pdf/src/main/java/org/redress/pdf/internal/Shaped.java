package org.redress.pdf.internal;

import java.util.Arrays;

/**
 * Text ready to draw: code points (after clean-up and replacement), the face that draws each one and running
 * widths in 1/1000 em. Line breaks ({@code '\n'}) are kept as zero-width code points.
 */
final class Shaped {

    final int[] cps;
    final Face[] faces;
    /** {@code prefix[i]} is the width of the first {@code i} code points, in 1/1000 em. */
    final float[] prefix;
    final int length;

    Shaped(int[] cps, Face[] faces, float[] prefix, int length) {
        this.cps = cps;
        this.faces = faces;
        this.prefix = prefix;
        this.length = length;
    }

    /** Width of {@code [from, to)} at {@code size} points. */
    float width(int from, int to, float size) {
        return (prefix[to] - prefix[from]) * size / 1000f;
    }

    /** {@code a} followed by {@code b}. */
    static Shaped concat(Shaped a, Shaped b) {
        int n = a.length + b.length;
        int[] cps = Arrays.copyOf(a.cps, n);
        Face[] faces = Arrays.copyOf(a.faces, n);
        float[] prefix = Arrays.copyOf(a.prefix, n + 1);
        System.arraycopy(b.cps, 0, cps, a.length, b.length);
        System.arraycopy(b.faces, 0, faces, a.length, b.length);
        for (int i = 1; i <= b.length; i++) {
            prefix[a.length + i] = a.prefix[a.length] + b.prefix[i];
        }
        return new Shaped(cps, faces, prefix, n);
    }

    /** Whether every code point is drawn in {@code face} (no fallback, no replacement). */
    boolean allIn(Face face) {
        for (int i = 0; i < length; i++) {
            if (faces[i] != face || cps[i] == Shaper.REPLACEMENT) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return length == 0;
    }

    String text(int from, int to) {
        return new String(cps, from, to - from);
    }

    /**
     * Breaks into lines no wider than {@code maxWidth} at {@code size}: at spaces, else after URL-ish punctuation,
     * else anywhere. Keeps hard breaks. Returns pairs {@code [from, to)} flattened; at least one (possibly empty)
     * line.
     */
    int[] lines(float maxWidth, float size) {
        float max = maxWidth * 1000f / size;
        int[] out = new int[16];
        int n = 0;
        int start = 0;
        while (true) {
            // skip nothing at the start: leading spaces of a paragraph are kept; after a soft break they were eaten
            int lastSpace = -1;
            int lastSoft = -1;
            int i = start;
            int end = -1;
            int next = -1;
            while (i < length) {
                int cp = cps[i];
                if (cp == '\n') {
                    end = i;
                    next = i + 1;
                    break;
                }
                if (prefix[i + 1] - prefix[start] > max && i > start) {
                    if (cp == ' ') {
                        end = i;
                        next = i + 1;
                    } else if (lastSpace > start) {
                        end = lastSpace;
                        next = lastSpace + 1;
                    } else if (lastSoft >= start) {
                        end = lastSoft + 1;
                        next = lastSoft + 1;
                    } else {
                        end = i;
                        next = i;
                    }
                    break;
                }
                if (cp == ' ') {
                    lastSpace = i;
                } else if (isSoftBreak(cp)) {
                    lastSoft = i;
                }
                i++;
            }
            if (end < 0) {
                end = length;
                next = -1;
            }
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = start;
            out[n++] = trimEnd(start, end);
            if (next < 0) {
                break;
            }
            start = next;
        }
        return Arrays.copyOf(out, n);
    }

    private int trimEnd(int from, int to) {
        while (to > from && cps[to - 1] == ' ') {
            to--;
        }
        return to;
    }

    private static boolean isSoftBreak(int cp) {
        switch (cp) {
            case '/': case '-': case '.': case '?': case '&': case '=': case '_': case ',': case ';': case ':':
            case '\\': case '|': case '\u2010': case '\u2013': case '\u2014':
                return true;
            default:
                return false;
        }
    }
}
