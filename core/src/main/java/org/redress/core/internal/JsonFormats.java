package org.redress.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

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

    private static final Pattern DATE_TIME_PATTERN = Pattern.compile(DATE_TIME);
    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);

    private JsonFormats() {
    }

    /** A Jackson module with the strict readers for {@link OffsetDateTime} and {@link LocalDate}. */
    public static SimpleModule strictTimes() {
        SimpleModule module = new SimpleModule("redress-strict-times");
        module.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class, DATE_TIME_PATTERN) {
            @Override
            OffsetDateTime parse(String text) {
                return OffsetDateTime.parse(text);
            }
        });
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, DATE_PATTERN) {
            @Override
            LocalDate parse(String text) {
                return LocalDate.parse(text);
            }
        });
        return module;
    }

    private abstract static class Strict<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Pattern pattern;

        Strict(Class<T> type, Pattern pattern) {
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
            if (pattern.matcher(text).matches()) {
                try {
                    return parse(text);
                } catch (DateTimeParseException e) {
                    // falls through: a well-formed but impossible date, such as 2026-02-30
                }
            }
            return type.cast(ctxt.handleWeirdStringValue(type, text, "not in the documented format"));
        }
    }
}
