package org.redress.us.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.Block;
import org.redress.core.document.BulletList;
import org.redress.core.document.Declaration;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.ImmutableBulletList;
import org.redress.core.document.ImmutableField;
import org.redress.core.document.ImmutableFieldGrid;
import org.redress.core.document.ImmutableReportDocument;
import org.redress.core.document.ImmutableSignatureBlock;
import org.redress.core.document.MissingItem;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Subheading;
import org.redress.core.document.Table;
import org.redress.core.model.Address;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Quote;
import org.redress.core.model.ReportMade;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.us.UsDocumentKinds;
import org.redress.us.UsRouteIds;

/** Builds the pack's documents from a case. Stateless. */
public final class Documents {

    private static final String WITHHELD = "Withheld from this copy";

    private Documents() {
    }

    /** Builds a document of one of the pack's kinds; empty for another kind. */
    public static Optional<ReportDocument> build(String kind, Case c, Plan plan, DocumentOptions o) {
        return Optional.ofNullable(switch (kind) {
            case UsDocumentKinds.HARASSMENT_LOG -> harassmentLog(c, o);
            case UsDocumentKinds.EVIDENCE_SCHEDULE -> evidenceSchedule(c, o);
            case UsDocumentKinds.POLICE_REPORT_SUMMARY -> policeSummary(c, plan, o);
            case UsDocumentKinds.IC3_WORKSHEET -> ic3Worksheet(c, o);
            case UsDocumentKinds.TAKE_IT_DOWN_REQUEST -> takeItDownRequest(c, o);
            case UsDocumentKinds.DMCA_NOTICE -> dmcaNotice(c, o);
            case UsDocumentKinds.CEASE_AND_DESIST -> ceaseAndDesist(c, o);
            case UsDocumentKinds.PROTECTIVE_ORDER_PETITION -> petition(c, plan, o);
            case UsDocumentKinds.FRE_902_14_CERTIFICATION -> fre90214(c, Map.of(), o);
            default -> null;
        });
    }

    // ------------------------------------------------------------------ harassment log

    static ReportDocument harassmentLog(Case c, DocumentOptions o) {
        Map<String, String> labels = exhibitLabels(c);
        List<List<String>> rows = new ArrayList<>();
        List<Block> accounts = new ArrayList<>();
        for (Incident i : chronological(c)) {
            rows.add(List.of(i.getId(), when(i), i.getPlatform().orElse(words(i.getChannel())),
                    i.getKinds().stream().map(Documents::words).sorted().collect(Collectors.joining(", ")),
                    i.getLocations().stream().map(Documents::where).collect(Collectors.joining("\n")),
                    i.getEvidenceIds().stream().map(e -> labels.getOrDefault(e, e)).collect(Collectors.joining(", "))));
            if (i.getAccount().isPresent() || !i.getQuotes().isEmpty()) {
                accounts.add(Subheading.of("Incident " + i.getId() + " (" + when(i) + ")"));
                i.getAccount().ifPresent(a -> accounts.add(Paragraph.numbered(a, FactOrigin.PERSONS_ACCOUNT)));
                for (Quote q : i.getQuotes()) {
                    accounts.add(Paragraph.numbered("The harasser wrote: \u201c" + q.getText() + "\u201d", FactOrigin.VERBATIM));
                }
            }
        }
        var doc = base(UsDocumentKinds.HARASSMENT_LOG, "Harassment log", c, o)
                .addSections(Section.of("About this log", origins()))
                .addSections(Section.of("Incidents in date order", Table.builder()
                        .caption("Incidents (from the case record)")
                        .columns(List.of("Incident", "When", "Where", "What kind", "Links", "Exhibits"))
                        .widths(List.of(1, 2, 1, 2, 3, 1)).rows(rows).build()));
        if (!accounts.isEmpty()) {
            doc.addSections(Section.builder().heading("In the person's own words, and the harasser's words")
                    .blocks(accounts).build());
        }
        return doc.build();
    }

    // ------------------------------------------------------------------ evidence schedule

