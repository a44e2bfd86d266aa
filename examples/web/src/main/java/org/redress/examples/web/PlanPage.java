package org.redress.examples.web;

import static org.redress.examples.web.Html.esc;

import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.StepPhase;
import org.redress.core.plan.Warning;
import org.redress.core.route.ContactChannel;
import org.redress.core.route.RouteKind;

/** The plan in plain language: warnings first, then numbered steps with why, who to contact and what is missing. */
final class PlanPage {

    private PlanPage() {
    }

    /** What comes first for this person, and why: the emergency route when the plan starts with it. */
    private static void first(StringBuilder b, Plan plan, boolean danger) {
        if (plan.steps().isEmpty()) {
            b.append("<p class=\"first\">Your plan has no steps yet. Log what happened and it will show where to "
                    + "report it.</p>");
            return;
        }
        PlanStep s = plan.steps().get(0);
        String why = s.reasons().isEmpty() ? "" : s.reasons().get(0).text();
        b.append("<div class=\"first\" id=\"first\">");
        if (s.route().kind() == RouteKind.EMERGENCY) {
            b.append("<h2>First: your safety, now</h2><p>What you logged suggests you may be in danger now, so the "
                    + "first step is emergency help: <strong>").append(esc(s.route().name()))
                    .append("</strong>.</p>");
        } else if (s.phase() == StepPhase.SAFETY) {
            b.append("<h2>First: getting safe</h2><p>The first step is <strong>").append(esc(s.route().name()))
                    .append("</strong>.</p>");
        } else {
            b.append("<h2>First for you: ").append(esc(s.route().name())).append("</h2>");
            b.append(danger ? "<p>What you logged suggests you may be in danger. If you are, call the emergency "
                    + "number before anything else.</p>" : "<p>Nothing you logged says you are in danger right now. If "
                    + "that changes, call the emergency number first.</p>");
        }
        if (!why.isEmpty()) {
            b.append("<p><strong>Why:</strong> ").append(esc(why)).append("</p>");
        }
        b.append("<p><a href=\"#step-").append(esc(s.routeId())).append("\">See this step</a></p></div>");
    }

    /**
     * @param danger whether the case reads as immediate danger ({@code SafetyAssessment.immediateDanger()})
     */
    static String render(Plan plan, boolean danger) {
        StringBuilder b = new StringBuilder();
        b.append("<p>These are the places you can report what happened, in the order we suggest. You do not have to "
                + "do all of them, and you can stop at any point.</p>");
        first(b, plan, danger);
        if (!plan.warnings().isEmpty()) {
            b.append("<h2>Please read first</h2>");
            for (Warning w : plan.warnings()) {
                b.append("<div class=\"warning\" id=\"warning-").append(esc(w.id())).append("\"><strong>")
                        .append(esc(w.title())).append("</strong><p>").append(esc(w.text())).append("</p></div>");
            }
        }
        b.append("<h2>Steps</h2><ol class=\"steps\">");
        for (PlanStep s : plan.steps()) {
            b.append("<li id=\"step-").append(esc(s.routeId())).append("\"><h3>").append(esc(s.route().name()))
                    .append("</h3><p>").append(esc(s.route().summary())).append("</p>");
            b.append("<p><strong>Why this applies:</strong></p><ul>");
            s.reasons().forEach(r -> b.append("<li>").append(esc(r.text())).append("</li>"));
            b.append("</ul>");
            if (!s.route().contacts().isEmpty()) {
                b.append("<p><strong>How to contact them:</strong></p><ul>");
                for (ContactChannel c : s.route().contacts()) {
                    b.append("<li>").append(esc(c.describe()));
                    c.hours().ifPresent(h -> b.append(" (").append(esc(h)).append(")"));
                    b.append("</li>");
                }
                b.append("</ul>");
            }
            if (!s.missing().isEmpty()) {
                b.append("<p><strong>What you still need:</strong></p><ul>");
                s.missing().forEach(m -> b.append("<li>").append(esc(m.description())).append("</li>"));
                b.append("</ul>");
            }
            s.deadline().ifPresent(d -> b.append("<p><strong>Do this by:</strong> ").append(esc(d)).append("</p>"));
            s.unverifiedNotes().forEach(n -> b.append("<p class=\"unverified\">Not yet checked: ").append(esc(n))
                    .append("</p>"));
            b.append("</li>");
        }
        b.append("</ol><p><a href=\"/documents\">Get the papers for these steps</a></p>");
        b.append("<p class=\"hint\">").append(esc(plan.disclaimer())).append("</p>");
        return b.toString();
    }
}
