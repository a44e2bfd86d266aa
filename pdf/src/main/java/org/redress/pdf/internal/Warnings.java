package org.redress.pdf.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.pdf.RenderWarning;

/** Collects warnings, merging repeated ones at the same place (such as many missing glyphs in one block). */
final class Warnings {

    private static final int MAX_DETAILS = 12;

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        final String code;
        final String pointer;
        final String message;
        final Set<String> details = new LinkedHashSet<>();

        Entry(String code, String pointer, String message) {
            this.code = code;
            this.pointer = pointer;
            this.message = message;
        }
    }

    /** Adds a warning; {@code detail} (such as a code point) is listed once per place. */
    void add(String code, String pointer, String message, String detail) {
        Entry e = entries.computeIfAbsent(code + '\u0000' + pointer + '\u0000' + message,
                k -> new Entry(code, pointer, message));
        if (detail != null && e.details.size() < MAX_DETAILS) {
            e.details.add(detail);
        }
    }

    List<RenderWarning> list() {
        List<RenderWarning> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            String msg = e.message;
            if (!e.details.isEmpty()) {
                msg += " (" + String.join(", ", e.details) + (e.details.size() == MAX_DETAILS ? ", ..." : "") + ")";
            }
            out.add(new RenderWarning(e.code, e.pointer, msg));
        }
        return out;
    }
}