    static ReportDocument evidenceSchedule(Case c, DocumentOptions o) {
        Map<String, String> labels = exhibitLabels(c);
        Set<String> childEvidence = childEvidence(c);
        List<List<String>> rows = new ArrayList<>();
        List<Block> exhibits = new ArrayList<>();
        for (EvidenceRecord e : c.getEvidence()) {
            boolean child = childEvidence.contains(e.getId())
                    || e.getContentStatus() == ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL;
            String label = labels.get(e.getId());
            String description = e.getContentStatus() == ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL
                    ? "Not stored: content involving a child, kept as its location only and reported to the NCMEC "
                            + "CyberTipline."
                    : child ? "Evidence of an incident involving a child: not shown here."
                    : e.getDescription().orElse(words(e.getKind()));
            rows.add(List.of(label, description, Text.dateTime(e.getCapturedAt()) + " (" + e.getCaptureZone() + ")",
                    source(e), e.getOrigin() == EvidenceOrigin.CAPTURED_LIVE ? "captured live" : "imported",
                    e.sha256().orElse("")));
            var ref = ExhibitReference.builder().label(label).description(description).evidenceId(e.getId());
            e.sha256().ifPresent(ref::sha256);
            if (!child) {
                if (e.getContentStatus() == ContentStatus.STORED && e.getMediaType().orElse("").startsWith("image/")) {
                    ref.imageRef(e.getId()).altText("Exhibit " + label + ": " + description);
                }
            }
            exhibits.add(ref.build());
        }
        var doc = base(UsDocumentKinds.EVIDENCE_SCHEDULE, "Evidence schedule", c, o);
        if (rows.isEmpty()) {
            doc.addMissing(MissingItem.of("/evidence", "No evidence is recorded yet: capture screenshots or pages "
                    + "of what happened."));
            doc.addSections(Section.of("Exhibits", Paragraph.of("No evidence is recorded in the case yet.")));
        } else {
            doc.addSections(Section.of("Exhibits", Table.builder().caption("Schedule of exhibits (from the case record)")
                    .columns(List.of("Exhibit", "Description", "Captured", "Source", "How", "SHA-256"))
                    .widths(List.of(1, 3, 2, 3, 1, 4)).monospaceColumns(List.of(5)).rows(rows).build(),
                    Paragraph.of("Each SHA-256 value is the digest of the original file at capture; anyone can check "
                            + "a copy with `sha256sum`.")));
            doc.addSections(Section.builder().heading("Exhibit pages").newPage(true).blocks(exhibits).build());
        }
        return doc.build();
    }

    // ------------------------------------------------------------------ police report summary

    static ReportDocument policeSummary(Case c, Plan plan, DocumentOptions o) {
        var doc = base(UsDocumentKinds.POLICE_REPORT_SUMMARY, "Summary for a police report", c, o);
        List<Field> person = personFields("person", c.getSubject(), o, doc);
        c.getSubject().getDateOfBirth().ifPresent(d -> person.add(1, Field.of("person.dob", "Date of birth", Text.date(d))));
        doc.addSections(Section.of("The person reporting", ImmutableFieldGrid.builder().fields(person).build()));
        doc.addSections(section("Who is doing it", partyBlocks(c)));
        List<Incident> incidents = chronological(c);
        String span = incidents.isEmpty() ? "" : " between " + when(incidents.get(0)) + " and "
                + when(incidents.get(incidents.size() - 1));
        doc.addSections(Section.of("What happened",
                Paragraph.numbered(incidents.size() + (incidents.size() == 1 ? " incident is" : " incidents are")
                        + " recorded" + span + ". The harassment log and the evidence schedule go with this summary.",
                        FactOrigin.CASE_RECORD)));
        List<String> offences = plan.step(UsRouteIds.POLICE).map(PlanStep::getPossibleOffences).orElse(List.of())
                .stream().map(l -> l.getCitation() + ": " + l.getTitle()).toList();
        if (!offences.isEmpty()) {
            doc.addSections(Section.of("What it may amount to", Notice.of(NoticeLevel.IMPORTANT,
                    "This is not legal advice: only the police, prosecutors and courts decide whether conduct is an "
                            + "offense."), BulletList.of(offences)));
        }
        doc.addSections(Section.of("Reports already made", reportsTable(c, null)));
        return doc.build();
    }

    // ------------------------------------------------------------------ IC3 worksheet

    static ReportDocument ic3Worksheet(Case c, DocumentOptions o) {
        var doc = base(UsDocumentKinds.IC3_WORKSHEET, "IC3 complaint worksheet", c, o)
                .subtitle("For the FBI Internet Crime Complaint Center (ic3.gov): copy each section into the form.");
        doc.addSections(Section.of("Victim information", ImmutableFieldGrid.builder()
                .fields(personFields("victim", c.getSubject(), o, doc)).build()));
        List<List<String>> money = new ArrayList<>();
        for (Incident i : chronological(c)) {
            if (i.isFinancialDemand() || i.isMoneyPaid()) {
                money.add(List.of(when(i), i.getAmountDemanded().map(m -> m.getAmount().toPlainString() + " "
                        + m.getCurrency()).orElse(""), i.isMoneyPaid() ? "yes" : "no", "", ""));
                if (i.isMoneyPaid()) {
                    doc.addMissing(MissingItem.of("/incidents", "For the payment in incident " + i.getId()
                            + ": the account or method used, the date, the amount and the recipient."));
                }
            }
        }
        doc.addSections(Section.of("Financial transactions", money.isEmpty()
                ? Paragraph.of("No demand for money or payment is recorded.")
                : Table.builder().caption("Demands and payments (amounts from the case record; fill in the rest)")
                        .columns(List.of("Date", "Amount demanded", "Paid?", "Account or method used", "Recipient"))
                        .rows(money).build()));
        doc.addSections(section("Information about the subject", partyBlocks(c)));
        List<Block> description = new ArrayList<>();
        for (Incident i : chronological(c)) {
            i.getAccount().ifPresent(a -> description.add(Paragraph.numbered(when(i) + ": " + a, FactOrigin.PERSONS_ACCOUNT)));
        }
        if (description.isEmpty()) {
            description.add(Paragraph.of("Describe what happened, in order, in your own words."));
            doc.addMissing(MissingItem.of("/incidents", "Your account of what happened."));
        }
        doc.addSections(Section.builder().heading("Description of the incident").blocks(description).build());
        return doc.build();
    }

