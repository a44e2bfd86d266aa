package org.redress.uk.internal.docs;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.ImmutableSection;
import org.redress.core.document.ImmutableParagraph;
import org.redress.core.document.MissingItem;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Subheading;
import org.redress.core.document.Table;
import org.redress.core.model.Case;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.model.Quote;
import org.redress.core.plan.DocumentOptions;
import org.redress.uk.UkDocumentKinds;

/** The harassment log and the schedule of exhibits. */
final class LogAndSchedule {

    private LogAndSchedule() {
    }

    static ReportDocument harassmentLog(Case c, DocumentOptions options) {
        Exhibits exhibits = new Exhibits(c);
        List<Incident> timeline = Docs.timeline(c);
        List<List<String>> rows = new ArrayList<>(timeline.size());
        int n = 0;
        for (Incident i : timeline) {
            rows.add(List.of(String.valueOf(++n), Docs.when(i.getOccurredAt()), Docs.where(i), Docs.kinds(i),
                    Docs.locations(i), String.join(", ", exhibits.labelsOf(i)), i.getId()));
        }
        var b = Docs.start(UkDocumentKinds.HARASSMENT_LOG, "Harassment log", c, options)
                .subtitle("A timeline of the incidents, earliest first");
        b.addSections(Section.builder().addBlocks(Docs.originNotice()).build());
        b.addSections(Section.of("Timeline", Table.builder().caption("Incidents")
                .addColumns("No.", "When", "Where", "What kind", "Web address or id", "Exhibits", "Incident id")
                .addWidths(4, 14, 9, 16, 25, 9, 8).addMonospaceColumns(6).rows(rows).build()));
        ImmutableSection.Builder accounts = Section.builder().heading("What happened, in the person's words");
        n = 0;
        for (Incident i : timeline) {
            n++;
            accounts.addBlocks(Subheading.of(n + ". " + Docs.when(i.getOccurredAt()) + ": " + Docs.title(i)));
            if (i.getAccount().isPresent()) {
                accounts.addBlocks(ImmutableParagraph.builder().text(i.getAccount().get())
                        .origin(FactOrigin.PERSONS_ACCOUNT).build());
            } else if (i.getSummary().isEmpty()) {
                b.addMissing(MissingItem.of("/incidents/" + Docs.indexOf(c, i) + "/account",
                        "What happened in incident " + i.getId() + ", in the person's own words."));
                accounts.addBlocks(ImmutableParagraph.builder().text("[Describe what happened.]")
                        .origin(FactOrigin.TO_COMPLETE).build());
            }
            for (Quote q : i.getQuotes()) {
                accounts.addBlocks(ImmutableParagraph.builder().text("\u201c" + q.getText() + "\u201d")
                        .origin(FactOrigin.VERBATIM).build());
            }
        }
        if (!timeline.isEmpty()) {
            b.addSections(accounts.build());
        }
        if (c.getIncidents().isEmpty()) {
            b.addMissing(MissingItem.of("/incidents", "At least one incident."));
        }
        return b.build();
    }

