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
            rows.add(List.of(String.valueOf(++n), kit.when(i.occurredAt()), Docs.where(i), Docs.kinds(i, kit),
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
            accounts.addBlocks(Subheading.of(n + ". " + DocumentKit.sentenceCase(kit.when(i.occurredAt())) + ": " + Docs.title(i, kit)));
            if (i.account().isPresent()) {
                accounts.addBlocks(ImmutableParagraph.builder().text(i.account().get())
                        .origin(FactOrigin.PERSONS_ACCOUNT).build());
            } else if (i.summary().isEmpty()) {
                b.addMissing(MissingItem.of("/incidents/" + Docs.indexOf(c, i) + "/account",
                        "What happened in " + Docs.incidentName(i, kit) + ", in your own words."));
                accounts.addBlocks(ImmutableParagraph.builder().text("[Describe what happened.]")
                        .origin(FactOrigin.TO_COMPLETE).build());
            }
            for (Quote q : i.quotes()) {
                accounts.addBlocks(ImmutableParagraph.builder().text(kit.quote(q.text()))
                        .origin(FactOrigin.VERBATIM).build());
            }
        }
        if (!timeline.isEmpty()) {
            b.addSections(accounts.build());
        }
        if (c.incidents().isEmpty()) {
            b.addMissing(MissingItem.of("/incidents", "At least one incident: when it happened and what happened."));
        }
        return kit.finish(b);
    }

    static ReportDocument evidenceSchedule(Case c, DocumentOptions options) {
        DocumentKit kit = Docs.kit(c, options, Audience.POLICE);
        Exhibits exhibits = new Exhibits(kit);
        String maker = c.subject().name();
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
        for (int idx = 0; idx < c.evidence().size(); idx++) {
            EvidenceRecord e = c.evidence().get(idx);
            if (exhibits.mustNotShow(e.id())) {
                notListed++;
                continue;
            }
            String label = exhibits.label(e.id());
            String description = e.description().orElse(Docs.words(e.kind()));
            if (e.description().isEmpty()) {
                b.addMissing(MissingItem.of("/evidence/" + idx + "/description",
                        "What exhibit " + label + " shows, in a sentence."));
            }
            String hash = e.sha256().orElse(e.contentStatus() == ContentStatus.STORED ? "" : "not held");
            rows.add(List.of(label, description, Docs.words(e.kind()),
                    kit.dateTimeExact(e.capturedAt(), e.captureZone()),
                    e.requestedUrl().map(Object::toString).orElse(""), hash));
            var ref = ExhibitReference.builder().label(label).description(description).evidenceId(e.id());
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
            c.incidents().stream().filter(sa::childSexualImage).forEach(i -> {
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
        } else if (c.evidence().isEmpty()) {
            b.addMissing(MissingItem.of("/evidence", "Evidence of the incidents: capture it before reporting."));
        }
        return kit.finish(b);
    }

    private static String custody(String label, EvidenceRecord e, Exhibits exhibits, DocumentKit kit) {
        StringBuilder sb = new StringBuilder(label).append(": ")
                .append(e.origin() == EvidenceOrigin.CAPTURED_LIVE ? "captured live from the source"
                        : "imported from a file the person already had")
                .append(" on ").append(kit.dateTimeExact(e.capturedAt(), e.captureZone()))
                .append(" by ").append(kit.collector(e.collector())).append(", with ").append(e.tool().name())
                .append(' ').append(e.tool().version()).append("; clock: ")
                .append(Docs.words(e.clockSource())).append('.');
        e.loadedUrl().ifPresent(u -> sb.append(" Loaded from ").append(u).append('.'));
        e.contentTime().ifPresent(t -> sb.append(" Time shown with the content: ").append(t.text()).append('.'));
        e.derivedFrom().filter(d -> !exhibits.mustNotShow(d)).ifPresent(d -> sb.append(" Derived from exhibit ")
                .append(exhibits.label(d)).append(e.transformation().map(t -> ": " + DocumentKit.lowerFirst(t.strip()
                        .replaceAll("[.]$", ""))).orElse("")).append('.'));
        if (e.contentStatus() == ContentStatus.REFERENCE_ONLY) {
            sb.append(" Only a reference is held.");
        }
        return sb.toString();
    }
}