    // ------------------------------------------------------------------ TAKE IT DOWN Act request

    static ReportDocument takeItDownRequest(Case c, DocumentOptions o) {
        List<Problem> problems = new ArrayList<>();
        List<Incident> images = c.getIncidents().stream().filter(Documents::intimate).toList();
        List<String> locations = locations(images);
        if (images.isEmpty()) {
            problems.add(new Problem("/incidents", "has no incident with an intimate image (statutory element 2 and 3: "
                    + "the depiction and the good-faith statement)", "Mark the incident with 'intimateImage'."));
        } else if (locations.isEmpty()) {
            problems.add(new Problem("/incidents", "says nowhere where the image is (statutory element 2: "
                    + "information reasonably sufficient to locate it)",
                    "Add the image's URL, or the platform's id for the post, to the incident's 'locations'."));
        }
        requireContact(c, problems, "statutory element 4: information sufficient to contact the requester");
        refuseIf("TAKE IT DOWN Act removal request", problems);
        boolean minor = images.stream().anyMatch(i -> i.isPersonUnder18() || i.isInvolvesChild());
        var doc = base(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, "Removal request under the TAKE IT DOWN Act", c, o)
                .subtitle("47 U.S.C. § 223a (Pub. L. 119-12, § 3): request to remove a non-consensual intimate visual depiction");
        doc.addSections(Section.of("To the covered platform", Paragraph.of("I ask you to remove the intimate visual "
                + "depiction identified below, and any known identical copies, within 48 hours of receiving this "
                + "request, as 47 U.S.C. § 223a requires.")));
        doc.addSections(Section.of("1. Identification and location of the depiction",
                ImmutableBulletList.builder().items(locations).origin(FactOrigin.CASE_RECORD).build()));
        List<Block> statement = new ArrayList<>();
        statement.add(Paragraph.numbered("I have a good-faith belief that the intimate visual depiction identified "
                + "above is not consensual: I did not consent to its publication." + (images.stream().anyMatch(i ->
                i.getKinds().contains(org.redress.core.model.HarassmentKind.DEEPFAKE_INTIMATE_IMAGE))
                ? " It is, at least in part, a digital forgery (a fake made to look like me)." : ""), FactOrigin.GENERATED));
        images.stream().filter(i -> i.getSummary().isPresent()).forEach(i -> statement.add(
                Paragraph.numbered("Relevant information, in my words: " + i.getSummary().get(), FactOrigin.PERSONS_ACCOUNT)));
        doc.addSections(Section.builder().heading("2. Statement of good-faith belief").blocks(statement).build());
        doc.addSections(Section.of("3. How to contact me", ImmutableFieldGrid.builder()
                .fields(contactOnly("requester", c.getSubject(), o, doc)).build()));
        doc.addSections(Section.of("4. Signature", Paragraph.of(minor
                ? "Signed by the person depicted or, for someone under 18, by a parent or guardian authorized to act for them."
                : "Signed by the person depicted, or by a person authorized to act on their behalf."),
                ImmutableSignatureBlock.builder().label("Signature (physical or electronic, such as /s/ and your name)")
                        .name(c.getSubject().getName()).date(o.getPreparedOn()).build()));
        doc.addSections(Section.of("Keep a record", Notice.of(NoticeLevel.IMPORTANT, "Save a copy of this request "
                + "and the date and time you sent it. If the image is still up 48 hours later, you can complain to the "
                + "Federal Trade Commission. Save the evidence before it is removed.")));
        return doc.build();
    }

    // ------------------------------------------------------------------ DMCA notice

