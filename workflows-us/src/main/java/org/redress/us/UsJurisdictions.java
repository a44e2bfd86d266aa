package org.redress.us;

import java.util.List;
import org.redress.core.model.Jurisdiction;

/**
 * The jurisdictions this pack plans for, by their ISO 3166 codes: the United States as a whole (federal law only)
 * and the states whose law it covers. Core knows no jurisdiction; a case names one by its code
 * ({@code "jurisdiction": "US-CA"}), and these constants are the same values as {@code Jurisdiction.of("US-CA")}.
 *
 * @since 1.0
 */
public final class UsJurisdictions {

    /** The United States as a whole, federal law only ({@code US}). */
    public static final Jurisdiction UNITED_STATES = Jurisdiction.of("US");
    /** California ({@code US-CA}). */
    public static final Jurisdiction CALIFORNIA = Jurisdiction.of("US-CA");
    /** Florida ({@code US-FL}). */
    public static final Jurisdiction FLORIDA = Jurisdiction.of("US-FL");
    /** Illinois ({@code US-IL}). */
    public static final Jurisdiction ILLINOIS = Jurisdiction.of("US-IL");
    /** New York ({@code US-NY}). */
    public static final Jurisdiction NEW_YORK = Jurisdiction.of("US-NY");
    /** Texas ({@code US-TX}). */
    public static final Jurisdiction TEXAS = Jurisdiction.of("US-TX");

    /** The states whose law the pack covers, in the order above. */
    public static final List<Jurisdiction> STATES = List.of(CALIFORNIA, FLORIDA, ILLINOIS, NEW_YORK, TEXAS);

    private UsJurisdictions() {
    }
}
