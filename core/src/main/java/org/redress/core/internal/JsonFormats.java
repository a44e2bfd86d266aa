package org.redress.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.function.Predicate;

/**
 * The exact text forms Redress JSON accepts for dates and times, shared by the reader and the JSON Schema
 * generator so that the two agree: RFC 3339 date-times with seconds and an offset, and plain ISO-8601 dates.
 * Jackson's own readers are more lenient (numbers as epoch seconds, arrays, date-times without seconds or
 * offsets); this module replaces them.
 */
public final class JsonFormats {

    /** An RFC 3339 date-time: seconds, optional fraction up to nanoseconds, {@code Z} or {@code ±hh:mm}. */
    public static final String DATE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
            + "(Z|[+-][0-9]{2}:[0-9]{2})";

    /** An ISO-8601 calendar date, {@code yyyy-mm-dd}. */
    public static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    /**
     * The characters of a time-zone id: a region such as {@code Europe/London}, or an offset such as
     * {@code +01:00} or {@code UTC}. The JDK's zone rules decide which ids exist.
     */
    public static final String ZONE = "[A-Za-z0-9~/._+:-]{1,64}";

    /** The most digits a number read may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 20;

    /** The most digits a number read may have after its decimal point. */
    public static final int MAX_FRACTION_DIGITS = 20;

    private static final BigInteger INTEGER_LIMIT = BigInteger.TEN.pow(MAX_INTEGER_DIGITS);

    private static final Predicate<CharSequence> DATE_PATTERN = SimplePattern.compile(DATE);

    private JsonFormats() {
    }