    static ReportDocument dmcaNotice(Case c, DocumentOptions o) {
        List<Problem> problems = new ArrayList<>();
        List<Incident> images = c.getIncidents().stream().filter(Documents::intimate).toList();
        if (c.getIncidents().stream().anyMatch(i -> i.isInvolvesChild() || i.isPersonUnder18())) {
            problems.add(new Problem("/incidents", "involves someone under 18: such images are reported to NCMEC, "
                    + "not claimed by a copyright notice", "Use the NCMEC CyberTipline and Take It Down instead."));
        }
        if (images.isEmpty()) {
            problems.add(new Problem("/incidents", "has no incident with the person's own image (element ii: the "
                    + "copyrighted work)", "Mark the incident with 'intimateImage'."));
        }
        List<String> urls = new ArrayList<>();
        images.forEach(i -> i.getLocations().forEach(l -> l.getUrl().ifPresent(u -> urls.add(u.toString()))));
        if (!images.isEmpty() && urls.isEmpty()) {
            problems.add(new Problem("/incidents", "gives no URL of the infringing copy (element iii: information "
                    + "reasonably sufficient to locate the material)", "Add each copy's URL to the incident's 'locations'."));
        }
        requireContact(c, problems, "element iv: the complaining party's contact information");
        refuseIf("DMCA notice", problems);
        String name = c.getSubject().getName();
        var doc = base(UsDocumentKinds.DMCA_NOTICE, "Notice of claimed infringement (DMCA)", c, o)
                .subtitle("17 U.S.C. § 512(c)(3)(A): to the service provider's designated agent");
        doc.addSections(Section.of("Before you send it", Notice.of(NoticeLevel.WARNING, "The host may pass this notice, "
                + "with your contact details, to the person who posted the material, who can send a counter-notice. "
                + "Consider giving a lawyer's or advocate's contact details instead. Send only if you took the image "
                + "yourself: knowingly false notices create liability (17 U.S.C. § 512(f)).")));
        doc.addSections(Section.of("(ii) The copyrighted work", Paragraph.numbered("Photographs or videos of which I, "
                + name + ", am the author and copyright owner, because I made them myself; the originals are in my "
                + "possession.", FactOrigin.GENERATED)));
        doc.addSections(Section.of("(iii) The infringing material and where it is",
                ImmutableBulletList.builder().items(urls).origin(FactOrigin.CASE_RECORD).build()));
        doc.addSections(Section.of("(iv) How to contact me", ImmutableFieldGrid.builder()
                .fields(contactOnly("complainant", c.getSubject(), o, doc)).build()));
        doc.addSections(Section.of("(v) and (vi) Statements",
                Paragraph.numbered("I have a good faith belief that use of the material in the manner complained of "
                        + "is not authorized by the copyright owner, its agent, or the law.", FactOrigin.GENERATED),
                Paragraph.numbered("The information in this notification is accurate, and under penalty of perjury, "
                        + "I am the owner, or authorized to act on behalf of the owner, of an exclusive right that is "
                        + "allegedly infringed.", FactOrigin.GENERATED)));
        doc.addSections(Section.of("(i) Signature", ImmutableSignatureBlock.builder()
                .label("Physical or electronic signature (such as /s/ and your name)").name(name)
                .date(o.getPreparedOn()).build()));
        return doc.build();
    }

    // ------------------------------------------------------------------ cease-and-desist letter

    static ReportDocument ceaseAndDesist(Case c, DocumentOptions o) {
        var doc = base(UsDocumentKinds.CEASE_AND_DESIST, "Cease-and-desist letter", c, o);
        doc.addSections(Section.of("Before you send it", Notice.of(NoticeLevel.WARNING, "This letter goes to the "
                + "harasser. If they are or were your partner, know where you live, or you fear how they will react, "
                + "talk to an advocate about a safety plan first. A letter from a lawyer carries more weight. Your "
                + "home address and contact details are never printed in this letter.")));
        List<Party> named = c.getParties().stream().filter(Party::isKnown).toList();
        List<Field> to = new ArrayList<>();
        for (int n = 0; n < named.size(); n++) {
            Party p = named.get(n);
            to.add(Field.of("recipient." + n + ".name", "To", p.getName().get()));
            to.add(p.getAddress().map(a -> Field.of("recipient." + p.getId() + ".address", "Address", address(a)))
                    .orElseGet(() -> Field.blank("recipient." + p.getId() + ".address", "Address")));
            if (p.getAddress().isEmpty()) {
                doc.addMissing(MissingItem.of("/parties", "An address (or e-mail) to deliver the letter to "
                        + p.getName().get() + "."));
            }
        }
        if (named.isEmpty()) {
            to.add(Field.blank("recipient.name", "To"));
            doc.addMissing(MissingItem.of("/parties", "The harasser's name: a letter needs a named recipient."));
        }
        to.add(Field.of("sender.name", "From", c.getSubject().getName()));
        to.add(Field.blank("sender.reply", "Reply to (an address you are comfortable sharing, such as your lawyer's)"));
        doc.withheldFields(List.of("sender.address", "sender.email", "sender.phone"));
        doc.addSections(Section.of("Parties", ImmutableFieldGrid.builder().fields(to).build()));
        List<Block> conduct = new ArrayList<>();
        conduct.add(Paragraph.numbered("You have engaged in the conduct set out below, directed at me.", FactOrigin.GENERATED));
        for (Incident i : chronological(c)) {
            StringBuilder sb = new StringBuilder(when(i));
            i.getSummary().ifPresent(s -> sb.append(": ").append(s));
            i.getLocations().forEach(l -> sb.append(" (").append(where(l)).append(')'));
            conduct.add(Paragraph.numbered(sb.toString(), FactOrigin.CASE_RECORD));
            i.getQuotes().forEach(q -> conduct.add(Paragraph.numbered("You wrote: \u201c" + q.getText() + "\u201d", FactOrigin.VERBATIM)));
        }
        doc.addSections(Section.builder().heading("What you did").blocks(conduct).build());
        doc.addSections(Section.of("What I demand", ImmutableBulletList.builder().ordered(true).items(List.of(
                "Stop all contact with me, directly or through others, and stop posting about me.",
                "Remove everything you have posted about me, and retract any false statements.",
                "Preserve all messages, posts, images, accounts and devices relating to me: they are evidence, and "
                        + "destroying them may have legal consequences.")).build(),
                FieldGrid.of(Field.blank("deadline", "Comply by (date)"))));
        doc.addSections(Section.of("If you do not comply", Paragraph.numbered("If you do not comply by the date above, "
                + "I may, without further notice, report your conduct to the police, apply for a protective order, "
                + "and bring a civil claim against you. Nothing in this letter waives any of my rights or remedies, "
                + "all of which are reserved.", FactOrigin.GENERATED)));
        doc.addSections(Section.of("Signature", ImmutableSignatureBlock.builder().label("Signed")
                .name(c.getSubject().getName()).date(o.getPreparedOn()).build()));
        return doc.build();
    }

