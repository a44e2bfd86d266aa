package org.redress.uk.internal.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.core.document.Audience;
import org.redress.core.document.Declaration;
import org.redress.core.document.DocumentKit;
import org.redress.core.document.Subheading;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.BulletList;
import org.redress.core.document.ImmutableBulletList;
import org.redress.core.document.ImmutableParagraph;
import org.redress.core.document.ImmutableSection;
import org.redress.core.document.ImmutableSignatureBlock;
import org.redress.core.document.MissingItem;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.model.Case;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.plan.DocumentOptions;
import org.redress.uk.UkDocumentKinds;
import org.redress.uk.internal.CaseFacts;

/**
 * The civil injunction pack draft for England and Wales: the details for claim form N208 (Part 8, PHA 1997 s.3),
 * the fields of application N16A for an interim injunction, and a witness statement in the Practice Direction 32
 * format with the statement of truth in force since 6 April 2020.
 */
final class InjunctionPack {

    /** The statement of truth for a witness statement (PD 32), as in force since 6 April 2020. */
    static final String STATEMENT_OF_TRUTH = "I believe that the facts stated in this witness statement are true. I "
            + "understand that proceedings for contempt of court may be brought against anyone who makes, or causes to "
            + "be made, a false statement in a document verified by a statement of truth without an honest belief in "
            + "its truth.";

    private InjunctionPack() {
    }

