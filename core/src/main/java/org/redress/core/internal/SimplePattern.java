package org.redress.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A matcher for the simple regular expressions that most constraints use (ids, hex digests, codes), matched against
 * the whole input in one pass without backtracking. It knows three shapes: a sequence of ASCII character classes or
 * literals, each with an optional {@code ?}, {@code *}, {@code +}, {@code {n}} or {@code {n,m}}; such a sequence of
 * fixed length in a group that is repeated ({@code ([0-9a-f]{2}){16,64}}); and alternatives that are plain words
 * ({@code SHA-256|SHA-512}).
 *
 * <p>One pass is exact only when no repeated atom could give characters back to the atoms after it, so a sequence
 * is accepted only when each repeated atom's class shares no character with the atoms that follow it up to the first
 * one that must match something. For any other pattern (other groups, negated classes, class escapes such as
 * {@code \d}, non-ASCII) {@link #compile} returns null and the caller uses {@link java.util.regex.Pattern}.
 */
final class SimplePattern implements Predicate<CharSequence> {

    private final boolean[][] classes;
    private final int[] mins;
    private final int[] maxes;

    private SimplePattern(List<boolean[]> classes, List<int[]> counts) {
        this.classes = classes.toArray(new boolean[0][]);
        this.mins = counts.stream().mapToInt(c -> c[0]).toArray();
        this.maxes = counts.stream().mapToInt(c -> c[1]).toArray();
    }

    /** The one-pass matcher of {@code regex}, or null when it is not simple enough to match in one pass. */
    static Predicate<CharSequence> compile(String regex) {
        if (regex.indexOf('|') >= 0) {
            return words(regex);
        }
        if (regex.startsWith("(")) {
            return repeatedGroup(regex);
        }
        return sequence(regex);
    }

    /** {@code a|b|c} where every alternative is letters, digits and hyphens. */
    private static Predicate<CharSequence> words(String regex) {
        Set<String> words = Set.copyOf(Arrays.asList(regex.split("\\|", -1)));
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
                return null;
            }
        }
        return s -> words.contains(s.toString());
    }

    /** {@code (sequence){n,m}} where the sequence always matches the same number of characters. */
    private static Predicate<CharSequence> repeatedGroup(String regex) {
        int close = regex.indexOf(')');
        if (close < 0 || regex.indexOf('(', 1) >= 0 || close + 1 >= regex.length()
                || regex.charAt(close + 1) != '{' || !regex.endsWith("}")) {
            return null;
        }
        SimplePattern unit = sequence(regex.substring(1, close));
        int[] count = parseCount(regex.substring(close + 2, regex.length() - 1));
        if (unit == null || count == null || !Arrays.equals(unit.mins, unit.maxes)) {
            return null;
        }
        int width = Arrays.stream(unit.mins).sum();
        if (width == 0) {
            return null;
        }
        return s -> {
            int n = s.length();
            if (n % width != 0 || n / width < count[0] || n / width > count[1]) {
                return false;
            }
            for (int at = 0; at < n; at += width) {
                if (!unit.matches(s, at, at + width)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static SimplePattern sequence(String regex) {
        List<boolean[]> classes = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        int i = 0;
        while (i < regex.length()) {
            boolean[] set = new boolean[128];
            char c = regex.charAt(i);
            if (c == '[') {
                int end = parseClass(regex, i + 1, set);
                if (end < 0) {
                    return null;
                }
                i = end + 1;
            } else if (c == '\\') {
                if (i + 1 >= regex.length() || !isEscapable(regex.charAt(i + 1))) {
                    return null;
                }
                set[regex.charAt(i + 1)] = true;
                i += 2;
            } else if (c < 128 && "()|^$.*+?{}".indexOf(c) < 0) {
                set[c] = true;
                i++;
            } else {
                return null;
            }
            int[] count = {1, 1};
            if (i < regex.length()) {
                char q = regex.charAt(i);
                if (q == '?' || q == '*' || q == '+') {
                    count = new int[] {q == '+' ? 1 : 0, q == '?' ? 1 : Integer.MAX_VALUE};
                    i++;
                } else if (q == '{') {
                    int close = regex.indexOf('}', i);
                    if (close < 0) {
                        return null;
                    }
                    count = parseCount(regex.substring(i + 1, close));
                    if (count == null) {
                        return null;
                    }
                    i = close + 1;
                }
                if (i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0) {
                    return null; // lazy, possessive or doubled quantifiers
                }
            }
            classes.add(set);
            counts.add(count);
        }
        return onePassIsExact(classes, counts) ? new SimplePattern(classes, counts) : null;
    }

    /** Fills {@code set} from a class body starting at {@code from}; the index of its closing bracket, or -1. */
    private static int parseClass(String regex, int from, boolean[] set) {
        int i = from;
        if (i < regex.length() && regex.charAt(i) == '^') {
            return -1;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            int lo = regex.charAt(i);
            if (lo == '\\') {
                if (i + 1 >= regex.length() || !isEscapable(regex.charAt(i + 1))) {
                    return -1;
                }
                lo = regex.charAt(++i);
            } else if (lo == '[' || lo == '&') {
                return -1; // nested classes and intersections
            }
            int hi = lo;
            if (i + 2 < regex.length() && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']') {
                hi = regex.charAt(i + 2);
                if (hi == '\\' || hi == '[') {
                    return -1;
                }
                i += 2;
            }
            if (hi >= 128 || hi < lo) {
                return -1;
            }
            for (int c = lo; c <= hi; c++) {
                set[c] = true;
            }
            i++;
        }
        return i < regex.length() && i > from ? i : -1;
    }

    private static boolean isEscapable(char c) {
        return c < 128 && !Character.isLetterOrDigit(c);
    }

    private static int[] parseCount(String body) {
        try {
            int comma = body.indexOf(',');
            if (comma < 0) {
                int n = Integer.parseInt(body);
                return new int[] {n, n};
            }
            int min = Integer.parseInt(body.substring(0, comma));
            int max = comma == body.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(body.substring(comma + 1));
            return min <= max ? new int[] {min, max} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether taking as many characters as possible for every atom finds every match: each atom whose count may
     * vary shares no character with the following atoms up to and including the first that must match one.
     */
    private static boolean onePassIsExact(List<boolean[]> classes, List<int[]> counts) {
        for (int a = 0; a < classes.size(); a++) {
            if (counts.get(a)[0] == counts.get(a)[1]) {
                continue;
            }
            for (int b = a + 1; b < classes.size(); b++) {
                for (int c = 0; c < 128; c++) {
                    if (classes.get(a)[c] && classes.get(b)[c]) {
                        return false;
                    }
                }
                if (counts.get(b)[0] > 0) {
                    break;
                }
            }
        }
        return true;
    }

    /** Whether the whole of {@code s} matches. */
    @Override
    public boolean test(CharSequence s) {
        return matches(s, 0, s.length());
    }

    /** Whether s[from, to) matches. */
    private boolean matches(CharSequence s, int from, int to) {
        int at = from;
        int length = to;
        for (int a = 0; a < classes.length; a++) {
            boolean[] set = classes[a];
            int taken = 0;
            int max = maxes[a];
            while (taken < max && at < length) {
                char c = s.charAt(at);
                if (c >= 128 || !set[c]) {
                    break;
                }
                at++;
                taken++;
            }
            if (taken < mins[a]) {
                return false;
            }
        }
        return at == to;
    }
}