    // ------------------------------------------------------------------ protective order petition

    static ReportDocument petition(Case c, Plan plan, DocumentOptions o) {
        Optional<PlanStep> step = plan.step(UsRouteIds.PROTECTIVE_ORDER);
        Optional<StateProfile> state = States.of(c.getJurisdiction());
        var doc = base(UsDocumentKinds.PROTECTIVE_ORDER_PETITION, "Protective order petition: content", c, o);
        if (state.isEmpty()) {
            doc.subtitle("State not covered");
            doc.addSections(Section.of("Your state", Notice.of(NoticeLevel.WARNING, "This pack does not cover "
                    + c.getJurisdiction() + " yet, so it cannot prepare that state's petition rather than guess. Use "
                    + "the harassment log and the evidence schedule with the court's own forms.")));
            doc.addMissing(MissingItem.of("/jurisdiction", "A covered state (US-CA, US-NY, US-TX, US-FL, US-IL)."));
            return doc.build();
        }
        Facts facts = new Facts(c, plan.getAsOf(), Catalog.get().rules());
        String variant = state.get().protectiveOrder(facts).variantId();
        var route = Catalog.get().protectiveOrderVariant(variant);
        doc.subtitle(route.getName());
        step.ifPresent(s -> s.getUnverifiedNotes().forEach(n -> doc.addSections(Section.of("Unverified",
                Notice.of(NoticeLevel.WARNING, n)))));
        List<Incident> incidents = chronological(c);
        java.util.Collections.reverse(incidents);
        List<Block> blocks = new ArrayList<>();
        for (StateProfile.PetitionItem item : state.get().petitionItems(variant)) {
            blocks.add(Subheading.of(item.label()));
            blocks.addAll(fill(item, c, incidents, facts, o, doc));
        }
        doc.addSections(Section.builder().heading("Items of the petition").blocks(blocks).build());
        doc.addSections(Section.of("Declaration", Declaration.of("Declaration under penalty of perjury",
                "I declare under penalty of perjury under the laws of the State of " + state.get().name()
                        + " that the information in this petition is true and correct."),
                ImmutableSignatureBlock.builder().label("Signature").name(c.getSubject().getName())
                        .capacity("Petitioner").date(o.getPreparedOn()).build()));
        return doc.build();
    }

