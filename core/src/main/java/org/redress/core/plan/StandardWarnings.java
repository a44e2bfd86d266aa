package org.redress.core.plan;

import java.util.List;

/**
 * The warning ids every jurisdiction pack uses where they apply, so that apps can rely on them across
 * jurisdictions. Packs supply their own wording (with local numbers and law); these are the ids and their meaning.
 *
 * @since 1.0
 */
public final class StandardWarnings {

    /** The person is in immediate danger: call the emergency number before doing anything else. */
    public static final String IMMEDIATE_DANGER = "immediate-danger";
    /** Never pay a blackmailer or sextortionist; keep the demands and payment details as evidence. */
    public static final String NEVER_PAY = "never-pay";
    /** Keep evidence: do not delete messages, accounts or posts before they are preserved. Every plan has it. */
    public static final String KEEP_EVIDENCE = "keep-evidence";
    /** Do not reply in kind or retaliate: it can undermine legal action. */
    public static final String DO_NOT_RETALIATE = "do-not-retaliate";
    /**
     * Never download, copy, screenshot or forward sexual images of a child, even as evidence: report the location
     * to the child-protection hotline instead.
     */
    public static final String DO_NOT_COPY_CHILD_ABUSE_MATERIAL = "do-not-copy-child-abuse-material";
    /** This step tells the harasser (a letter, a court application on notice): plan for their reaction first. */
    public static final String HARASSER_MAY_BE_ALERTED = "harasser-may-be-alerted";

    /** All of the above, in order. */
    public static final List<String> ALL = List.of(IMMEDIATE_DANGER, NEVER_PAY, KEEP_EVIDENCE, DO_NOT_RETALIATE,
            DO_NOT_COPY_CHILD_ABUSE_MATERIAL, HARASSER_MAY_BE_ALERTED);

    private StandardWarnings() {
    }
}
