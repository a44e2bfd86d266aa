package org.redress.uk;

import java.util.List;
import org.redress.core.model.Jurisdiction;

/**
 * The jurisdictions this pack plans for: the four nations of the United Kingdom, by their ISO 3166-2 codes. Core
 * knows no jurisdiction; a case names one by its code ({@code "jurisdiction": "GB-SCT"}), and these constants are
 * the same values as {@code Jurisdiction.of("GB-SCT")}.
 *
 * @since 1.0
 */
public final class UkJurisdictions {

    /** England ({@code GB-ENG}). */
    public static final Jurisdiction ENGLAND = Jurisdiction.of("GB-ENG");
    /** Wales ({@code GB-WLS}). */
    public static final Jurisdiction WALES = Jurisdiction.of("GB-WLS");
    /** Scotland ({@code GB-SCT}). */
    public static final Jurisdiction SCOTLAND = Jurisdiction.of("GB-SCT");
    /** Northern Ireland ({@code GB-NIR}). */
    public static final Jurisdiction NORTHERN_IRELAND = Jurisdiction.of("GB-NIR");

    /** The four nations, in the order above. */
    public static final List<Jurisdiction> ALL = List.of(ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND);

    private UkJurisdictions() {
    }
}
