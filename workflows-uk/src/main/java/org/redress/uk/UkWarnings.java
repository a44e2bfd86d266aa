package org.redress.uk;

import java.util.List;
import org.redress.core.plan.StandardWarnings;

/**
 * The UK pack's warning ids: the standard ids of {@link StandardWarnings} and the pack's own. Public API.
 *
 * @since 1.0
 */
public final class UkWarnings {

    /** The person has had thoughts of harming themselves: Samaritans and Shout come first. */
    public static final String SELF_HARM_SUPPORT = "self-harm-support";

    /**
     * Plan for the harasser's reaction with a specialist service before any step they may find out about. Always
     * comes before {@link StandardWarnings#HARASSER_MAY_BE_ALERTED} and {@link #ACCOUNT_RECOVERY_MAY_ALERT}.
     */
    public static final String PLAN_YOUR_SAFETY = "plan-your-safety";

    /** Taking back an account (recovery, new password, signing out sessions) can show the person who got in. */
    public static final String ACCOUNT_RECOVERY_MAY_ALERT = "account-recovery-may-alert";

    /** Every warning id, most serious first (the order plans list them in). */
    public static final List<String> ALL = List.of(StandardWarnings.IMMEDIATE_DANGER, SELF_HARM_SUPPORT,
            StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL, StandardWarnings.NEVER_PAY, PLAN_YOUR_SAFETY,
            StandardWarnings.HARASSER_MAY_BE_ALERTED, ACCOUNT_RECOVERY_MAY_ALERT, StandardWarnings.KEEP_EVIDENCE,
            StandardWarnings.DO_NOT_RETALIATE);

    private UkWarnings() {
    }
}
