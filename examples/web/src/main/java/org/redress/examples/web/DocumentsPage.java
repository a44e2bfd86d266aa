package org.redress.examples.web;

import static org.redress.examples.web.Html.esc;

import java.util.List;
import org.redress.core.document.ReportDocument;

/** The papers the plan's steps take, each downloadable as PDF, and the evidence bundle. */
final class DocumentsPage {

    private DocumentsPage() {
    }

    static String render(Intake intake, String tokenField) {
        return render(intake, tokenField, null);
    }

    /** The page with an X-ARF form sent back with its error (or null). */
    static String render(Intake intake, String tokenField, PlatformReports.Refused refused) {
        List<ReportDocument> docs = intake.documents();
        StringBuilder b = new StringBuilder();
        if (refused != null) {
            // At the top, where the page's script moves the focus: the form is far down a long page.
            b.append(Html.errorSummary("to-" + refused.incident(),
                    "Host's abuse e-mail address: " + esc(refused.message())));
        }
        b.append("<p>These papers are filled in from your log. Read them before you send them: you can correct "
                + "anything in a PDF reader.</p>");
        if (docs.isEmpty()) {
            b.append("<p>Your plan needs no papers yet.</p>");
        } else {
            b.append("<ul>");
            for (int i = 0; i < docs.size(); i++) {
                ReportDocument d = docs.get(i);
                b.append("<li><a href=\"/documents/").append(i + 1).append(".pdf\" download>").append(esc(d.title()))
                        .append(" (PDF)</a>");
                if (!d.missing().isEmpty()) {
                    b.append(" - still missing: ");
                    b.append(esc(String.join("; ", d.missing().stream().map(m -> m.description()).toList())));
                }
                b.append("</li>");
            }
            b.append("</ul>");
        }
        b.append(PlatformReports.section(intake, tokenField, refused));
        b.append("<h2>Your evidence in one file</h2><p>A single .zip with your evidence, its fingerprints and a "
                + "record of who has held it, that the police or a solicitor can check with standard tools.</p>"
                + "<p>Making it is noted in that record (\"exported\").</p>");
        if (intake.hasEvidenceToExport()) {
            b.append("<form method=\"post\" action=\"/bundle.zip\">").append(tokenField)
                    .append("<button type=\"submit\" id=\"bundle\">Download the evidence bundle (.zip)</button></form>");
        } else {
            b.append("<p>There is no evidence to put in it yet. <a href=\"/evidence/new\">Add evidence</a> first.</p>");
        }
        return b.toString();
    }
}
