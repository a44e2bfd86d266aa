package org.redress.uk.internal;

import java.util.Optional;
import org.redress.core.model.Jurisdiction;

/** The UK's three legal systems. */
public enum Nation {
    /** England and Wales. */
    ENGLAND_AND_WALES,
    /** Scotland. */
    SCOTLAND,
    /** Northern Ireland. */
    NORTHERN_IRELAND;

    /** The legal system of a jurisdiction, when it is one of GB-ENG, GB-WLS, GB-SCT, GB-NIR. */
    public static Optional<Nation> of(Jurisdiction j) {
        switch (j.code()) {
            case "GB-ENG":
            case "GB-WLS":
                return Optional.of(ENGLAND_AND_WALES);
            case "GB-SCT":
                return Optional.of(SCOTLAND);
            case "GB-NIR":
                return Optional.of(NORTHERN_IRELAND);
            default:
                return Optional.empty();
        }
    }
}
