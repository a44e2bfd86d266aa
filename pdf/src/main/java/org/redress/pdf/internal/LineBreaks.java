package org.redress.pdf.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where lines may break: the break opportunities of Unicode line breaking (UAX #14, ICU4J), except inside dates
 * and times; in text drawn in the monospaced face (hashes, ids), only after visible separators ({@code - / . _ :})
 * and between groups of 16 characters of a long hexadecimal run, so a hash always breaks at the same visible points.
 * Not thread-safe (one per render).
 */
final class LineBreaks {

    /** Dates and times that are never broken: 2026-04-03, 2026-04-03T10:15, 10:15 PM, 3 April 2026, April 3, 2026. */
    private static final Pattern KEEP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                    + "|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s[A-Z]{2,5}\\b)?"
                    + "|\\d{1,2}\\s(?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s\\d{4}"
                    + "|(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s\\d{1,2},?\\s\\d{4}"
                    + "|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    /** Hexadecimal runs at least this long (hashes) break only between groups of {@link #HEX_GROUP}. */
    private static final int HEX_RUN = 32;
    static final int HEX_GROUP = 16;

    private final BreakIterator iterator = BreakIterator.getLineInstance(ULocale.ROOT);

    /**
     * Fills {@code breakBefore} and {@code keep} (each {@code length + 1} long) for {@code cps[0, length)} drawn in
     * {@code faces}.
     */
    void find(int[] cps, Face[] faces, int length, boolean[] breakBefore, boolean[] keep) {
        if (length == 0) {
            return;
        }
        String s = new String(cps, 0, length);
        int[] cpAt = new int[s.length() + 1];
        for (int i = 0, k = 0; i < s.length(); k++) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            for (int j = 0; j < n; j++) {
                cpAt[i + j] = k;
            }
            i += n;
        }
        cpAt[s.length()] = length;
        iterator.setText(s);
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            breakBefore[cpAt[b]] = true;
        }
        breakBefore[0] = false;
        breakBefore[length] = true;
        monospaced(cps, faces, length, breakBefore);
        Matcher m = KEEP.matcher(s);
        while (m.find()) {
            for (int i = cpAt[m.start()] + 1; i < cpAt[m.end()]; i++) {
                keep[i] = true;
                breakBefore[i] = false;
            }
        }
    }

    private static void monospaced(int[] cps, Face[] faces, int length, boolean[] breakBefore) {
        int i = 0;
        while (i < length) {
            if (faces[i] != Face.MONO || cps[i] == ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < length && faces[j] == Face.MONO && cps[j] != ' ' && cps[j] != '\n') {
                j++;
            }
            // a word of monospaced text [i, j): breaks only after visible separators and between hex groups
            int hexStart = -1;
            for (int k = i + 1; k < j; k++) {
                breakBefore[k] = isSeparator(cps[k - 1]) && !isSeparator(cps[k]);
            }
            for (int k = i; k <= j; k++) {
                boolean hex = k < j && Character.digit(cps[k], 16) >= 0;
                if (hex && hexStart < 0) {
                    hexStart = k;
                } else if (!hex && hexStart >= 0) {
                    if (k - hexStart >= HEX_RUN) {
                        for (int g = hexStart + HEX_GROUP; g < k; g += HEX_GROUP) {
                            breakBefore[g] = true;
                        }
                    }
                    hexStart = -1;
                }
            }
            i = j;
        }
    }

    private static boolean isSeparator(int cp) {
        return cp == '-' || cp == '/' || cp == '.' || cp == '_' || cp == ':' || cp == '\u2010';
    }
}