    private static List<Block> fill(StateProfile.PetitionItem item, Case c, List<Incident> newestFirst, Facts f,
            DocumentOptions o, ImmutableReportDocument.Builder doc) {
        switch (item.fill()) {
            case PETITIONER:
                return List.of(FieldGrid.of(Field.of(item.key(), "Name", c.getSubject().getName())));
            case PETITIONER_CONTACT:
                return List.of(ImmutableFieldGrid.builder().fields(contactOnly(item.key(), c.getSubject(), o, doc)).build());
            case RESPONDENT:
            case RESPONDENT_DESCRIPTION:
                if (item.fill() == StateProfile.Fill.RESPONDENT_DESCRIPTION) {
                    List<String> d = c.getParties().stream().filter(p -> p.getDescription().isPresent())
                            .map(p -> p.getDescription().get()).toList();
                    return d.isEmpty() ? List.of(FieldGrid.of(Field.blank(item.key(), "Description")))
                            : List.of(ImmutableBulletList.builder().items(d).origin(FactOrigin.PERSONS_ACCOUNT).build());
                }
                if (!f.namedPerpetrator) {
                    doc.addMissing(MissingItem.of("/parties", "The respondent's name."));
                }
                return partyBlocks(c);
            case RELATIONSHIP:
                String rel = c.getParties().stream().map(p -> words(p.getRelationship())).distinct().collect(Collectors.joining(", "));
                return List.of(FieldGrid.of(rel.isEmpty() ? Field.blank(item.key(), "Relationship")
                        : Field.of(item.key(), "Relationship", rel)));
            case MOST_RECENT:
                return newestFirst.isEmpty() ? List.of(Paragraph.of("No incident is recorded."))
                        : incidentBlocks(newestFirst.get(0));
            case EARLIER:
                List<Block> out = new ArrayList<>();
                newestFirst.stream().skip(1).forEach(i -> out.addAll(incidentBlocks(i)));
                return out.isEmpty() ? List.of(Paragraph.of("No earlier incident is recorded.")) : out;
            case WITNESSES:
                List<String> w = new ArrayList<>();
                newestFirst.forEach(i -> i.getWitnesses().forEach(x -> w.add(x.getName() + " (incident " + i.getId() + ")")));
                return w.isEmpty() ? List.of(Paragraph.of("No witness is recorded."))
                        : List.of(ImmutableBulletList.builder().items(w).origin(FactOrigin.CASE_RECORD).build());
            case HARM:
                List<String> h = c.getImpact().stream().map(e -> Text.date(e.getDate()) + ": " + e.getDescription()).toList();
                return h.isEmpty() ? List.of(FieldGrid.of(Field.blank(item.key(), "How it harmed you")))
                        : List.of(ImmutableBulletList.builder().items(h).origin(FactOrigin.PERSONS_ACCOUNT).build());
            case POLICE:
                return List.of(reportsTable(c, UsRouteIds.POLICE));
            case OFFENCES:
                List<String> l = f.offences(false, org.redress.core.route.LegalBasisKind.CRIMINAL_OFFENCE).stream()
                        .filter(b -> b.getJurisdictions().contains(c.getJurisdiction()))
                        .map(b -> b.getCitation() + ": " + b.getTitle() + " (may amount to)").toList();
                return l.isEmpty() ? List.of(Paragraph.of("None identified from the case record."))
                        : List.of(BulletList.of(l));
            default:
                return List.of(FieldGrid.of(Field.blank(item.key(), item.label())));
        }
    }

    private static List<Block> incidentBlocks(Incident i) {
        List<Block> out = new ArrayList<>();
        out.add(Paragraph.numbered(when(i) + i.getSummary().map(s -> ": " + s).orElse("")
                + i.getLocations().stream().map(l -> " (" + where(l) + ")").collect(Collectors.joining()), FactOrigin.CASE_RECORD));
        i.getAccount().ifPresent(a -> out.add(Paragraph.numbered(a, FactOrigin.PERSONS_ACCOUNT)));
        i.getQuotes().forEach(q -> out.add(Paragraph.numbered("\u201c" + q.getText() + "\u201d", FactOrigin.VERBATIM)));
        return out;
    }

    // ------------------------------------------------------------------ FRE 902(14)

