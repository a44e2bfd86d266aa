package org.redress.pdf.internal;

import java.util.Arrays;

/**
 * Text ready to draw: code points (after clean-up and replacement) in logical order, the face that draws each one,
 * running widths in 1/1000 em and where a line may break. Line breaks ({@code '\n'}) are kept as zero-width code
 * points; a soft hyphen (U+00AD) is zero-width and drawn as a hyphen only where a line breaks after it.
 */
final class Shaped {

    static final int SOFT_HYPHEN = 0xAD;

    final int[] cps;
    final Face[] faces;
    /** {@code prefix[i]} is the width of the first {@code i} code points, in 1/1000 em. */
    final float[] prefix;
    final int length;
    /** {@code breakBefore[i]}: a line may start at {@code i} (Unicode line breaking, see {@link LineBreaks}). */
    final boolean[] breakBefore;
    /** {@code keep[i]}: no emergency break before {@code i} (inside a date or a time). */
    final boolean[] keep;
    /** The advance of a hyphen drawn for a soft hyphen at a break, in 1/1000 em. */
    final float hyphen;

    Shaped(int[] cps, Face[] faces, float[] prefix, int length, boolean[] breakBefore, boolean[] keep, float hyphen) {
        this.cps = cps;
        this.faces = faces;
        this.prefix = prefix;
        this.length = length;
        this.breakBefore = breakBefore;
        this.keep = keep;
        this.hyphen = hyphen;
    }

    /** Width of {@code [from, to)} at {@code size} points, with the hyphen drawn for a soft hyphen at its end. */
    float width(int from, int to, float size) {
        float w = prefix[to] - prefix[from];
        if (to > from && cps[to - 1] == SOFT_HYPHEN) {
            w += hyphen;
        }
        return w * size / 1000f;
    }

    /** {@code a} followed by {@code b}; a line may break between them when {@code a} ends with a space. */
    static Shaped concat(Shaped a, Shaped b) {
        int n = a.length + b.length;
        int[] cps = Arrays.copyOf(a.cps, n);
        Face[] faces = Arrays.copyOf(a.faces, n);
        float[] prefix = Arrays.copyOf(a.prefix, n + 1);
        boolean[] breaks = Arrays.copyOf(a.breakBefore, n + 1);
        boolean[] keep = Arrays.copyOf(a.keep, n + 1);
        System.arraycopy(b.cps, 0, cps, a.length, b.length);
        System.arraycopy(b.faces, 0, faces, a.length, b.length);
        System.arraycopy(b.breakBefore, 0, breaks, a.length, b.length + 1);
        System.arraycopy(b.keep, 0, keep, a.length, b.length + 1);
        breaks[a.length] = a.length > 0 && b.length > 0 && a.cps[a.length - 1] == ' ';
        for (int i = 1; i <= b.length; i++) {
            prefix[a.length + i] = a.prefix[a.length] + b.prefix[i];
        }
        return new Shaped(cps, faces, prefix, n, breaks, keep, a.hyphen);
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

    /** The widest piece that cannot be broken (without an emergency break), at {@code size}. */
    float minWidth(float size) {
        float max = 0;
        int start = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || breakBefore[i] || cps[i] == '\n' || cps[i - 1] == '\n') {
                max = Math.max(max, width(start, trimEnd(start, i), size));
                start = i;
            }
        }
        return max;
    }

    /** The widest line when nothing but hard breaks is broken, at {@code size}. */
    float maxWidth(float size) {
        float max = 0;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || cps[i] == '\n') {
                max = Math.max(max, width(start, trimEnd(start, i), size));
                start = i + 1;
            }
        }
        return max;
    }

    /**
     * Breaks into lines no wider than {@code maxWidth} at {@code size}, at the break opportunities of Unicode line
     * breaking; a piece wider than a whole line is broken where it must, never inside a date or a time. Keeps hard
     * breaks. Returns pairs {@code [from, to)} flattened; at least one (possibly empty) line.
     */
    int[] lines(float maxWidth, float size) {
        float max = maxWidth * 1000f / size;
        int[] out = new int[16];
        int n = 0;
        int start = 0;
        while (true) {
            int i = start;
            int end = -1;
            int next = -1;
            int lastBreak = -1;
            while (i < length) {
                int cp = cps[i];
                if (cp == '\n') {
                    end = i;
                    next = i + 1;
                    break;
                }
                if (i > start && breakBefore[i] && fits(start, i, max)) {
                    lastBreak = i;
                }
                if (prefix[i + 1] - prefix[start] > max && i > start && cp != ' ') {
                    if (lastBreak > start) {
                        end = lastBreak;
                        next = lastBreak;
                    } else {
                        int at = i;
                        while (at > start + 1 && keep[at]) {
                            at--;
                        }
                        if (keep[at] && at == start + 1) {
                            at = i; // a date wider than the whole line: break it after all
                        }
                        end = at;
                        next = at;
                    }
                    break;
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

    private boolean fits(int from, int to, float max) {
        float w = prefix[trimEnd(from, to)] - prefix[from];
        if (cps[to - 1] == SOFT_HYPHEN) {
            w += hyphen;
        }
        return w <= max;
    }

    private int trimEnd(int from, int to) {
        while (to > from && cps[to - 1] == ' ') {
            to--;
        }
        return to;
    }
}
