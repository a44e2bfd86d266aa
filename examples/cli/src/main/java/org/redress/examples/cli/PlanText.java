package org.redress.examples.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.redress.core.document.MissingItem;
import org.redress.core.plan.DocumentKind;
import org.redress.core.plan.JurisdictionPack;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.Planner;
import org.redress.core.plan.Reason;
import org.redress.core.plan.Warning;
import org.redress.core.route.ContactChannel;
import org.redress.core.route.LegalBasis;

/** Writes a plan for people: warnings first, then numbered steps with reasons, contacts and what is missing. */
final class PlanText {

    private static final int WIDTH = 100;

    private PlanText() {
    }

    static void print(Plan plan, org.redress.core.model.Case theCase, PrintWriter out) {
        org.redress.core.document.DocumentKit.Style style = plan.jurisdiction().toString().startsWith("GB")
                ? org.redress.core.document.DocumentKit.Style.UK : org.redress.core.document.DocumentKit.Style.US;
        // Names, not ids: document kinds by the pack's names, warnings by their titles.
        Map<String, String> papers = new HashMap<>();
        for (JurisdictionPack pack : Planner.load().packs()) {
            if (pack.id().equals(plan.packId())) {
                for (DocumentKind k : pack.documentKinds()) {
                    papers.put(k.id(), k.title());
                }
            }
        }
        Map<String, String> warningTitles = new HashMap<>();
        plan.warnings().forEach(w -> warningTitles.put(w.id(), w.title()));
        out.println("Plan for case " + plan.caseId() + " (" + plan.jurisdiction() + "), as of "
                + plan.asOf().toLocalDate());
        out.println();
        if (!plan.warnings().isEmpty()) {
            out.println("READ FIRST");
            for (Warning w : plan.warnings()) {
                wrap(out, "  ! ", "    ", w.title() + ": " + w.text());
            }
            out.println();
        }
        out.println("STEPS");
        int n = 1;
        for (PlanStep step : plan.steps()) {
            String number = String.format("%3d. ", n++);
            wrap(out, number, "     ", step.route().name() + "  (" + phase(step) + ")");
            wrap(out, "     ", "     ", step.route().summary());
            for (Reason r : step.reasons()) {
                wrap(out, "     Why: ", "          ", r.text());
            }
            for (ContactChannel c : step.route().contacts()) {
                String contact = c.describe();
                if (!contact.strip().endsWith(":")) {
                    wrap(out, "     Contact: ", "              ", contact);
                }
            }
            for (LegalBasis l : step.possibleOffences()) {
                wrap(out, "     May amount to: ", "                    ", l.title() + " (" + l.citation() + ")");
            }
            Set<String> needed = new LinkedHashSet<>();
            step.missing().stream().map(MissingItem::description).forEach(needed::add);
            needed.forEach(m -> wrap(out, "     Still needed: ", "                   ", m));
            step.deadline().ifPresent(d -> out.println("     Deadline: " + org.redress.core.document.DocumentKit
                    .dateTime(d, org.redress.core.document.DocumentKit.caseZone(theCase, d), style)));
            step.doneByReportId().flatMap(id -> theCase.reports().stream().filter(r -> r.id().equals(id))
                    .findFirst()).ifPresent(r -> wrap(out, "     Already done: ", "                   ",
                    "you reported this on " + org.redress.core.document.DocumentKit.date(r.madeAt().toLocalDate(),
                            style) + r.reference().map(ref -> " (reference " + ref + ")").orElse("")));
            if (!step.warningIds().isEmpty()) {
                wrap(out, "     Read first: ", "                 ", String.join("; ", step.warningIds().stream()
                        .map(id -> warningTitles.getOrDefault(id, id)).toList()));
            }
            if (!step.documentKinds().isEmpty()) {
                wrap(out, "     Papers: ", "             ", String.join("; ", step.documentKinds().stream()
                        .map(k -> papers.getOrDefault(k, k)).toList()));
            }
            for (String note : step.unverifiedNotes()) {
                wrap(out, "     UNVERIFIED: ", "                 ", note);
            }
            out.println();
        }
        wrap(out, "", "", plan.disclaimer());
    }

    private static String phase(PlanStep step) {
        String name = step.phase().name().toLowerCase(Locale.ROOT);
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
