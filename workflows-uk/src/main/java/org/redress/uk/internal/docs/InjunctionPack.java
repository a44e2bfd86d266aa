package org.redress.uk.internal.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.redress.core.document.Declaration;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.FieldGrid;
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
        Person p = c.getSubject();
        Exhibits exhibits = new Exhibits(c);
        boolean served = options.isForService();
        Optional<Party> respondent = CaseFacts.respondent(c);
        int partyIndex = respondent.map(r -> c.getParties().indexOf(r)).orElse(-1);
        String respondentName = respondent.flatMap(Party::getName).orElse("the Respondent");

        var b = Docs.start(UkDocumentKinds.CIVIL_INJUNCTION_PACK, "Civil injunction pack (draft)", c, options)
                .subtitle("Protection from Harassment Act 1997 s.3; CPR Part 8 and r.65.27-65.28; County Court "
                        + "(England and Wales)");
        b.addHeaderFields(Docs.field("claim.claimant", "Claimant / Applicant", Optional.of(p.getName())),
                Docs.field("claim.defendant", "Defendant / Respondent", respondent.flatMap(Party::getName)));
        b.addSections(Section.builder().addBlocks(Docs.draftNotice(), Docs.originNotice(),
                Notice.of(NoticeLevel.WARNING, "An application on notice is served on the Respondent: they will see "
                        + "these papers. Plan your safety first. Papers for service can withhold your address; give "
                        + "an address for service the Respondent may see, such as a solicitor's."),
                Notice.of(NoticeLevel.INFO, "Fees in England and Wales from 8 April 2025 (SI 2025/351): an application "
                        + "on notice costs \u00a3313; without notice or by consent \u00a3123. Check the current fees "
                        + "before applying; help with fees may be available."),
                Notice.of(NoticeLevel.WARNING, "Unverified: the issue fee for the Part 8 claim itself (a non-money "
                        + "claim) was not checked.")).build());

        if (respondent.isEmpty()) {
            b.addMissing(MissingItem.of("/parties", "The person the injunction would be against: add them as a party "
                    + "and name them as the perpetrator of the incidents."));
        } else {
            if (respondent.get().getName().isEmpty()) {
                b.addMissing(MissingItem.of("/parties/" + partyIndex + "/name", "The Respondent's full name."));
            }
            if (respondent.get().getAddress().isEmpty()) {
                b.addMissing(MissingItem.of("/parties/" + partyIndex + "/address",
                        "An address where the papers can be served on the Respondent."));
            }
        }
        if (c.getIncidents().size() < 2) {
            b.addMissing(MissingItem.of("/incidents", "At least two incidents: harassment is a course of conduct "
                    + "on at least two occasions (PHA 1997 s.7(3))."));
        }
        Optional<String> claimantAddress = p.getAddress().map(Docs::oneLine);
        if (served) {
            p.getAddress().ifPresent(a -> b.addWithheldFields("claimant.address"));
        } else if (claimantAddress.isEmpty()) {
            b.addMissing(MissingItem.of("/subject/address", "An address for service for you (your own, or a "
                    + "solicitor's or other address the Respondent may see)."));
        }

        // N208 claim details.
        List<Incident> timeline = Docs.timeline(c);
        ImmutableSection.Builder n208 = Section.builder().heading("Claim form N208 (Part 8): details");
        n208.addBlocks(FieldGrid.of(
                Docs.field("n208.claimant", "Claimant's name", Optional.of(p.getName())),
                served ? Docs.withheld("claimant.address", "Claimant's address for service")
                        : Docs.field("claimant.address", "Claimant's address for service", claimantAddress),
                Docs.field("n208.defendant", "Defendant's name", respondent.flatMap(Party::getName)),
                Docs.field("n208.defendantAddress", "Defendant's address for service",
                        respondent.flatMap(Party::getAddress).map(Docs::oneLine)),
                Docs.field("n208.court", "County Court hearing centre", Optional.empty())));
        n208.addBlocks(Paragraph.of("The Claimant claims under section 3 of the Protection from Harassment "
                + "Act 1997 for an actual and apprehended breach of section 1 of that Act (harassment). The claim "
                + "uses the procedure in Part 8 of the Civil Procedure Rules (rules 65.27 and 65.28)."));
        if (!timeline.isEmpty()) {
            n208.addBlocks(ImmutableParagraph.builder().origin(FactOrigin.CASE_RECORD).text("Between " + Docs.when(timeline.get(0).getOccurredAt()) + " and "
                    + Docs.when(timeline.get(timeline.size() - 1).getOccurredAt()) + " " + respondentName
                    + " pursued a course of conduct against the Claimant on " + timeline.size() + " occasions, "
                    + "set out in the Claimant's witness statement.").build());
        }
        n208.addBlocks(Paragraph.of("The Claimant asks the court for:"),
                ImmutableBulletList.builder().ordered(true).addItems(
                        "an injunction forbidding the Defendant from harassing the Claimant;",
                        "damages, including for anxiety and any financial loss caused by the harassment "
                                + "(section 3(2));",
                        "costs.").build());
        b.addSections(n208.build());

        // N16A fields.
        List<String> urls = new ArrayList<>();
        timeline.forEach(i -> i.getLocations().forEach(l -> l.getUrl().ifPresent(u -> urls.add(u.toString()))));
        boolean offline = c.getIncidents().stream().anyMatch(Incident::isOfflineContact);
        List<String> prohibitions = new ArrayList<>(List.of(
                "(a) harass the Applicant;",
                "(b) contact or try to contact the Applicant by any means, directly or indirectly, including online;",
                "(c) post, send or publish anything about the Applicant online or elsewhere;"));
        if (offline) {
            prohibitions.add("(d) come within [distance to complete] of the Applicant's home, work or place of "
                    + "study;");
        }
        ImmutableSection.Builder n16a = Section.builder().heading("Application for an interim injunction (N16A)");
        n16a.addBlocks(FieldGrid.of(
                Docs.field("n16a.applicant", "Applicant", Optional.of(p.getName())),
                Docs.field("n16a.respondent", "Respondent", respondent.flatMap(Party::getName)),
                urls.isEmpty() ? Docs.field("n16a.acts", "Orders requiring acts to be done", Optional.empty())
                        : Docs.generated("n16a.acts", "Orders requiring acts to be done (proposed)",
                                "The Respondent must, within [number] days, remove or cause to be removed the content "
                                        + "at: " + String.join("; ", urls)),
                Docs.generated("n16a.prohibitions", "Terms of prohibition (proposed)", "The Respondent is forbidden, "
                        + "whether by himself or by instructing or encouraging any other person, to:\n"
                        + String.join("\n", prohibitions)),
                Docs.field("n16a.costs", "Costs", Optional.empty()),
                Docs.field("n16a.evidenceSignedBy", "Names of those who signed the evidence in support",
                        Optional.of(p.getName())),
                Docs.field("n16a.toBeServed", "Persons to be served", respondent.flatMap(Party::getName)),
                served ? Docs.withheld("n16a.addressForService", "Applicant's address for service")
                        : Docs.field("n16a.addressForService", "Applicant's address for service", claimantAddress),
                Docs.field("n16a.humanRights", "Human Rights Act 1998 (yes / no)", Optional.empty()),
                Docs.field("n16a.hearing", "Hearing (date, time, without notice or on notice)", Optional.empty())));
        b.addSections(n16a.build());

        // PD 32 witness statement.
        ImmutableSection.Builder ws = Section.builder().heading("Witness statement of " + p.getName()).newPage(true);
        List<String> labels = new ArrayList<>();
        c.getEvidence().forEach(e -> labels.add(exhibits.civilLabel(e.getId())));
        ws.addBlocks(FieldGrid.of(
                Docs.generated("ws.party", "Party", "Claimant"),
                Docs.field("ws.witness", "Witness", Optional.of(initialsAndSurname(p.getName()))),
                Docs.generated("ws.number", "Statement", "1st"),
                Docs.field("ws.exhibits", "Exhibits", Optional.of(String.join(", ", labels))),
                Docs.field("ws.date", "Date", options.getPreparedOn().map(Object::toString)),
                served ? Docs.withheld("ws.residence", "Place of residence")
                        : Docs.field("ws.residence", "Place of residence", claimantAddress)));
        if (served) {
            p.getAddress().ifPresent(a -> b.addWithheldFields("ws.residence"));
        }
        Statements.body(c, exhibits, ws, m -> { }, true);
        ws.addBlocks(Declaration.of("Statement of truth", STATEMENT_OF_TRUTH),
                ImmutableSignatureBlock.builder().label("Signed").name(p.getName()).capacity("Claimant")
                        .date(options.getPreparedOn()).build());
        b.addSections(ws.build());
        return b.build();
    }

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