    /** A Jackson module with the strict readers for {@link OffsetDateTime} and {@link LocalDate}. */
    public static SimpleModule strictTimes() {
        SimpleModule module = new SimpleModule("redress-strict-times");
        module.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class, JsonFormats::isDateTime) {
            @Override
            OffsetDateTime parse(String t) {
                // the pattern fixed every position: yyyy-mm-ddThh:mm:ss[.f{1,9}](Z|+hh:mm)
                int end = t.length();
                int nanos = 0;
                int offsetStart = t.charAt(end - 1) == 'Z' ? end - 1 : end - 6;
                if (t.charAt(19) == '.') {
                    String fraction = t.substring(20, offsetStart);
                    nanos = Integer.parseInt(fraction) * POWERS[9 - fraction.length()];
                }
                ZoneOffset offset = offsetStart == end - 1 ? ZoneOffset.UTC
                        : ZoneOffset.ofHoursMinutes((t.charAt(offsetStart) == '-' ? -1 : 1) * num(t, offsetStart + 1, 2),
                                (t.charAt(offsetStart) == '-' ? -1 : 1) * num(t, offsetStart + 4, 2));
                return OffsetDateTime.of(num(t, 0, 4), num(t, 5, 2), num(t, 8, 2), num(t, 11, 2), num(t, 14, 2),
                        num(t, 17, 2), nanos, offset);
            }
        });
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, DATE_PATTERN) {
            @Override
            LocalDate parse(String t) {
                return LocalDate.of(num(t, 0, 4), num(t, 5, 2), num(t, 8, 2));
            }
        });
        return module;
    }

    /**
     * A Jackson module that refuses, while binding, a decimal number outside the bounds of
     * {@link #withinBounds(Number)}: {@code 1e999999999} would otherwise bind, and later turn into a billion digits.
     */
    public static SimpleModule boundedNumbers() {
        SimpleModule module = new SimpleModule("redress-bounded-numbers");
        module.addDeserializer(BigDecimal.class, new JsonDeserializer<>() {
            @Override
            public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
                if (value != null && !withinBounds(value)) {
                    throw new NumberOutOfBounds(p, value);
                }
                return value;
            }
        });
        return module;
    }

    /**
     * Whether a number read has at most {@link #MAX_INTEGER_DIGITS} digits before its decimal point and at most
     * {@link #MAX_FRACTION_DIGITS} after it, written out in full ({@code 1e3} has four digits before the point,
     * {@code 0.0010} four after it). Numbers of other types (doubles, longs) are always within bounds.
     */
    public static boolean withinBounds(Number n) {
        if (n instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) n;
            // scale and precision are ints: no arithmetic here can overflow or allocate the digits
            long fraction = Math.max(0, d.scale());
            long integer = Math.max(0L, (long) d.precision() - d.scale());
            return fraction <= MAX_FRACTION_DIGITS && integer <= MAX_INTEGER_DIGITS;
        }
        if (n instanceof BigInteger) {
            return ((BigInteger) n).abs().compareTo(INTEGER_LIMIT) < 0;
        }
        return true;
    }

    /** Whether every number in {@code node} is {@linkplain #withinBounds within bounds}; collects the others. */
    public static void numbersOutOfBounds(com.fasterxml.jackson.databind.JsonNode node, String pointer,
            java.util.List<String> out) {
        if (node.getNodeType() == JsonNodeType.NUMBER) {
            if (!withinBounds(node.numberValue())) {
                out.add(pointer);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                numbersOutOfBounds(node.get(i), pointer + "/" + i, out);
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                numbersOutOfBounds(e.getValue(), pointer + "/" + Validation.escapePointer(e.getKey()), out);
            }
        }
    }

    /**
     * Adds to {@code out} the pointer of every string value and member name that is not well-formed Unicode: one
     * with a lone surrogate, which JSON can spell ({@code "\\uD800"}) but no UTF-8 text can hold, and which would
     * make two different texts one (RFC 8785 refuses them; so does reading).
     */
    public static void illFormedText(com.fasterxml.jackson.databind.JsonNode node, String pointer,
            java.util.List<String> out) {
        if (node.isTextual()) {
            if (!wellFormed(node.textValue())) {
                out.add(pointer);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                illFormedText(node.get(i), pointer + "/" + i, out);
            }
        } else if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String at = pointer + "/" + Validation.escapePointer(e.getKey());
                if (!wellFormed(e.getKey())) {
                    out.add(at);
                } else {
                    illFormedText(e.getValue(), at, out);
                }
            }
        }
    }

    /** Whether every surrogate in the text is half of a high-low pair. */
    public static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether JSON bytes may hold a surrogate: an escape {@code \\uD800} to {@code \\uDFFF}, or the byte 0xED that
     * starts the (invalid) UTF-8 form of one. Cheap, and true for some texts that are fine (a pair of escapes).
     */
    public static boolean maySpellSurrogate(byte[] json) {
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (b == (byte) 0xED) {
                return true;
            }
            if (b == '\\' && i + 2 < json.length && json[i + 1] == 'u' && (json[i + 2] == 'd' || json[i + 2] == 'D')) {
                return true;
            }
            if (b == '\\') {
                i++; // the escaped character: the second backslash of an escaped backslash is no escape
            }
        }
        return false;
    }

    /** A number with too many digits before or after its decimal point. */
    public static final class NumberOutOfBounds extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        NumberOutOfBounds(JsonParser p, BigDecimal value) {
            super(p, "number out of bounds", null, BigDecimal.class); // the value is not kept: it may be huge
        }
    }

    /** A date or date-time of the right form that names no real day or time, such as {@code 2026-02-30}. */
    public static final class NotARealDate extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        NotARealDate(JsonParser p, Class<?> type) {
            super(p, "not a real date", null, type); // the value is not kept: it may be personal
        }
    }

    /** Whether {@code t} matches {@link #DATE_TIME}, checked position by position. */
    static boolean isDateTime(CharSequence t) {
        int n = t.length();
        if (n < 20 || !digits(t, 0, 4) || t.charAt(4) != '-' || !digits(t, 5, 2) || t.charAt(7) != '-'
                || !digits(t, 8, 2) || t.charAt(10) != 'T' || !digits(t, 11, 2) || t.charAt(13) != ':'
                || !digits(t, 14, 2) || t.charAt(16) != ':' || !digits(t, 17, 2)) {
            return false;
        }
        int at = 19;
        if (t.charAt(at) == '.') {
            int start = ++at;
            while (at < n && at - start < 9 && isDigit(t.charAt(at))) {
                at++;
            }
            if (at == start) {
                return false;
            }
        }
        if (at == n - 1) {
            return t.charAt(at) == 'Z';
        }
        return at == n - 6 && (t.charAt(at) == '+' || t.charAt(at) == '-') && digits(t, at + 1, 2)
                && t.charAt(at + 3) == ':' && digits(t, at + 4, 2);
    }

    private static boolean digits(CharSequence t, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    /** The decimal number of {@code length} ASCII digits at {@code start}. */
    private static int num(String s, int start, int length) {
        int n = 0;
        for (int i = start; i < start + length; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private abstract static class Strict<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Predicate<CharSequence> pattern;

        Strict(Class<T> type, Predicate<CharSequence> pattern) {
            this.type = type;
            this.pattern = pattern;
        }

        abstract T parse(String text);

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            if (pattern.test(text)) {
                try {
                    return parse(text);
                } catch (DateTimeException e) {
                    throw new NotARealDate(p, type); // a well-formed but impossible date, such as 2026-02-30
                }
            }
            return type.cast(ctxt.handleWeirdStringValue(type, text, "not in the documented format"));
        }
    }
}
