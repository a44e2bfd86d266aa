package org.redress.core.route;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact references in a pack's texts, so that each number or address lives once, in its route's data. A
 * reference {@code {route-id/contact label}} stands for that contact as a person uses it: the number (with its
 * keyword for a text line, "SHOUT to 85258") or the address.
 *
 * @since 1.1
 */
public final class ContactReferences {

    /** A reference: {@code {route-id/contact label}}. */
    public static final Pattern REFERENCE = Pattern.compile("\\{([a-z0-9.-]+)/([^}]+)\\}");

    private ContactReferences() {
    }

    /**
     * The text with every reference replaced by its contact.
     *
     * @param text a text of the pack's data
     * @param routesById the pack's routes by id
     * @return the text with each {@code {route-id/contact label}} replaced by the contact in words
     * @throws IllegalStateException when a reference names a route or a contact label the data does not have (a
     *     defect in the pack's data, found when the pack loads)
     */
    public static String fill(String text, Map<String, Route> routesById) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Route r = routesById.get(m.group(1));
            if (r == null) {
                throw new IllegalStateException("the data refers to no route " + m.group(1));
            }
            ContactChannel c = r.contacts().stream().filter(x -> x.label().equals(m.group(2))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("route " + m.group(1) + " has no contact "
                            + m.group(2)));
            m.appendReplacement(sb, Matcher.quoteReplacement(shown(c)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A contact as a person uses it: the number (with its keyword) or the address. */
    static String shown(ContactChannel c) {
        if (c.kind() == ContactKind.PHONE || c.kind() == ContactKind.TEXT) {
            String number = c.display().or(c::dial).orElseThrow();
            return c.keyword().map(k -> k + " to " + number).orElse(number);
        }
        return c.url().map(Object::toString).or(c::display).orElseThrow();
    }
}
