package org.redress.core.plan;

import org.redress.core.model.Jurisdiction;

/**
 * Thrown when no jurisdiction pack on the class or module path covers a case's jurisdiction.
 *
 * @since 1.0
 */
public class UnsupportedJurisdictionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code of the jurisdiction no pack covers. */
    private final String jurisdiction;

    /** @param jurisdiction the jurisdiction no pack covers */
    public UnsupportedJurisdictionException(Jurisdiction jurisdiction) {
        super("No jurisdiction pack covers " + jurisdiction + ". Add the pack for it (such as redress-workflows-uk "
                + "or redress-workflows-us) to the application's dependencies.", null, false, false);
        this.jurisdiction = jurisdiction.code();
    }

    /** {@return the jurisdiction code} */
    public String jurisdiction() {
        return jurisdiction;
    }
}
