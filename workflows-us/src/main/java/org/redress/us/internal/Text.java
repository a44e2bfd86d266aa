package org.redress.us.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pack writes dates and times for people (US style, with the zone's abbreviation). */
final class Text {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private Text() {
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }

    /** A time as people read it, in the case's zone with its abbreviation: "November 4, 2026, at 10:00 AM PST". */
    static String dateTime(OffsetDateTime t, org.redress.core.model.Case c) {
        return org.redress.core.document.DocumentKit.dateTime(t, org.redress.core.document.DocumentKit.caseZone(c, t),
                org.redress.core.document.DocumentKit.Style.US);
    }
}