    static ReportDocument build(Case c, DocumentOptions options) {
        Statements.requireEnglandAndWales(c, "civil injunction pack");
        Person p = c.subject();
        DocumentKit kit = Docs.kit(c, options, Audience.COURT);
        Exhibits exhibits = new Exhibits(kit);
        Optional<Party> respondent = CaseFacts.respondent(c);
        int partyIndex = respondent.map(r -> c.parties().indexOf(r)).orElse(-1);
        String respondentName = respondent.flatMap(Party::name).orElse("the Respondent");
        String title = p.name() + " (Claimant) v " + respondent.flatMap(Party::name).orElse("[Defendant]")
                + " (Defendant)";

        var b = kit.start(UkDocumentKinds.CIVIL_INJUNCTION_PACK, "Civil injunction pack (draft)")
                .subtitle("Protection from Harassment Act 1997 s.3; CPR Part 8 and r.65.27-65.28; County Court "
                        + "(England and Wales)");
        b.addHeaderFields(Docs.field("claim.claimant", "Claimant / Applicant", Optional.of(p.name())),
                Docs.field("claim.defendant", "Defendant / Respondent", respondent.flatMap(Party::name)),
                Docs.field("claim.number", "Claim number", Optional.empty()));
        kit.noteForPerson(Docs.draftNotice());
        kit.noteForPerson(Docs.originNotice());
        kit.noteForPerson(Notice.of(NoticeLevel.WARNING, "An application on notice is served on the Respondent: "
                + "they will see these papers. Plan your safety first. Papers for service withhold your address and "
                + "what you do to keep safe; give an address for service the Respondent may see, such as a "
                + "solicitor's."));
        kit.noteForPerson(Notice.of(NoticeLevel.INFO, "Fees in England and Wales from 8 April 2025 (SI 2025/351): an "
                + "application on notice costs \u00a3313; without notice or by consent \u00a3123. Check the current "
                + "fees before applying; help with fees may be available."));
        kit.noteForPerson(Notice.of(NoticeLevel.WARNING, "Unverified: the issue fee for the Part 8 claim itself (a "
                + "non-money claim) was not checked."));
        for (String id : List.of("n208-statement-of-truth", "n16a-terms", "n16a-statement-of-truth", "n16-penal-notice",
                "pd32-statement-of-truth")) {
            Sources.cite(kit, id);
        }

        if (respondent.isEmpty()) {
            b.addMissing(MissingItem.of("/parties", "The person the injunction would be against: add them as a party "
                    + "and name them as the one responsible for the incidents."));
        } else {
            if (respondent.get().name().isEmpty()) {
                b.addMissing(MissingItem.of("/parties/" + partyIndex + "/name", "The Respondent's full name."));
            }
            if (respondent.get().address().isEmpty()) {
                b.addMissing(MissingItem.of("/parties/" + partyIndex + "/address",
                        "An address where the papers can be served on the Respondent."));
            }
        }
        if (c.incidents().size() < 2) {
            b.addMissing(MissingItem.of("/incidents", "At least two incidents: harassment is a course of conduct "
                    + "on at least two occasions (PHA 1997 s.7(3))."));
        }
        Optional<String> claimantAddress = p.address().map(Docs::oneLine);
        if (!kit.reachesOtherParty() && claimantAddress.isEmpty()) {
            b.addMissing(MissingItem.of("/subject/address", "An address for service for you (your own, or a "
                    + "solicitor's or other address the Respondent may see)."));
        }

        // N208 claim form.
        List<Incident> timeline = Docs.timeline(c);
        ImmutableSection.Builder n208 = Section.builder().heading("Claim form N208 (Part 8)");
        n208.addBlocks(FieldGrid.of(
                Docs.field("n208.court", "In the County Court at", Optional.empty()),
                Docs.field("n208.claimNo", "Claim no. (the court fills this in)", Optional.empty()),
                Docs.field("n208.fee", "Court fee", Optional.empty()),
                Docs.field("n208.claimant", "Claimant's name", Optional.of(p.name())),
                kit.contact("claimant.address", "Claimant's address for service", "your address",
                        claimantAddress),
                Docs.field("n208.defendant", "Defendant's name", respondent.flatMap(Party::name)),
                Docs.field("n208.defendantAddress", "Defendant's address for service",
                        respondent.flatMap(Party::address).map(Docs::oneLine))));
        n208.addBlocks(Subheading.of("Details of claim"));
        n208.addBlocks(Paragraph.of("The Claimant claims under section 3 of the Protection from Harassment "
                + "Act 1997 for an actual and apprehended breach of section 1 of that Act (harassment). The claim "
                + "uses the procedure in Part 8 of the Civil Procedure Rules (rules 65.27 and 65.28)."));
        if (!timeline.isEmpty()) {
            n208.addBlocks(ImmutableParagraph.builder().origin(FactOrigin.CASE_RECORD).text(DocumentKit.sentenceCase(
                    kit.span(timeline.get(0).occurredAt(), timeline.get(timeline.size() - 1).occurredAt()))
                    + ", " + respondentName + " pursued a course of conduct against the Claimant on "
                    + DocumentKit.count(timeline.size(), "occasion") + ", "
                    + "set out in the Claimant's witness statement.").build());
        }
        n208.addBlocks(Paragraph.of("The Claimant asks the court for:"),
                ImmutableBulletList.builder().ordered(true).addItems(
                        "an injunction forbidding the Defendant from harassing the Claimant;",
                        "damages, including for anxiety and any financial loss caused by the harassment "
                                + "(section 3(2));",
                        "costs.").build());
        n208.addBlocks(FieldGrid.of(
                Docs.field("n208.humanRights", "Does your claim include any issues under the Human Rights Act 1998? "
                        + "(Yes / No)", Optional.empty()),
                Docs.generated("n208.part8", "Part 8 claim", "The Claimant wishes the claim to proceed under Part 8 "
                        + "(r.65.28).")));
        n208.addBlocks(Declaration.of("Statement of truth", N208_STATEMENT_OF_TRUTH),
                ImmutableSignatureBlock.builder().label("Signed").name(p.name()).capacity("Claimant")
                        .date(kit.preparedOn()).build());
        b.addSections(n208.build());

        // N16A application.
        List<String> urls = new ArrayList<>();
        timeline.forEach(i -> i.locations().forEach(l -> l.url().ifPresent(u -> urls.add(u.toString()))));
        boolean offline = c.incidents().stream().anyMatch(Incident::isOfflineContact);
        List<String> prohibitions = prohibitions(offline);
        ImmutableSection.Builder n16a = Section.builder().heading("Application for an injunction (N16A)")
                .newPage(true);
        n16a.addBlocks(FieldGrid.of(
                Docs.field("n16a.court", "In the County Court at", Optional.empty()),
                Docs.field("n16a.claimNo", "Claim no.", Optional.empty())));
        n16a.addBlocks(Paragraph.numbered("The Applicant, " + p.name() + ", applies to the court for an "
                        + "injunction order in the following terms.", FactOrigin.CASE_RECORD),
                Paragraph.numbered("The Respondent, " + respondentName + ", must not, whether by himself or by "
                        + "instructing or encouraging any other person:", FactOrigin.GENERATED),
                BulletList.lettered(prohibitions));
        if (!urls.isEmpty()) {
            n16a.addBlocks(Paragraph.numbered("The Respondent must, within [number] days, remove or cause to be "
                    + "removed the content at: " + String.join("; ", urls), FactOrigin.GENERATED));
        }
        n16a.addBlocks(Paragraph.numbered("And that the Respondent pay the Applicant's costs of this application.",
                        FactOrigin.GENERATED),
                Paragraph.numbered("The grounds of this application are set out in the witness statement of "
                        + p.name() + ".", FactOrigin.CASE_RECORD),
                Paragraph.numbered("This application is to be served upon " + respondentName + ".",
                        FactOrigin.CASE_RECORD),
                Paragraph.numbered("This application is filed by the Applicant, whose address for service is "
                        + "given below.", FactOrigin.GENERATED));
        n16a.addBlocks(FieldGrid.of(
                kit.contact("n16a.addressForService", "Applicant's address for service", "your address",
                        claimantAddress),
                Docs.field("n16a.hearing", "Hearing (date, time; without notice or on notice)", Optional.empty())),
                Declaration.of("Statement of truth", N16A_STATEMENT_OF_TRUTH),
                ImmutableSignatureBlock.builder().label("Signed").name(p.name()).capacity("Applicant")
                        .date(kit.preparedOn()).build());
        b.addSections(n16a.build());

        // Draft order N16, with the penal notice.
        ImmutableSection.Builder n16 = Section.builder().heading("Draft order: injunction (N16)").newPage(true);
        n16.addBlocks(Notice.of(NoticeLevel.IMPORTANT, PENAL_NOTICE.replace("{respondent}",
                        respondentName.toUpperCase(java.util.Locale.UK))),
                Paragraph.of("Before [District Judge / Circuit Judge] sitting at the County Court at [court], on "
                        + "[date]. Claim no. [claim number]. " + title + "."),
                Paragraph.of("The court orders that the Respondent, " + respondentName + ", must not, whether by "
                        + "himself or by instructing or encouraging any other person:"),
                BulletList.lettered(prohibitions),
                Paragraph.of("This order shall remain in force until [date] at [time] unless before then it is "
                        + "revoked by further order of the court. It was made [without notice / on notice]; the "
                        + "Respondent may apply to the court to vary or discharge it."));
        b.addSections(n16.build());

        // PD 32 witness statement.
        ImmutableSection.Builder ws = Section.builder().heading("Witness statement of " + p.name()).newPage(true);
        List<String> labels = new ArrayList<>();
        c.evidence().stream().filter(e -> !exhibits.mustNotShow(e.id()))
                .forEach(e -> labels.add(exhibits.label(e.id())));
        ws.addBlocks(FieldGrid.of(
                Docs.generated("ws.party", "Party", "Claimant"),
                Docs.field("ws.witness", "Witness", Optional.of(initialsAndSurname(p.name()))),
                Docs.generated("ws.number", "Statement", "1st"),
                Docs.field("ws.exhibits", "Exhibits", Optional.of(String.join(", ", labels))),
                Docs.field("ws.date", "Date", Optional.of(kit.date(kit.preparedOn()))),
                Docs.field("ws.court", "In the County Court at", Optional.empty()),
                Docs.field("ws.claimNo", "Claim no.", Optional.empty()),
                Docs.field("ws.title", "Title of proceedings", Optional.of(title)),
                Docs.field("ws.occupation", "Occupation", p.occupation()),
                kit.contact("ws.residence", "Place of residence", "your address", claimantAddress)));
        Statements.body(c, kit, exhibits, ws, m -> { }, true);
        ws.addBlocks(Declaration.of("Statement of truth", STATEMENT_OF_TRUTH),
                ImmutableSignatureBlock.builder().label("Signed").name(p.name()).capacity("Claimant")
                        .date(kit.preparedOn()).build());
        b.addSections(ws.build());
        return kit.finish(b);
    }

