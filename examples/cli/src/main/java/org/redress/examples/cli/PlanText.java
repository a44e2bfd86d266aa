package org.redress.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.Reason;
import org.redress.core.plan.Warning;
import org.redress.core.route.ContactChannel;
import org.redress.core.route.LegalBasis;

/** Writes a plan for people: warnings first, then numbered steps with reasons, contacts and what is missing. */
final class PlanText {

    private static final int WIDTH = 100;

    private PlanText() {
    }

    static void print(Plan plan, PrintWriter out) {
        out.println("Plan for case " + plan.getCaseId() + " (" + plan.getJurisdiction() + "), as of "
                + plan.getAsOf().toLocalDate());
        out.println();
        if (!plan.getWarnings().isEmpty()) {
            out.println("READ FIRST");
            for (Warning w : plan.getWarnings()) {
                wrap(out, "  ! ", "    ", w.getTitle() + " [" + w.getId() + "]: " + w.getText());
            }
            out.println();
        }
        out.println("STEPS");
        int n = 1;
        for (PlanStep step : plan.getSteps()) {
            String number = String.format("%3d. ", n++);
            wrap(out, number, "     ", step.getRoute().getName() + "  (" + phase(step) + "; " + step.getRouteId()
                    + ")");
            wrap(out, "     ", "     ", step.getRoute().getSummary());
            for (Reason r : step.getReasons()) {
                wrap(out, "     Why: ", "          ", r.getText());
            }
            for (ContactChannel c : step.getRoute().getContacts()) {
                wrap(out, "     Contact: ", "              ", c.describe());
            }
            for (LegalBasis l : step.getPossibleOffences()) {
                wrap(out, "     May amount to: ", "                    ", l.getTitle() + " (" + l.getCitation() + ")");
            }
            step.getMissing().forEach(m -> wrap(out, "     Still needed: ", "                   ",
                    m.getDescription()));
            step.getDeadline().ifPresent(d -> out.println("     Deadline: " + d));
            step.getDoneByReportId().ifPresent(id -> out.println("     Already done: report " + id));
            if (!step.getWarningIds().isEmpty()) {
                out.println("     Read first: " + String.join(", ", step.getWarningIds()));
            }
            if (!step.getDocumentKinds().isEmpty()) {
                out.println("     Papers: " + String.join(", ", step.getDocumentKinds()));
            }
            for (String note : step.getUnverifiedNotes()) {
                wrap(out, "     UNVERIFIED: ", "                 ", note);
            }
            out.println();
        }
        wrap(out, "", "", plan.getDisclaimer());
    }

    private static String phase(PlanStep step) {
        String name = step.getPhase().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Writes text wrapped at {@value #WIDTH} columns, the first line after {@code first}, the rest after {@code rest}. */
    static void wrap(PrintWriter out, String first, String rest, String text) {
        StringBuilder line = new StringBuilder(first);
        int lineStart = 0;
        for (String word : List.of(text.trim().split("\\s+"))) {
            if (line.length() - lineStart + word.length() + 1 > WIDTH && line.length() - lineStart > rest.length()) {
                out.println(line.toString().stripTrailing());
                line.setLength(0);
                line.append(rest);
            } else if (line.length() > (lineStart == 0 ? first.length() : rest.length())) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line.toString().stripTrailing());
    }
}
