package org.redress.uk;

import java.util.List;
import org.redress.core.plan.StandardWarnings;

/**
 * The UK pack's warning ids: the six standard ids of {@link StandardWarnings} and the pack's own. Public API.
 */
public final class UkWarnings {

    /** The person has had thoughts of harming themselves: Samaritans and Shout come first. */
    public static final String SELF_HARM_SUPPORT = "self-harm-support";

    /** Every warning id, most serious first (the order plans list them in). */
    public static final List<String> ALL = List.of(StandardWarnings.IMMEDIATE_DANGER, SELF_HARM_SUPPORT,
            StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL, StandardWarnings.NEVER_PAY,
            StandardWarnings.HARASSER_MAY_BE_ALERTED, StandardWarnings.KEEP_EVIDENCE,
            StandardWarnings.DO_NOT_RETALIATE);

    private UkWarnings() {
    }
}
