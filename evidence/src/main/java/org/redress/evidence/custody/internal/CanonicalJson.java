package org.redress.evidence.custody.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785: object members sorted by the UTF-16 code units of their names, no
 * whitespace, strings with the minimal escaping of ECMAScript's {@code JSON.stringify}, numbers as ECMAScript prints
 * IEEE 754 doubles. Not API.
 *
 * <p>Strings must be well-formed Unicode (RFC 8785 section 3.2.2.2 requires it): a lone surrogate has no UTF-8 form,
 * and the JDK's encoder would silently write {@code ?} in its place, so that two different values had the same
 * canonical bytes (and the same hash). Such a string is refused with {@link IllegalArgumentException}.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final double MAX_SAFE = 9007199254740992.0;

    private CanonicalJson() {
    }

    /**
     * The canonical UTF-8 bytes of a JSON tree.
     *
     * @throws IllegalArgumentException when a string or member name is not well-formed Unicode, or a number is
     *     not finite
     */
    public static byte[] bytes(JsonNode node) {
        return string(node).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The canonical form of a JSON tree as a string.
     *
     * @throws IllegalArgumentException when a string or member name is not well-formed Unicode, or a number is
     *     not finite
     */
    public static String string(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case NULL -> out.append("null");
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    members.add(it.next());
                }
                // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 requires.
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(members.get(i).getKey(), out);
                    out.append(':');
                    write(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            default -> throw new IllegalArgumentException("JSON canonicalisation cannot represent a "
                    + node.getNodeType() + " node");
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            // the position only: the text may be personal
                            throw new IllegalArgumentException("JSON canonicalisation refuses a string that is not "
                                    + "well-formed Unicode: a lone surrogate at UTF-16 position " + i);
                        }
                    } else if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            long v = node.longValue();
            if (Math.abs((double) v) <= MAX_SAFE) {
                return Long.toString(v);
            }
        }
        return number(node.doubleValue());
    }

    /** ECMAScript's {@code Number.prototype.toString()} for a finite double (RFC 8785 section 3.2.2.3). */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no representation for " + d);
        }
        if (d == 0) {
            return "0";
        }
        if (d < 0) {
            return "-" + number(-d);
        }
        // The shortest decimal that reads back as d; at that length, the one nearest to d.
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = null;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                shortest = candidate;
                break;
            }
        }
        if (shortest == null) {
            throw new IllegalStateException("no round-trip decimal for a double");
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(32);
        if (k <= n && n <= 21) {
            out.append(digits);
            out.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            int e = n - 1;
            out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return out.toString();
    }
}
