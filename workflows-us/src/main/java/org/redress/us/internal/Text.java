package org.redress.us.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pack writes dates and times for people (US style, with the UTC offset kept). */
final class Text {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("MMMM d, uuuu, h:mm a 'UTC'xxx", Locale.US);

    private Text() {
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    static String dateTime(OffsetDateTime t) {
        return DATE_TIME.format(t);
    }
}
