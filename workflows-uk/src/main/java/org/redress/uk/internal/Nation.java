package org.redress.uk.internal;

import java.util.Optional;
import org.redress.core.model.Jurisdiction;

/** The UK's three legal systems. */
public enum Nation {
    /** England and Wales. */
    ENGLAND_AND_WALES("England and Wales"),
    /** Scotland. */
    SCOTLAND("Scotland"),
    /** Northern Ireland. */
    NORTHERN_IRELAND("Northern Ireland");

    private final String label;

    Nation(String label) {
        this.label = label;
    }

    /** The name, such as "England and Wales". */
    public String label() {
        return label;
    }

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
