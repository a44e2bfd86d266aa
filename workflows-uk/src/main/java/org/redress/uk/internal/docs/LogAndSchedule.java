package org.redress.uk.internal.docs;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.document.Audience;
import org.redress.core.document.DocumentKit;
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
        DocumentKit kit = Docs.kit(c, options, Audience.POLICE);
        Exhibits exhibits = new Exhibits(kit);
        List<Incident> timeline = Docs.timeline(c);
        List<List<String>> rows = new ArrayList<>(timeline.size());
        int n = 0;
        for (Incident i : timeline) {
            rows.add(List.of(String.valueOf(++n), kit.when(i.getOccurredAt()), Docs.where(i), Docs.kinds(i, kit),
                    Docs.locations(i), String.join(", ", exhibits.labelsOf(i))));
        }
        var b = kit.start(UkDocumentKinds.HARASSMENT_LOG, "Harassment log")
                .subtitle("A timeline of the incidents, earliest first");
        b.addSections(Section.builder().addBlocks(Docs.originNotice()).build());
        b.addSections(Section.of("Timeline", Table.builder().caption("Incidents")
                .addColumns("No.", "When", "Where", "What kind", "Web address or id", "Exhibits")
                .addWidths(4, 16, 10, 16, 28, 9).rows(rows).build()));
        ImmutableSection.Builder accounts = Section.builder().heading("What happened, in the person's words");
        n = 0;
        for (Incident i : timeline) {
            n++;
            accounts.addBlocks(Subheading.of(n + ". " + DocumentKit.sentenceCase(kit.when(i.getOccurredAt())) + ": " + Docs.title(i, kit)));
            if (i.getAccount().isPresent()) {
                accounts.addBlocks(ImmutableParagraph.builder().text(i.getAccount().get())
                        .origin(FactOrigin.PERSONS_ACCOUNT).build());
            } else if (i.getSummary().isEmpty()) {
                b.addMissing(MissingItem.of("/incidents/" + Docs.indexOf(c, i) + "/account",
                        "What happened in " + Docs.incidentName(i, kit) + ", in your own words."));
                accounts.addBlocks(ImmutableParagraph.builder().text("[Describe what happened.]")
                        .origin(FactOrigin.TO_COMPLETE).build());
            }
            for (Quote q : i.getQuotes()) {
                accounts.addBlocks(ImmutableParagraph.builder().text(kit.quote(q.getText()))
                        .origin(FactOrigin.VERBATIM).build());
            }
        }
        if (!timeline.isEmpty()) {
            b.addSections(accounts.build());
        }
        if (c.getIncidents().isEmpty()) {
            b.addMissing(MissingItem.of("/incidents", "At least one incident: when it happened and what happened."));
        }
        return kit.finish(b);
    }

    static ReportDocument evidenceSchedule(Case c, DocumentOptions options) {
        DocumentKit kit = Docs.kit(c, options, Audience.POLICE);
        Exhibits exhibits = new Exhibits(kit);
        String maker = c.getSubject().getName();
        var b = kit.start(UkDocumentKinds.EVIDENCE_SCHEDULE, "Schedule of exhibits")
                .subtitle("Exhibits produced by " + maker + ", labelled with the maker's initials and a number");
        b.addSections(Section.builder().addBlocks(Docs.originNotice(), Notice.of(NoticeLevel.INFO,
                "Each SHA-256 hash was computed from the original bytes when the item was captured or imported; "
                        + "anyone can check a copy with sha256sum. Capture times are local, with the exact UTC time in "
                        + "brackets. Exhibit labels match the labels on the exhibits themselves, signed by the person "
                        + "who produces them (Criminal Procedure Rules r.16.3).")).build());
        List<List<String>> rows = new ArrayList<>();
        ImmutableSection.Builder items = Section.builder().heading("Exhibits");
        ImmutableSection.Builder custody = Section.builder().heading("Capture and custody");
        int notListed = 0;
        for (int idx = 0; idx < c.getEvidence().size(); idx++) {
            EvidenceRecord e = c.getEvidence().get(idx);
            if (exhibits.mustNotShow(e.getId())) {
                notListed++;
                continue;
            }
            String label = exhibits.label(e.getId());
            String description = e.getDescription().orElse(Docs.words(e.getKind()));
            if (e.getDescription().isEmpty()) {
                b.addMissing(MissingItem.of("/evidence/" + idx + "/description",
                        "What exhibit " + label + " shows, in a sentence."));
            }
            String hash = e.sha256().orElse(e.getContentStatus() == ContentStatus.STORED ? "" : "not held");
            rows.add(List.of(label, description, Docs.words(e.getKind()),
                    kit.dateTimeExact(e.getCapturedAt(), e.getCaptureZone()),
                    e.getRequestedUrl().map(Object::toString).orElse(""), hash));
            var ref = ExhibitReference.builder().label(label).description(description).evidenceId(e.getId());
            e.sha256().ifPresent(ref::sha256);
            exhibits.imageRef(e).ifPresent(r -> ref.imageRef(r).altText(DocumentKit.altText(label, description)));
            items.addBlocks(ref.build());
            custody.addBlocks(Paragraph.numbered(custody(label, e, exhibits, kit), FactOrigin.CASE_RECORD));
        }
        if (!rows.isEmpty()) {
            b.addSections(Section.of("Schedule", Table.builder().caption("Schedule of exhibits")
                    .addColumns("Exhibit", "Description", "Kind", "Captured (local time)", "Source address", "SHA-256")
                    .addWidths(6, 22, 9, 15, 20, 28).addMonospaceColumns(5).rows(rows).build()));
        }
        if (notListed > 0) {
            List<String> where = new ArrayList<>();
            org.redress.core.plan.SafetyAssessment sa = org.redress.core.plan.SafetyAssessment.of(c,
                    kit.preparedOn().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
            c.getIncidents().stream().filter(sa::childSexualImage).forEach(i -> {
                String l = Docs.locations(i);
                if (!l.isEmpty()) {
                    where.add(l);
                }
            });
            b.addSections(Section.of("Not listed", Paragraph.of(kit.childMaterialNotListed(notListed,
                    "listed, shown or labelled", where))));
        }
        if (!rows.isEmpty()) {
            b.addSections(items.build(), custody.build());
        } else if (c.getEvidence().isEmpty()) {
            b.addMissing(MissingItem.of("/evidence", "Evidence of the incidents: capture it before reporting."));
        }
        return kit.finish(b);
    }

    private static String custody(String label, EvidenceRecord e, Exhibits exhibits, DocumentKit kit) {
        StringBuilder sb = new StringBuilder(label).append(": ")
                .append(e.getOrigin() == EvidenceOrigin.CAPTURED_LIVE ? "captured live from the source"
                        : "imported from a file the person already had")
                .append(" on ").append(kit.dateTimeExact(e.getCapturedAt(), e.getCaptureZone()))
                .append(" by ").append(kit.collector(e.getCollector())).append(", with ").append(e.getTool().getName())
                .append(' ').append(e.getTool().getVersion()).append("; clock: ")
                .append(Docs.words(e.getClockSource())).append('.');
        e.getLoadedUrl().ifPresent(u -> sb.append(" Loaded from ").append(u).append('.'));
        e.getContentTime().ifPresent(t -> sb.append(" Time shown with the content: ").append(t.getText()).append('.'));
        e.getDerivedFrom().filter(d -> !exhibits.mustNotShow(d)).ifPresent(d -> sb.append(" Derived from exhibit ")
                .append(exhibits.label(d)).append(e.getTransformation().map(t -> ": " + DocumentKit.lowerFirst(t.strip()
                        .replaceAll("[.]$", ""))).orElse("")).append('.'));
        if (e.getContentStatus() == ContentStatus.REFERENCE_ONLY) {
            sb.append(" Only a reference is held.");
        }
        return sb.toString();
    }
}
