package org.redress.uk.internal;

import java.util.List;
import org.redress.core.plan.Severity;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.plan.Warning;
import org.redress.uk.UkWarnings;

/** The UK wording of the pack's warnings, most serious first. */
public final class Warnings {

    /** Every warning, in the order of {@link UkWarnings#ALL}. */
    public static final List<Warning> ALL = List.of(
            Warning.of(StandardWarnings.IMMEDIATE_DANGER, Severity.CRITICAL, "If you are in danger, call 999 now",
                    "If you are in immediate danger, someone is threatening to hurt you now, or the harasser is at or "
                            + "near your home, work or school, call 999 before doing anything else. Everything else "
                            + "in this plan can wait."),
            Warning.of(UkWarnings.SELF_HARM_SUPPORT, Severity.CRITICAL, "You do not have to cope with this alone",
                    "If you are having thoughts of harming yourself, call Samaritans free on 116 123 at any time, or "
                            + "text SHOUT to 85258. If you are in danger now, call 999."),
            Warning.of(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL, Severity.CRITICAL,
                    "Never copy sexual images of anyone under 18",
                    "Never download, copy, screenshot, forward or store sexual images or videos of anyone under 18, "
                            + "even as evidence and even to show the police or a platform: making a copy is itself "
                            + "an offence. Record only where they are (the web address) and what you saw, and report "
                            + "them to the Internet Watch Foundation or the police. A young person reporting images of "
                            + "themselves through Report Remove shares them only inside that service."),
            Warning.of(StandardWarnings.NEVER_PAY, Severity.CRITICAL, "Never pay",
                    "Do not pay or send anything more, even if they promise to delete images or to stop: paying "
                            + "rarely ends the demands. Stop replying, but keep the demands and any payment details "
                            + "as evidence, and report to the police (and, outside Scotland, to Report Fraud). If "
                            + "you have already paid, tell your bank straight away."),
            Warning.of(StandardWarnings.HARASSER_MAY_BE_ALERTED, Severity.CRITICAL, "This step tells the harasser",
                    "An application for a court order, or a letter, means the harasser is told and sees the papers "
                            + "(an application on notice is served on them). Before you take this step, plan for "
                            + "their reaction with the police or a specialist service; if they are or were a partner "
                            + "or family member, the National Domestic Abuse Helpline can help you plan. Your address "
                            + "can be withheld from the papers served on them."),
            Warning.of(StandardWarnings.KEEP_EVIDENCE, Severity.IMPORTANT, "Keep the evidence",
                    "Do not delete messages, posts, accounts or your own replies before they are preserved, even if "
                            + "you want them gone. Capture them first (each capture is hashed and logged), then "
                            + "report, block or ask for removal."),
            Warning.of(StandardWarnings.DO_NOT_RETALIATE, Severity.IMPORTANT, "Do not retaliate",
                    "Do not reply in kind, threaten or expose the harasser, or ask others to: it can undermine a "
                            + "police case or a court application, and it can put you at risk."));

    private Warnings() {
    }
}