    static ReportDocument evidenceSchedule(Case c, DocumentOptions options) {
        Exhibits exhibits = new Exhibits(c);
        String maker = c.getSubject().getName();
        var b = Docs.start(UkDocumentKinds.EVIDENCE_SCHEDULE, "Schedule of exhibits", c, options)
                .subtitle("Exhibits produced by " + maker + ", labelled with the maker's initials and a number");
        b.addSections(Section.builder().addBlocks(Docs.originNotice(), Notice.of(NoticeLevel.INFO,
                "Each SHA-256 hash was computed from the original bytes when the item was captured or imported; "
                        + "anyone can check a copy with sha256sum. Exhibit labels must match the labels on the "
                        + "exhibits themselves, signed by the person who produces them (Criminal Procedure Rules "
                        + "r.16.3).")).build());
        List<List<String>> rows = new ArrayList<>();
        ImmutableSection.Builder items = Section.builder().heading("Exhibits");
        ImmutableSection.Builder custody = Section.builder().heading("Capture and custody");
        boolean withheldAny = false;
        int unlisted = 0;
        for (int idx = 0; idx < c.getEvidence().size(); idx++) {
            EvidenceRecord e = c.getEvidence().get(idx);
            if (exhibits.neverList(e.getId())) {
                unlisted++;
                continue;
            }
            String label = exhibits.label(e.getId());
            boolean hidden = exhibits.mustNotShow(e.getId());
            String description = e.getDescription().orElse(Docs.words(e.getKind().name()));
            if (e.getDescription().isEmpty()) {
                b.addMissing(MissingItem.of("/evidence/" + idx + "/description",
                        "What exhibit " + label + " shows, in a sentence."));
            }
            String hash = e.sha256().orElse(e.getContentStatus() == ContentStatus.STORED ? "" : "not held");
            rows.add(List.of(label, description, Docs.words(e.getKind().name()),
                    e.getCapturedAt().atZoneSameInstant(e.getCaptureZone()).toLocalDateTime() + " ("
                            + e.getCaptureZone() + ")",
                    e.getRequestedUrl().map(Object::toString).orElse(""), hash));
            var ref = ExhibitReference.builder().label(label).description(description).evidenceId(e.getId());
            e.sha256().ifPresent(ref::sha256);
            if (hidden) {
                withheldAny = true;
            } else {
                exhibits.imageRef(e).ifPresent(r -> ref.imageRef(r).altText("Exhibit " + label + ": " + description));
            }
            items.addBlocks(ref.build());
            custody.addBlocks(Paragraph.numbered(custody(label, e, exhibits), FactOrigin.CASE_RECORD));
        }
        b.addSections(Section.of("Schedule", Table.builder().caption("Schedule of exhibits")
                .addColumns("Exhibit", "Description", "Kind", "Captured (local time)", "Source address", "SHA-256")
                .addWidths(6, 22, 9, 13, 20, 30).addMonospaceColumns(5).rows(rows).build()));
        if (unlisted > 0) {
            items.addBlocks(Notice.of(NoticeLevel.WARNING, unlisted + " record(s) of sexual images of someone under 18 "
                    + "are not listed here at all: only where they are is recorded, for the police or the IWF."));
        }
        if (withheldAny) {
            items.addBlocks(Notice.of(NoticeLevel.WARNING, "Exhibits linked to incidents involving sexual images of "
                    + "someone under 18 are listed by description and location only: their content is never shown, "
                    + "copied or attached."));
        }
        if (!c.getEvidence().isEmpty()) {
            b.addSections(items.build(), custody.build());
        } else {
            b.addMissing(MissingItem.of("/evidence", "Evidence of the incidents: capture it before reporting."));
        }
        return b.build();
    }

    private static String custody(String label, EvidenceRecord e, Exhibits exhibits) {
        StringBuilder sb = new StringBuilder(label).append(": ")
                .append(e.getOrigin() == EvidenceOrigin.CAPTURED_LIVE ? "captured live from the source"
                        : "imported later from a file the person already had")
                .append(" on ").append(e.getCapturedAt()).append(" by collector ").append(e.getCollector().getId())
                .append(" (").append(e.getCollector().getRole()).append(e.getCollector().getOrganisation()
                        .map(o -> ", " + o).orElse("")).append(") with ").append(e.getTool().getName()).append(' ')
                .append(e.getTool().getVersion()).append("; clock: ").append(Docs.words(e.getClockSource().name()))
                .append('.');
        e.getLoadedUrl().ifPresent(u -> sb.append(" Loaded from ").append(u).append('.'));
        e.getContentTime().ifPresent(t -> sb.append(" Time shown with the content: ").append(t.getText()).append('.'));
        e.getDerivedFrom().ifPresent(d -> sb.append(" Derived from exhibit ").append(exhibits.label(d))
                .append(e.getTransformation().map(t -> ": " + t).orElse("")).append('.'));
        if (e.getContentStatus() == ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL) {
            sb.append(" Content never stored: it may show a child; only its location and a description are kept.");
        } else if (e.getContentStatus() == ContentStatus.REFERENCE_ONLY) {
            sb.append(" Only a reference is held.");
        }
        return sb.toString();
    }
}