    /** The terms of prohibition, in a lettered list (the renderer draws (a), (b), ...). */
    private static List<String> prohibitions(boolean offline) {
        List<String> out = new ArrayList<>(List.of(
                "harass the Applicant;",
                "contact or try to contact the Applicant by any means, directly or indirectly, including online;",
                "post, send or publish anything about the Applicant online or elsewhere;"));
        if (offline) {
            out.add("come within [distance] of the Applicant's home, place of work or place of study (the "
                    + "addresses are given to the court, not in this document);");
        }
        return out;
    }

    /** The statement of truth on claim form N208 (CPR PD 22, as in force since 6 April 2020). */
    static final String N208_STATEMENT_OF_TRUTH = "I believe that the facts stated in this claim form are true. I "
            + "understand that proceedings for contempt of court may be brought against anyone who makes, or causes "
            + "to be made, a false statement in a document verified by a statement of truth without an honest belief "
            + "in its truth.";

    /** The statement of truth on application N16A. */
    static final String N16A_STATEMENT_OF_TRUTH = "I believe that the facts stated in this application are true. "
            + "I understand that proceedings for contempt of court may be brought against anyone who makes, or causes "
            + "to be made, a false statement in a document verified by a statement of truth without an honest belief "
            + "in its truth.";

    /** The penal notice an injunction order carries on its front, as on form N16. */
    static final String PENAL_NOTICE = "IMPORTANT NOTICE TO THE RESPONDENT {respondent}: IF YOU DO NOT COMPLY WITH "
            + "THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT AND MAY BE IMPRISONED, FINED OR HAVE YOUR ASSETS "
            + "SEIZED.";

    /** "Jo Anne Smith" → "J. A. Smith", as PD 32 puts the witness in the top corner. */
    static String initialsAndSurname(String name) {
        String[] parts = name.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                sb.appendCodePoint(parts[i].codePointAt(0)).append(". ");
            }
        }
        return sb.append(parts[parts.length - 1]).toString();
    }

}
