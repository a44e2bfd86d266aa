package org.redress.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A jurisdiction as an ISO 3166-2 subdivision code ({@code GB-ENG}, {@code GB-WLS}, {@code GB-SCT}, {@code GB-NIR},
 * {@code US-CA}, {@code US-NY}) or an ISO 3166-1 country code ({@code US}, {@code GB}). In JSON it is the code as a
 * string. Core knows no jurisdiction: which codes are planned for is up to the jurisdiction packs found at run time,
 * and each pack declares its own constants ({@code org.redress.uk.UkJurisdictions},
 * {@code org.redress.us.UsJurisdictions}).
 *
 * @param code the code, upper case
 * @since 1.0
 */
public record Jurisdiction(String code) implements Comparable<Jurisdiction> {

    /** The format of a code: an ISO 3166-1 alpha-2 country, optionally followed by '-' and a subdivision. */
    public static final String PATTERN = "[A-Z]{2}(-[A-Z0-9]{1,3})?";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    /**
     * England.
     *
     * @deprecated core knows no jurisdiction: use {@code org.redress.uk.UkJurisdictions.ENGLAND} from the UK pack, or
     *     {@code Jurisdiction.of("GB-ENG")}. To be removed in 2.0.
     */
    @Deprecated(since = "1.0", forRemoval = true)
    public static final Jurisdiction ENGLAND = new Jurisdiction("GB-ENG");
    /**
     * Wales.
     *
     * @deprecated use {@code org.redress.uk.UkJurisdictions.WALES}, or {@code Jurisdiction.of("GB-WLS")}. To be
     *     removed in 2.0.
     */
    @Deprecated(since = "1.0", forRemoval = true)
    public static final Jurisdiction WALES = new Jurisdiction("GB-WLS");
    /**
     * Scotland.
     *
     * @deprecated use {@code org.redress.uk.UkJurisdictions.SCOTLAND}, or {@code Jurisdiction.of("GB-SCT")}. To be
     *     removed in 2.0.
     */
    @Deprecated(since = "1.0", forRemoval = true)
    public static final Jurisdiction SCOTLAND = new Jurisdiction("GB-SCT");
    /**
     * Northern Ireland.
     *
     * @deprecated use {@code org.redress.uk.UkJurisdictions.NORTHERN_IRELAND}, or {@code Jurisdiction.of("GB-NIR")}.
     *     To be removed in 2.0.
     */
    @Deprecated(since = "1.0", forRemoval = true)
    public static final Jurisdiction NORTHERN_IRELAND = new Jurisdiction("GB-NIR");
    /**
     * The United States as a whole (federal law only).
     *
     * @deprecated use {@code org.redress.us.UsJurisdictions.UNITED_STATES}, or {@code Jurisdiction.of("US")}. To be
     *     removed in 2.0.
     */
    @Deprecated(since = "1.0", forRemoval = true)
    public static final Jurisdiction UNITED_STATES = new Jurisdiction("US");

    /**
     * Checks the format.
     *
     * @param code an ISO 3166-1 alpha-2 country code ({@code US}) or ISO 3166-2 subdivision code ({@code GB-ENG})
     * @throws IllegalArgumentException if the code is not an ISO 3166-1 or 3166-2 code (the message does not
     *     repeat the value)
     */
    public Jurisdiction {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "not an ISO 3166-2 code: use a code such as GB-ENG, GB-SCT, GB-NIR, US-CA, or a country such as US");
        }
    }

    /**
     * Parses a code.
     *
     * @param code an ISO 3166-1 alpha-2 country code ({@code US}) or ISO 3166-2 subdivision code ({@code GB-ENG})
     * @return the jurisdiction
     * @throws IllegalArgumentException if the code is not in that format
     */
    @JsonCreator
    public static Jurisdiction of(String code) {
        return new Jurisdiction(code);
    }

    /** {@return the code, as written in JSON} */
    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** {@return the ISO 3166-1 country part, such as {@code GB} or {@code US}} */
    public String country() {
        return code.substring(0, 2);
    }

    /** {@return the subdivision part, such as {@code SCT} or {@code CA}, when there is one} */
    public Optional<String> subdivision() {
        return code.length() > 2 ? Optional.of(code.substring(3)) : Optional.empty();
    }

    @Override
    public int compareTo(Jurisdiction o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