    /**
     * The certification, for the stored evidence with a SHA-256 digest. {@code copies} maps evidence ids to the
     * SHA-256 of the copy produced; a copy whose digest differs from the original's is refused.
     */
    public static ReportDocument fre90214(Case c, Map<String, String> copies, DocumentOptions o) {
        Set<String> child = childEvidence(c);
        Map<String, String> labels = exhibitLabels(c);
        List<EvidenceRecord> certifiable = c.getEvidence().stream().filter(e -> e.getContentStatus() == ContentStatus.STORED
                && e.sha256().isPresent() && !child.contains(e.getId())).toList();
        List<Problem> problems = new ArrayList<>();
        for (int n = 0; n < c.getEvidence().size(); n++) {
            EvidenceRecord e = c.getEvidence().get(n);
            String copy = copies.get(e.getId());
            if (copy != null && e.sha256().isPresent() && !copy.equalsIgnoreCase(e.sha256().get())) {
                problems.add(new Problem("/evidence/" + n + "/hashes", "does not match the copy's SHA-256: the copy "
                        + "is not identical to the original", "Make a new copy from the original and hash it again."));
            }
        }
        refuseIf("FRE 902(14) certification", problems);
        var doc = base(UsDocumentKinds.FRE_902_14_CERTIFICATION,
                "Certification of data copied from an electronic device, storage medium or file", c, o)
                .subtitle("Federal Rule of Evidence 902(14), by a qualified person, declared under 28 U.S.C. § 1746");
        doc.addSections(Section.of("The qualified person", FieldGrid.of(Field.blank("certifier.name", "Name"),
                Field.blank("certifier.qualification", "Qualification: how I know the process used to copy and hash "
                        + "the data"),
                Field.of("certifier.collectors", "Collector ids in the evidence record", certifiable.stream()
                        .map(e -> e.getCollector().getId() + " (" + e.getCollector().getRole()
                                + e.getCollector().getOrganisation().map(x -> ", " + x).orElse("") + ")")
                        .distinct().collect(Collectors.joining("; "))))));
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceRecord e : certifiable) {
            String copy = copies.get(e.getId());
            rows.add(List.of(labels.get(e.getId()), source(e),
                    (e.getOrigin() == EvidenceOrigin.CAPTURED_LIVE ? "Captured live with " : "Imported with ")
                            + e.getTool().getName() + " " + e.getTool().getVersion()
                            + e.getTransformation().map(t -> "; derived: " + t).orElse(""),
                    Text.dateTime(e.getCapturedAt()) + " (" + words(e.getClockSource()) + ")",
                    "SHA-256", e.sha256().get(), copy == null ? "" : copy.toLowerCase(java.util.Locale.ROOT),
                    copy == null ? "" : "yes"));
            if (copy == null) {
                doc.addMissing(MissingItem.of("/evidence", "The SHA-256 of the copy of exhibit " + labels.get(e.getId())
                        + " to be produced: hash the copy (sha256sum) and check that it matches the original's."));
            }
        }
        if (certifiable.isEmpty()) {
            doc.addMissing(MissingItem.of("/evidence", "Stored evidence with a SHA-256 digest to certify."));
        }
        doc.addSections(Section.of("The data certified", Table.builder()
                .caption("Original source, how it was copied, and the hash of the original and of the copy")
                .columns(List.of("Exhibit", "Original source", "How copied", "Date and time", "Algorithm",
                        "Hash of original", "Hash of copy", "Match"))
                .widths(List.of(1, 3, 3, 2, 1, 4, 4, 1)).monospaceColumns(List.of(5, 6)).rows(rows).build()));
        doc.addSections(Section.of("Certification",
                Paragraph.numbered("I am a qualified person within the meaning of Federal Rule of Evidence 902(14). "
                        + "Each item listed above was copied from its original source by the process described. The "
                        + "SHA-256 hash of each copy is identical to the hash of the original, which shows that the "
                        + "copy is an accurate and complete copy of the original.", FactOrigin.GENERATED),
                Notice.of(NoticeLevel.IMPORTANT, "Before trial, the party offering this evidence must give every "
                        + "adverse party reasonable written notice and make the record and this certification "
                        + "available for inspection (Federal Rule of Evidence 902(11), applied by 902(14)). The "
                        + "certification goes to authenticity only: objections such as hearsay and relevance remain."),
                Declaration.of("Declaration under 28 U.S.C. § 1746", "I declare under penalty of perjury that the "
                        + "foregoing is true and correct. Executed on "
                        + o.getPreparedOn().map(Text::date).orElse("______________") + "."),
                ImmutableSignatureBlock.builder().label("Signature of the qualified person").date(o.getPreparedOn()).build()));
        return doc.build();
    }

    // ------------------------------------------------------------------ helpers

    private static ImmutableReportDocument.Builder base(String kind, String title, Case c, DocumentOptions o) {
        return ImmutableReportDocument.builder().kind(kind).title(title).language("en-US").caseReference(c.getId())
                .preparedOn(o.getPreparedOn());
    }

    private static Block origins() {
        return Notice.of(NoticeLevel.INFO, "Dates, links and exhibits come from the case record. Paragraphs marked "
                + "as the person's own account are in their words; the harasser's words are quoted exactly.");
    }

    /** An enum constant as lower-case words: SOCIAL_MEDIA is "social media". */
    private static String words(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Section section(String heading, List<Block> blocks) {
        return Section.builder().heading(heading).blocks(blocks).build();
    }

    private static List<Incident> chronological(Case c) {
        List<Incident> list = new ArrayList<>(c.getIncidents());
        list.sort(Comparator.comparing(i -> i.getOccurredAt().earliest()));
        return list;
    }

    private static String when(Incident i) {
        var t = i.getOccurredAt();
        if (t.getInstant().isPresent()) {
            return Text.dateTime(t.getInstant().get());
        }
        if (t.getDate().isPresent()) {
            return Text.date(t.getDate().get());
        }
        return "between " + Text.dateTime(t.getFrom().get()) + " and " + Text.dateTime(t.getTo().get());
    }

    private static String where(ContentLocation l) {
        return l.getUrl().map(URI::toString).or(() -> l.getPlatformId().map(id -> "post id " + id))
                .orElse(l.getDescription().orElse(""));
    }

    private static String source(EvidenceRecord e) {
        return e.getLoadedUrl().or(e::getRequestedUrl).map(URI::toString)
                .or(() -> e.getPlatform().map(p -> p + e.getContentId().map(id -> " post " + id).orElse("")))
                .or(e::getFileName).orElse("not recorded");
    }

    private static boolean intimate(Incident i) {
        return i.isIntimateImage() || i.getKinds().contains(org.redress.core.model.HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)
                || i.getKinds().contains(org.redress.core.model.HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
    }

    private static List<String> locations(List<Incident> incidents) {
        List<String> out = new ArrayList<>();
        for (Incident i : incidents) {
            for (ContentLocation l : i.getLocations()) {
                if (l.getUrl().isPresent() || l.getPlatformId().isPresent()) {
                    out.add(i.getPlatform().map(p -> p + ": ").orElse("") + where(l));
                }
            }
        }
        return out;
    }

    /** Exhibit labels in US style (Exhibit A, B, ..., Z, AA, AB, ...), keeping labels already assigned. */
    static Map<String, String> exhibitLabels(Case c) {
        Map<String, String> labels = new HashMap<>();
        Set<String> used = new HashSet<>();
        c.getEvidence().forEach(e -> e.getExhibitLabel().ifPresent(l -> {
            labels.put(e.getId(), l);
            used.add(l);
        }));
        int n = 0;
        for (EvidenceRecord e : c.getEvidence()) {
            if (!labels.containsKey(e.getId())) {
                String label;
                do {
                    label = letters(n++);
                } while (used.contains(label));
                labels.put(e.getId(), label);
            }
        }
        return labels;
    }

    /** The n-th exhibit letter label, from 0: A, B, ..., Z, AA, AB, ... */
    public static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = n; k >= 0; k = k / 26 - 1) {
            sb.insert(0, (char) ('A' + k % 26));
        }
        return sb.toString();
    }

    private static Set<String> childEvidence(Case c) {
        Set<String> ids = new HashSet<>();
        for (Incident i : c.getIncidents()) {
            if (i.isInvolvesChild()) {
                ids.addAll(i.getEvidenceIds());
                i.getQuotes().forEach(q -> ids.addAll(q.getEvidenceIds()));
            }
        }
        return ids;
    }

    /** Name, then address, e-mail and phone (withheld, and listed as withheld, in papers for service). */
    private static List<Field> personFields(String key, Person p, DocumentOptions o, ImmutableReportDocument.Builder doc) {
        List<Field> out = new ArrayList<>();
        out.add(Field.of(key + ".name", "Name", p.getName()));
        out.addAll(contactOnly(key, p, o, doc));
        return out;
    }

    private static List<Field> contactOnly(String key, Person p, DocumentOptions o, ImmutableReportDocument.Builder doc) {
        List<Field> out = new ArrayList<>();
        if (o.isForService()) {
            for (String f : List.of("address", "email", "phone")) {
                out.add(ImmutableField.builder().key(key + "." + f).label(cap(f)).value(WITHHELD)
                        .origin(FactOrigin.GENERATED).build());
                doc.addWithheldFields(key + "." + f);
            }
            return out;
        }
        out.add(p.getAddress().map(a -> Field.of(key + ".address", "Address", address(a)))
                .orElseGet(() -> Field.blank(key + ".address", "Address")));
        out.add(p.getEmail().map(e -> Field.of(key + ".email", "Email", e)).orElseGet(() -> Field.blank(key + ".email", "Email")));
        out.add(p.getPhone().map(e -> Field.of(key + ".phone", "Phone", e)).orElseGet(() -> Field.blank(key + ".phone", "Phone")));
        return out;
    }

    private static String cap(String s) {
        return s.equals("email") ? "Email" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void requireContact(Case c, List<Problem> problems, String element) {
        Person s = c.getSubject();
        if (s.getEmail().isEmpty() && s.getPhone().isEmpty() && s.getAddress().isEmpty()) {
            problems.add(new Problem("/subject/email", "is missing, and so are the phone and address (" + element + ")",
                    "Add an e-mail address, phone number or postal address for the person (or their representative)."));
        }
    }

    private static void refuseIf(String what, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDataException(what, problems);
        }
    }

    private static String address(Address a) {
        List<String> parts = new ArrayList<>(a.getLines());
        a.getLocality().ifPresent(parts::add);
        a.getRegion().ifPresent(parts::add);
        a.getPostalCode().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    private static List<Block> partyBlocks(Case c) {
        List<Block> out = new ArrayList<>();
        for (Party p : c.getParties()) {
            List<Field> fields = new ArrayList<>();
            fields.add(p.getName().map(n -> Field.of("party." + p.getId() + ".name", "Name", n))
                    .orElseGet(() -> Field.of("party." + p.getId() + ".name", "Name", "Not known")));
            fields.add(Field.of("party." + p.getId() + ".relationship", "Relationship", words(p.getRelationship())));
            fields.add(Field.of("party." + p.getId() + ".accounts", "Accounts", p.getAccounts().stream()
                    .map(a -> a.getPlatform() + " " + a.getHandle() + a.getProfileUrl().map(u -> " " + u).orElse(""))
                    .collect(Collectors.joining("; "))));
            p.getAddress().ifPresent(a -> fields.add(Field.of("party." + p.getId() + ".address", "Address", address(a))));
            out.add(ImmutableFieldGrid.builder().fields(fields).build());
        }
        if (out.isEmpty()) {
            out.add(Paragraph.of("The harasser is not identified in the case."));
        }
        return out;
    }

    /** The reports made (to one route, or to all when {@code routeId} is null). */
    private static Table reportsTable(Case c, String routeId) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportMade r : c.getReports()) {
            if (routeId != null && !routeId.equals(r.getRouteId())) {
                continue;
            }
            rows.add(List.of(r.getRouteId(), Text.dateTime(r.getMadeAt()), r.getReference().orElse(""),
                    words(r.getStatus())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("none recorded", "", "", ""));
        }
        return Table.builder().columns(List.of("Where", "When", "Reference", "Status")).rows(rows).build();
    }
}
