package org.redress.uk.internal.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.document.Audience;
import org.redress.core.document.BulletList;
import org.redress.core.document.DocumentKit;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.ImmutableBulletList;
import org.redress.core.document.ImmutableParagraph;
import org.redress.core.document.ImmutableReportDocument;
import org.redress.core.document.ImmutableSection;
import org.redress.core.document.MissingItem;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Table;
import org.redress.core.model.Account;
import org.redress.core.model.Case;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.ImpactKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.Quote;
import org.redress.core.model.ReportMade;
import org.redress.core.plan.DocumentOptions;
import org.redress.uk.PlatformGuide;
import org.redress.uk.UkDocumentKinds;
import org.redress.uk.UkRouteIds;
import org.redress.uk.internal.Nation;
import org.redress.uk.internal.RouteData;

/** The Report Fraud summary, the platform reports and the Ofcom notification. */
final class Reports {

    private Reports() {
    }

    static ReportDocument reportFraudSummary(Case c, DocumentOptions options) {
        DocumentKit kit = Docs.kit(c, options, Audience.POLICE);
        var b = kit.start(UkDocumentKinds.REPORT_FRAUD_SUMMARY, "Report Fraud summary")
                .subtitle("For a report to Report Fraud (formerly Action Fraud), reportfraud.police.uk or "
                        + "0300 123 2040");
        List<Notice> notices = new ArrayList<>(List.of(Notice.of(NoticeLevel.WARNING, "Never pay, and do not send "
                + "anything more: paying rarely ends the demands. Keep the demands and payment details as evidence. "
                + "If you have paid, tell your bank straight away.")));
        if (Nation.of(c.jurisdiction()).orElse(null) == Nation.SCOTLAND) {
            notices.add(Notice.of(NoticeLevel.IMPORTANT, "Report Fraud does not cover Scotland: give this summary to "
                    + "Police Scotland (101) instead."));
        }
        if (c.incidents().stream().anyMatch(i -> i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL))) {
            notices.add(Notice.of(NoticeLevel.WARNING, "Unverified: whether Report Fraud takes reports of sextortion "
                    + "was not checked. Report to the police as well."));
        }
        notices.forEach(kit::noteForPerson);
        b.addSections(Section.builder().addBlocks(Docs.originNotice()).build());
        List<List<String>> rows = new ArrayList<>();
        boolean paid = false;
        for (Incident i : Docs.timeline(c)) {
            if (!i.isFinancialDemand() && !i.kinds().contains(HarassmentKind.SEXTORTION_OR_BLACKMAIL)) {
                continue;
            }
            paid |= i.isMoneyPaid();
            rows.add(List.of(kit.when(i.occurredAt()), Docs.where(i),
                    i.amountDemanded().map(kit::money)
                            .orElse("not stated"),
                    i.isMoneyPaid() ? "yes" : "no", accountsOf(c, i)));
        }
        if (rows.isEmpty()) {
            b.addMissing(MissingItem.of("/incidents", "An incident recording the demand (set 'financialDemand')."));
        } else {
            b.addSections(Section.of("Demands", Table.builder().caption("Demands made under threat")
                    .addColumns("When", "Where", "Amount demanded", "Paid", "Accounts used")
                    .addWidths(20, 14, 14, 6, 34).rows(rows).build()));
        }
        ImmutableSection.Builder payments = Section.builder().heading("Payments");
        List<String> losses = new ArrayList<>();
        c.impact().stream().filter(e -> e.kind() == ImpactKind.MONEY_LOST).forEach(e -> losses.add(
                kit.date(e.date()) + ": " + e.amount().map(kit::money)
                        .orElse("amount not recorded") + " (" + e.description() + ")"));
        if (!losses.isEmpty()) {
            payments.addBlocks(ImmutableBulletList.builder().items(losses).origin(FactOrigin.CASE_RECORD).build());
        } else if (paid) {
            b.addMissing(MissingItem.of("/impact", "What you paid: the date, the amount and how (add it to the impact "
                    + "log as money lost)."));
        }
        payments.addBlocks(FieldGrid.of(Docs.field("rf.method", "How you paid (bank transfer, card, gift card, "
                        + "cryptocurrency)", Optional.empty()),
                Docs.field("rf.paidTo", "The account, card or wallet the money went to", Optional.empty()),
                Docs.field("rf.bankTold", "Date you told your bank", Optional.empty())));
        b.addSections(payments.build());
        return kit.finish(b);
    }

    static ReportDocument platformReports(Case c, RouteData data, DocumentOptions options, Optional<String> only) {
        // A worksheet for the person, who copies it into each platform's report form.
        DocumentKit kit = Docs.kit(c, options, Audience.PERSON);
        Exhibits exhibits = new Exhibits(kit);
        var b = kit.start(UkDocumentKinds.PLATFORM_REPORT, only.isPresent() ? "Platform report" : "Platform reports")
                .subtitle("What to report to each platform or hosting provider, incident by incident");
        b.addSections(Section.builder().addBlocks(Docs.originNotice(), Notice.of(NoticeLevel.INFO, "Report from "
                + "inside the app or site where you can, after preserving the evidence. Record the date you reported "
                + "and any report id in the case.")).build());
        int n = 0;
        for (Incident i : Docs.timeline(c)) {
            if (only.isPresent() && !only.get().equals(i.id())) {
                continue;
            }
            n++;
            section(c, data, exhibits, kit, i, "i" + n, b);
        }
        return kit.finish(b);
    }

    private static void section(Case c, RouteData data, Exhibits exhibits, DocumentKit kit, Incident i, String key,
            ImmutableReportDocument.Builder b) {
        PlatformGuide guide = data.platform(i.platform());
        boolean child = Exhibits.evidenceOf(i).stream().anyMatch(exhibits::mustNotShow) || i.isInvolvesChild()
                || i.isIntimateImage() && i.isPersonUnder18();
        ImmutableSection.Builder s = Section.builder().heading(DocumentKit.sentenceCase(kit.when(i.occurredAt())) + ": "
                + Docs.title(i, kit));
        String where = Docs.locations(i);
        if (where.isEmpty()) {
            b.addMissing(MissingItem.of("/incidents/" + Docs.indexOf(c, i) + "/locations",
                    "Where the content of " + Docs.incidentName(i, kit) + " is (its web address or post id)."));
        }
        s.addBlocks(FieldGrid.of(
                Docs.generated(key + ".platform", "Platform or host", guide.name()),
                Docs.field(key + ".where", "Web address or id", Optional.of(where)),
                Docs.field(key + ".when", "When", Optional.of(kit.when(i.occurredAt()))),
                Docs.field(key + ".accounts", "Accounts responsible", Optional.of(accountsOf(c, i))),
                Docs.generated(key + ".how", "How to report", guide.howToReport()),
                Docs.generated(key + ".category", "Category to choose", category(guide, i)),
                Docs.generated(key + ".status", "Following the report",
                        guide.reportStatus().orElse("Note the date and time you reported, and keep any "
                                + "confirmation."))));
        guide.provenance().unverifiedNote().ifPresent(note -> s.addBlocks(Notice.of(NoticeLevel.WARNING,
                guide.name() + ": " + note)));
        if (i.account().isPresent()) {
            s.addBlocks(ImmutableParagraph.builder().text(i.account().get()).origin(FactOrigin.PERSONS_ACCOUNT)
                    .build());
        }
        for (Quote q : i.quotes()) {
            s.addBlocks(ImmutableParagraph.builder().text(kit.quote(q.text()))
                    .origin(FactOrigin.VERBATIM).build());
        }
        if (child) {
            s.addBlocks(Notice.of(NoticeLevel.WARNING, "This incident involves sexual images of someone under 18: "
                    + "give the platform only the web address. Never attach, upload, screenshot or forward the images. "
                    + "Report the address to the Internet Watch Foundation as well."));
        } else if (!Exhibits.evidenceOf(i).isEmpty()) {
            s.addBlocks(Paragraph.of("Evidence kept: exhibits " + String.join(", ", exhibits.labelsOf(i))
                    + " (see the schedule of exhibits)."));
        }
        b.addSections(s.build());
    }

    private static String category(PlatformGuide g, Incident i) {
        List<String> out = new ArrayList<>();
        if (Docs.any(i, HarassmentKind.IMPERSONATION)) {
            out.add("Impersonation: " + g.impersonation().orElse("choose the option for impersonation or a fake "
                    + "account"));
        }
        if (Docs.any(i, HarassmentKind.DOXXING)) {
            out.add("Private information: " + g.privateInformation().orElse("choose the option for private or "
                    + "personal information"));
        }
        if (i.isIntimateImage() || Docs.any(i, HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE,
                HarassmentKind.DEEPFAKE_INTIMATE_IMAGE)) {
            out.add("Intimate images: " + g.intimateImages().orElse("choose the option for nudity or intimate "
                    + "images shared without consent"));
        }
        if (out.isEmpty() || Docs.any(i, HarassmentKind.BULLYING, HarassmentKind.THREAT_OF_VIOLENCE,
                HarassmentKind.DEATH_THREAT, HarassmentKind.HATE, HarassmentKind.PILE_ON,
                HarassmentKind.STALKING_OR_MONITORING, HarassmentKind.TROLLING)) {
            out.add("Harassment: " + g.harassment().orElse("choose the option closest to harassment, bullying or "
                    + "threats"));
        }
        return String.join("\n", out);
    }

    static ReportDocument ofcomNotification(Case c, DocumentOptions options) {
        DocumentKit kit = Docs.kit(c, options, Audience.REGULATOR);
        var b = kit.start(UkDocumentKinds.OFCOM_NOTIFICATION, "Notification to Ofcom")
                .subtitle("Online Safety Act 2023: how a regulated service handled a report");
        kit.noteForPerson(Notice.of(NoticeLevel.IMPORTANT, "Ofcom cannot respond to or investigate individual "
                + "complaints, and it will not remove content. It uses what you tell it to judge whether services "
                + "meet their duties. Report to the platform first and keep using its complaints procedure and "
                + "Report Harmful Content."));
        b.addSections(Section.builder().addBlocks(Docs.originNotice()).build());
        Set<String> services = new LinkedHashSet<>();
        c.incidents().forEach(i -> i.platform().map(DocumentKit::platformName).ifPresent(services::add));
        List<ReportMade> reports = c.reports().stream()
                .filter(r -> r.routeId().equals(UkRouteIds.PLATFORM_REPORT)).toList();
        reports.forEach(r -> r.platform().map(DocumentKit::platformName).ifPresent(services::add));
        b.addSections(Section.of("The service", FieldGrid.of(Docs.field("ofcom.services", "Service or services",
                Optional.of(String.join(", ", services))))));
        if (services.isEmpty()) {
            b.addMissing(MissingItem.of("/incidents", "The platform the content is on (each incident's 'platform')."));
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportMade r : reports) {
            rows.add(List.of(r.platform().map(DocumentKit::platformName).orElse(""), kit.dateTime(r.madeAt()),
                    r.reference().orElse(""), Docs.words(r.status()),
                    r.respondedAt().map(kit::dateTime).orElse("no reply"),
                    r.incidentIds().stream().map(id -> c.incident(id).map(x -> kit.when(x.occurredAt()))
                            .orElse(id)).collect(java.util.stream.Collectors.joining("; "))));
        }
        if (rows.isEmpty()) {
            b.addMissing(MissingItem.of("/reports", "Your report to the platform: when you made it, any report id, "
                    + "and what the platform did."));
        } else {
            b.addSections(Section.of("Reports to the service", Table.builder().caption("Reports made")
                    .addColumns("Service", "Reported at", "Report id", "Outcome", "Responded at", "Incidents of")
                    .rows(rows).build()));
        }
        List<String> incidents = new ArrayList<>();
        for (Incident i : Docs.timeline(c)) {
            if (i.platform().isPresent() || !i.locations().isEmpty()) {
                String where = Docs.locations(i);
                incidents.add(DocumentKit.sentenceCase(kit.when(i.occurredAt())) + ", " + Docs.where(i) + ": "
                        + Docs.kinds(i, kit)
                        + (where.isEmpty() ? "" : " (" + where + ")"));
            }
        }
        if (!incidents.isEmpty()) {
            b.addSections(Section.of("What was reported", BulletList.of(incidents)));
        }
        return kit.finish(b);
    }

    /** The handles of the accounts of the incident's perpetrators on its platform (all their accounts otherwise). */
    private static String accountsOf(Case c, Incident i) {
        List<String> out = new ArrayList<>();
        for (String id : i.perpetratorIds()) {
            Optional<Party> p = c.party(id);
            if (p.isEmpty()) {
                continue;
            }
            List<Account> accounts = p.get().accounts();
            List<Account> here = accounts.stream()
                    .filter(a -> i.platform().map(pl -> pl.equals(a.platform())).orElse(true)).toList();
            for (Account a : here.isEmpty() ? accounts : here) {
                out.add(a.handle() + " (" + DocumentKit.platformName(a.platform())
                        + a.accountId().map(x -> ", id " + x).orElse("") + ")");
            }
        }
        return out.isEmpty() ? "not known" : String.join("; ", out);
    }
}
