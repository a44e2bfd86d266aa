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
import org.redress.core.document.Audience;
import org.redress.core.document.Block;
import org.redress.core.document.DocumentKit;
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
import org.redress.core.model.ImageMaker;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Quote;
import org.redress.core.model.ReportMade;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.SafetyAssessment;
import org.redress.us.UsDocumentKinds;
import org.redress.us.UsRouteIds;

/** Builds the pack's documents from a case. Stateless. */
public final class Documents {

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
        DocumentKit kit = kit(c, o, Audience.POLICE);
        List<List<String>> rows = new ArrayList<>();
        List<Block> accounts = new ArrayList<>();
        int n = 0;
        for (Incident i : chronological(c)) {
            n++;
            rows.add(List.of(String.valueOf(n), kit.when(i.occurredAt()), platformOrChannel(i), kit.kinds(i),
                    i.locations().stream().map(Documents::where).collect(Collectors.joining("\n")),
                    shownEvidence(kit, i).stream().map(kit::exhibitLabel).collect(Collectors.joining(", "))));
            if (i.account().isPresent() || !i.quotes().isEmpty()) {
                accounts.add(Subheading.of("Incident " + n + " (" + kit.when(i.occurredAt()) + ")"));
                i.account().ifPresent(a -> accounts.add(Paragraph.numbered(a, FactOrigin.PERSONS_ACCOUNT)));
                for (Quote q : i.quotes()) {
                    accounts.add(Paragraph.numbered("The harasser wrote: " + DocumentKit.fullStop(kit.quote(q.text())),
                            FactOrigin.VERBATIM));
                }
            }
        }
        var doc = kit.start(UsDocumentKinds.HARASSMENT_LOG, "Harassment log")
                .addSections(Section.of("About this log", origins()))
                .addSections(Section.of("Incidents in date order", Table.builder()
                        .caption("Incidents (from the case record)")
                        .columns(List.of("No.", "When", "Where", "What kind", "Links", "Exhibits"))
                        .widths(List.of(1, 2, 1, 2, 3, 1)).rows(rows).build()));
        if (!accounts.isEmpty()) {
            doc.addSections(Section.builder().heading("In the person's own words, and the harasser's words")
                    .blocks(accounts).build());
        }
        return kit.finish(doc);
    }

    // ------------------------------------------------------------------ evidence schedule

    static ReportDocument evidenceSchedule(Case c, DocumentOptions o) {
        DocumentKit kit = kit(c, o, Audience.COURT);
        List<List<String>> rows = new ArrayList<>();
        List<Block> exhibits = new ArrayList<>();
        int notShown = 0;
        for (EvidenceRecord e : c.evidence()) {
            if (kit.childSexualImage(e.id())) {
                notShown++;
                continue;
            }
            String label = kit.exhibitLabel(e.id());
            String description = e.description().orElse(words(e.kind()));
            rows.add(List.of(label, description, kit.dateTimeExact(e.capturedAt(), e.captureZone()),
                    source(e), e.origin() == EvidenceOrigin.CAPTURED_LIVE ? "captured live" : "imported",
                    e.sha256().orElse("")));
            var ref = ExhibitReference.builder().label(label).description(description).evidenceId(e.id());
            e.sha256().ifPresent(ref::sha256);
            if (e.contentStatus() == ContentStatus.STORED && e.mediaType().orElse("").startsWith("image/")) {
                ref.imageRef(e.id()).altText(DocumentKit.altText(label, description));
            }
            exhibits.add(ref.build());
        }
        var doc = kit.start(UsDocumentKinds.EVIDENCE_SCHEDULE, "Evidence schedule");
        List<Block> top = new ArrayList<>();
        if (rows.isEmpty()) {
            doc.addMissing(MissingItem.of("/evidence", "Evidence of what happened: capture screenshots or pages "
                    + "of it."));
            top.add(Paragraph.of("No evidence is listed."));
        } else {
            top.add(Table.builder().caption("Schedule of exhibits (from the case record)")
                    .columns(List.of("Exhibit", "Description", "Captured", "Source", "How", "SHA-256"))
                    .widths(List.of(1, 3, 2, 3, 1, 4)).monospaceColumns(List.of(5)).rows(rows).build());
            top.add(Paragraph.of("Each SHA-256 value is the digest of the original file at capture; anyone can "
                    + "check a copy with sha256sum. Capture times are local, with the exact UTC time in brackets."));
        }
        if (notShown > 0) {
            top.add(Paragraph.of(childMaterialNote(c, kit, notShown)));
        }
        doc.addSections(Section.builder().heading("Exhibits").blocks(top).build());
        if (!exhibits.isEmpty()) {
            doc.addSections(Section.builder().heading("Exhibit pages").newPage(true).blocks(exhibits).build());
        }
        return kit.finish(doc);
    }

    /** What a document says in place of material that is an intimate image of someone under 18: only where it is. */
    private static String childMaterialNote(Case c, DocumentKit kit, int count) {
        SafetyAssessment sa = SafetyAssessment.of(c, kit.preparedOn().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        List<String> where = new ArrayList<>();
        for (Incident i : c.incidents()) {
            if (sa.childSexualImage(i)) {
                i.locations().forEach(l -> where.add(where(l)));
            }
        }
        return kit.childMaterialNotListed(count, "listed, shown or certified", where);
    }

    // ------------------------------------------------------------------ police report summary

    static ReportDocument policeSummary(Case c, Plan plan, DocumentOptions o) {
        DocumentKit kit = kit(c, o, Audience.POLICE);
        var doc = kit.start(UsDocumentKinds.POLICE_REPORT_SUMMARY, "Summary for a police report");
        List<Field> person = personFields("person", c.subject(), kit);
        c.subject().dateOfBirth().ifPresent(d -> person.add(1, Field.of("person.dob", "Date of birth", kit.date(d))));
        doc.addSections(Section.of("The person reporting", ImmutableFieldGrid.builder().fields(person).build()));
        doc.addSections(section("Who is doing it", partyBlocks(c)));
        List<Incident> incidents = chronological(c);
        String span = incidents.isEmpty() ? "" : " " + kit.span(incidents.get(0).occurredAt(),
                incidents.get(incidents.size() - 1).occurredAt());
        doc.addSections(Section.of("What happened",
                Paragraph.numbered(DocumentKit.sentenceCase(DocumentKit.count(incidents.size(), "incident"))
                        + (incidents.size() == 1 ? " is" : " are")
                        + " recorded" + span + ". The harassment log and the evidence schedule go with this summary.",
                        FactOrigin.CASE_RECORD)));
        List<String> offences = plan.step(UsRouteIds.POLICE).map(PlanStep::possibleOffences).orElse(List.of())
                .stream().map(l -> l.citation() + ": " + l.title()).toList();
        if (!offences.isEmpty()) {
            doc.addSections(Section.of("What it may amount to", Paragraph.of("The person believes the conduct may "
                    + "amount to the following; whether it does is for the police and prosecutors to decide."),
                    BulletList.of(offences)));
            kit.noteForPerson(Notice.of(NoticeLevel.IMPORTANT, "The offenses listed are not legal advice: only the "
                    + "police, prosecutors and courts decide whether conduct is an offense."));
        }
        doc.addSections(Section.of("Reports already made", reportsTable(c, null, kit)));
        return kit.finish(doc);
    }

    // ------------------------------------------------------------------ IC3 worksheet

    static ReportDocument ic3Worksheet(Case c, DocumentOptions o) {
        DocumentKit kit = kit(c, o, Audience.POLICE);
        var doc = kit.start(UsDocumentKinds.IC3_WORKSHEET, "IC3 complaint worksheet")
                .subtitle("For the FBI Internet Crime Complaint Center (ic3.gov): copy each section into the form.");
        doc.addSections(Section.of("Victim information", ImmutableFieldGrid.builder()
                .fields(personFields("victim", c.subject(), kit)).build()));
        List<List<String>> money = new ArrayList<>();
        for (Incident i : chronological(c)) {
            if (i.isFinancialDemand() || i.isMoneyPaid()) {
                money.add(List.of(kit.when(i.occurredAt()), i.amountDemanded().map(kit::money).orElse(""), i.isMoneyPaid() ? "yes" : "no", "", ""));
                if (i.isMoneyPaid()) {
                    doc.addMissing(MissingItem.of("/incidents", "For the payment demanded "
                            + kit.on(i.occurredAt()) + ": the account or method used, the date, the amount and "
                            + "the recipient."));
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
            i.account().ifPresent(a -> description.add(Paragraph.numbered(DocumentKit.sentenceCase(kit.when(i.occurredAt())) + ": " + a,
                    FactOrigin.PERSONS_ACCOUNT)));
        }
        if (description.isEmpty()) {
            description.add(Paragraph.of("Describe what happened, in order, in your own words."));
            doc.addMissing(MissingItem.of("/incidents", "Your account of what happened."));
        }
        doc.addSections(Section.builder().heading("Description of the incident").blocks(description).build());
        return kit.finish(doc);
    }

    // ------------------------------------------------------------------ TAKE IT DOWN Act request

    static ReportDocument takeItDownRequest(Case c, DocumentOptions o) {
        List<Problem> problems = new ArrayList<>();
        List<Incident> images = c.incidents().stream().filter(Documents::intimate).toList();
        List<String> locations = locations(images);
        if (images.isEmpty()) {
            problems.add(new Problem("/incidents", "has no incident with an intimate image (elements (ii) and (iii): "
                    + "the depiction and the good-faith statement)", "Mark the incident with 'intimateImage'."));
        } else if (locations.isEmpty()) {
            problems.add(new Problem("/incidents", "says nowhere where the image is (element (ii): information "
                    + "reasonably sufficient to locate it)",
                    "Add the image's URL, or the platform's id for the post, to the incident's 'locations'."));
        }
        requireContact(c, problems, "element (iv): information sufficient to contact the requester");
        refuseIf("TAKE IT DOWN Act removal request", problems);
        // A request goes to the platform, which the law requires to be able to contact the requester: the contact
        // details stay even in papers prepared for service.
        DocumentKit kit = kit(c, o, Audience.PLATFORM);
        SafetyAssessment sa = SafetyAssessment.of(c, kit.preparedOn().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        boolean minor = images.stream().anyMatch(sa::child);
        var doc = kit.start(UsDocumentKinds.TAKE_IT_DOWN_REQUEST, "Removal request under the TAKE IT DOWN Act")
                .subtitle("47 U.S.C. \u00a7 223a(a)(1)(B) (Pub. L. 119-12, \u00a7 3): request to remove a "
                        + "non-consensual intimate visual depiction");
        doc.addSections(Section.of("To", FieldGrid.of(
                filled("to.platform", "Covered platform", platformsOf(images, kit)),
                Field.blank("to.contact", "The platform's notice-and-removal process (web form, e-mail or address)"),
                Field.of("to.date", "Date", kit.date(kit.preparedOn()))),
                Paragraph.of("I ask you to remove the intimate visual depiction identified below, and any known "
                        + "identical copies, within 48 hours of receiving this request, as 47 U.S.C. \u00a7 223a(a)(3) "
                        + "requires.")));
        doc.addSections(Section.of("(i) Signature", Paragraph.of(minor
                ? "Signed by the identifiable individual or, for someone under 18, by a parent or guardian authorized "
                        + "to act for them."
                : "Signed by the identifiable individual, or by a person authorized to act on their behalf."),
                ImmutableSignatureBlock.builder().label("Physical or electronic signature (such as /s/ and your name)")
                        .name(c.subject().name()).date(kit.preparedOn()).build()));
        doc.addSections(Section.of("(ii) Identification and location of the depiction",
                ImmutableBulletList.builder().items(locations).origin(FactOrigin.CASE_RECORD).build()));
        List<Block> statement = new ArrayList<>();
        statement.add(Paragraph.numbered("I have a good-faith belief that the intimate visual depiction identified "
                + "above is not consensual: I did not consent to its publication." + (images.stream().anyMatch(i ->
                i.kinds().contains(org.redress.core.model.HarassmentKind.DEEPFAKE_INTIMATE_IMAGE)
                        || i.imageMadeBy().orElse(null) == ImageMaker.AI_GENERATED)
                ? " It is, at least in part, a digital forgery (a fake made to look like me)." : ""), FactOrigin.GENERATED));
        images.stream().filter(i -> i.summary().isPresent()).forEach(i -> statement.add(
                Paragraph.numbered("Relevant information, in my words: " + i.summary().get(), FactOrigin.PERSONS_ACCOUNT)));
        doc.addSections(Section.builder().heading("(iii) Statement of good-faith belief").blocks(statement).build());
        doc.addSections(Section.of("(iv) How to contact me", ImmutableFieldGrid.builder()
                .fields(contactFields("requester", c.subject(), kit)).build()));
        kit.noteForPerson(Notice.of(NoticeLevel.IMPORTANT, "Save a copy of this request and the date and time you "
                + "sent it. If the image is still up 48 hours later, you can complain to the Federal Trade Commission. "
                + "Save the evidence before it is removed."));
        if (o.forService()) {
            kit.noteForPerson(Notice.of(NoticeLevel.INFO, "This request goes to the platform, not to the person "
                    + "harassing you, so your contact details stay in it: the law requires them. The platform may "
                    + "not pass them on, but it can: give an advocate's or lawyer's details if you prefer."));
        }
        return kit.finish(doc);
    }

    // ------------------------------------------------------------------ DMCA notice

    static ReportDocument dmcaNotice(Case c, DocumentOptions o) {
        List<Problem> problems = new ArrayList<>();
        SafetyAssessment sa = SafetyAssessment.of(c, o.preparedOn().orElse(java.time.LocalDate.now(
                java.time.ZoneOffset.UTC)).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        List<Incident> images = c.incidents().stream().filter(Documents::intimate).toList();
        if (c.incidents().stream().anyMatch(i -> sa.childSexualImage(i) || i.isPersonUnder18())) {
            problems.add(new Problem("/incidents", "involves someone under 18: such images are reported to NCMEC, "
                    + "not claimed by a copyright notice", "Use the NCMEC CyberTipline and Take It Down instead."));
        }
        if (images.isEmpty()) {
            problems.add(new Problem("/incidents", "has no incident with the person's own image (element (ii): the "
                    + "copyrighted work)", "Mark the incident with 'intimateImage'."));
        }
        List<Incident> own = images.stream().filter(i -> i.imageMadeBy().orElse(null) == ImageMaker.PERSON)
                .toList();
        if (!images.isEmpty() && own.isEmpty()) {
            problems.add(new Problem("/incidents", "does not record that the person made the image themself "
                    + "(element (ii): a DMCA notice claims copyright, which belongs to whoever made the image)",
                    "Set 'imageMadeBy' to 'person' on the incident only if you took or made the image yourself; "
                            + "otherwise use a TAKE IT DOWN request or the platform's own report instead."));
        }
        List<String> urls = new ArrayList<>();
        own.forEach(i -> i.locations().forEach(l -> l.url().ifPresent(u -> urls.add(u.toString()))));
        if (!own.isEmpty() && urls.isEmpty()) {
            problems.add(new Problem("/incidents", "gives no URL of the infringing copy (element (iii): information "
                    + "reasonably sufficient to locate the material)", "Add each copy's URL to the incident's 'locations'."));
        }
        requireContact(c, problems, "element (iv): the complaining party's contact information");
        refuseIf("DMCA notice", problems);
        // The notice goes to the service provider's designated agent, and 17 U.S.C. 512(c)(3)(A)(iv) requires the
        // complaining party's contact details: they stay even in papers prepared for service.
        DocumentKit kit = kit(c, o, Audience.PLATFORM);
        String name = c.subject().name();
        var doc = kit.start(UsDocumentKinds.DMCA_NOTICE, "Notice of claimed infringement (DMCA)")
                .subtitle("17 U.S.C. \u00a7 512(c)(3)(A): to the service provider's designated agent");
        doc.addSections(Section.of("To", FieldGrid.of(
                filled("to.provider", "Service provider", platformsOf(own, kit)),
                Field.blank("to.agent", "Designated agent (name, address, e-mail: from the provider's site or the "
                        + "Copyright Office's DMCA directory)"),
                Field.of("to.date", "Date", kit.date(kit.preparedOn())))));
        doc.addSections(Section.of("(ii) The copyrighted work", Paragraph.numbered("Photographs or videos of which I, "
                + name + ", am the author and copyright owner, because I made them myself; the originals are in my "
                + "possession.", FactOrigin.CASE_RECORD)));
        doc.addSections(Section.of("(iii) The infringing material and where it is",
                ImmutableBulletList.builder().items(urls).origin(FactOrigin.CASE_RECORD).build()));
        doc.addSections(Section.of("(iv) How to contact me", ImmutableFieldGrid.builder()
                .fields(contactFields("complainant", c.subject(), kit)).build()));
        doc.addSections(Section.of("(v) and (vi) Statements",
                Paragraph.numbered("I have a good faith belief that use of the material in the manner complained of "
                        + "is not authorized by the copyright owner, its agent, or the law.", FactOrigin.GENERATED),
                Paragraph.numbered("The information in this notification is accurate, and under penalty of perjury, "
                        + "I am the owner, or authorized to act on behalf of the owner, of an exclusive right that is "
                        + "allegedly infringed.", FactOrigin.GENERATED)));
        doc.addSections(Section.of("(i) Signature", ImmutableSignatureBlock.builder()
                .label("Physical or electronic signature (such as /s/ and your name)").name(name)
                .date(kit.preparedOn()).build()));
        kit.noteForPerson(Notice.of(NoticeLevel.WARNING, "The host may pass this notice, with your contact details, "
                + "to the person who posted the material, who can send a counter-notice. Consider giving a lawyer's or "
                + "advocate's contact details instead. Send it only for images you made yourself: knowingly false "
                + "notices create liability (17 U.S.C. \u00a7 512(f))."));
        return kit.finish(doc);
    }

    // ------------------------------------------------------------------ cease-and-desist letter

    static ReportDocument ceaseAndDesist(Case c, DocumentOptions o) {
        DocumentKit kit = kit(c, o, Audience.OTHER_PARTY);
        var doc = kit.start(UsDocumentKinds.CEASE_AND_DESIST, "Cease-and-desist letter");
        kit.noteForPerson(Notice.of(NoticeLevel.WARNING, "This letter goes to the person harassing you. If they are "
                + "or were your partner, know where you live, or you fear how they will react, talk to an advocate "
                + "about a safety plan first. A letter from a lawyer carries more weight. Your address and contact "
                + "details are never printed in the letter: give a reply address you are comfortable sharing, such "
                + "as a lawyer's."));
        List<Party> named = c.parties().stream().filter(Party::isKnown).toList();
        List<Field> to = new ArrayList<>();
        for (int n = 0; n < named.size(); n++) {
            Party p = named.get(n);
            to.add(Field.of("recipient." + n + ".name", "To", p.name().get()));
            to.add(p.address().map(a -> Field.of("recipient." + p.id() + ".address", "Address", address(a)))
                    .orElseGet(() -> Field.blank("recipient." + p.id() + ".address", "Address")));
            if (p.address().isEmpty()) {
                doc.addMissing(MissingItem.of("/parties", "An address (or e-mail) to deliver the letter to "
                        + p.name().get() + "."));
            }
        }
        if (named.isEmpty()) {
            to.add(Field.blank("recipient.name", "To"));
            doc.addMissing(MissingItem.of("/parties", "The name of the person harassing you: a letter needs a "
                    + "named recipient."));
        }
        to.add(Field.of("sender.name", "From", c.subject().name()));
        to.add(Field.blank("sender.reply", "Reply to"));
        to.add(Field.of("letter.date", "Date", kit.date(kit.preparedOn())));
        Person s = c.subject();
        s.address().ifPresent(x -> kit.withhold("sender.address", "your address", kit.reachReason()));
        s.email().ifPresent(x -> kit.withhold("sender.email", "your e-mail address", kit.reachReason()));
        s.phone().ifPresent(x -> kit.withhold("sender.phone", "your phone number", kit.reachReason()));
        doc.addSections(Section.of("Parties", ImmutableFieldGrid.builder().fields(to).build()));
        List<Block> conduct = new ArrayList<>();
        conduct.add(Paragraph.numbered("You have engaged in the conduct set out below, directed at me.", FactOrigin.GENERATED));
        for (Incident i : chronological(c)) {
            conduct.add(Paragraph.numbered(incidentLine(i, kit), FactOrigin.CASE_RECORD));
            i.quotes().forEach(q -> conduct.add(Paragraph.numbered("You wrote: "
                    + DocumentKit.fullStop(kit.quote(q.text())), FactOrigin.VERBATIM)));
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
                .name(c.subject().name()).date(kit.preparedOn()).build()));
        return kit.finish(doc);
    }

    // ------------------------------------------------------------------ protective order petition

    static ReportDocument petition(Case c, Plan plan, DocumentOptions o) {
        Optional<PlanStep> step = plan.step(UsRouteIds.PROTECTIVE_ORDER);
        Optional<StateProfile> state = States.of(c.jurisdiction());
        DocumentKit kit = kit(c, o, Audience.COURT);
        var doc = kit.start(UsDocumentKinds.PROTECTIVE_ORDER_PETITION, "Protective order petition: content");
        if (state.isEmpty()) {
            doc.subtitle("State not covered");
            doc.addSections(Section.of("Your state", Paragraph.of("This pack does not cover "
                    + c.jurisdiction() + " yet, so it cannot prepare that state's petition rather than guess. Use "
                    + "the harassment log and the evidence schedule with the court's own forms.")));
            doc.addMissing(MissingItem.of("/jurisdiction", "A state the pack covers: California, New York, Texas, "
                    + "Florida or Illinois."));
            return kit.finish(doc);
        }
        Facts facts = new Facts(c, plan.asOf(), Catalog.get().rules());
        String variant = state.get().protectiveOrder(facts).variantId();
        var route = Catalog.get().protectiveOrderVariant(variant);
        doc.subtitle(route.name());
        step.ifPresent(s -> s.unverifiedNotes().forEach(n -> kit.noteForPerson(Notice.of(NoticeLevel.WARNING, n))));
        List<Incident> incidents = chronological(c);
        java.util.Collections.reverse(incidents);
        List<Block> blocks = new ArrayList<>();
        for (StateProfile.PetitionItem item : state.get().petitionItems(variant)) {
            blocks.add(Subheading.of(item.label()));
            blocks.addAll(fill(item, c, incidents, facts, kit, doc));
        }
        doc.addSections(Section.builder().heading("Items of the petition").blocks(blocks).build());
        doc.addSections(declaration(c, kit, Declarations.of(c.jurisdiction()).orElse(Declarations.federal()),
                "Petitioner"));
        return kit.finish(doc);
    }

    /**
     * The state's own unsworn declaration (its statute's wording, which differs from state to state), with the
     * signature; a jurat that asks for the declarant's address leaves it blank in papers that reach the other party.
     */
    private static Section declaration(Case c, DocumentKit kit, Declarations.Declaration d, String capacity) {
        return declaration(c, kit, d, capacity, true);
    }

    private static Section declaration(Case c, DocumentKit kit, Declarations.Declaration d, String capacity,
            boolean personSigns) {
        Person p = c.subject();
        String text = d.text().replace("{date}", kit.date(kit.preparedOn())).replace("{place}", "________________")
                .replace("{county}", "________________").replace("{name}", p.name())
                .replace("{dateOfBirth}", p.dateOfBirth().map(kit::date).orElse("________________"));
        if (text.contains("{address}")) {
            if (kit.reachesOtherParty() || p.address().isEmpty()) {
                p.address().ifPresent(a -> kit.withhold("declaration.address", "your address in the "
                        + d.citation() + " declaration", kit.reachReason() + "; ask the court clerk how to keep it "
                        + "confidential (for example through the state's address confidentiality program)"));
                text = text.replace("{address}", "________________________________");
            } else {
                text = text.replace("{address}", address(p.address().get()));
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Declaration.of(d.title() + " (" + d.citation() + ")", text));
        var sig = ImmutableSignatureBlock.builder().label("Signature").capacity(capacity).date(kit.preparedOn());
        if (personSigns) {
            sig.name(p.name());
        }
        blocks.add(sig.build());
        d.provenance().unverifiedNote().ifPresent(n -> kit.noteForPerson(Notice.of(NoticeLevel.WARNING,
                "The declaration (" + d.citation() + "): " + n)));
        var source = d.provenance().sources().get(0);
        kit.sourceForPerson(d.citation() + ": " + source.title() + ", " + source.url() + " (checked "
                + d.provenance().verifiedOn() + ")");
        return Section.builder().heading("Declaration").blocks(blocks).build();
    }

    private static List<Block> fill(StateProfile.PetitionItem item, Case c, List<Incident> newestFirst, Facts f,
            DocumentKit kit, ImmutableReportDocument.Builder doc) {
        switch (item.fill()) {
            case PETITIONER:
                return List.of(FieldGrid.of(Field.of(item.key(), "Name", c.subject().name())));
            case PETITIONER_CONTACT:
                return List.of(ImmutableFieldGrid.builder().fields(contactFields(item.key(), c.subject(), kit)).build());
            case RESPONDENT:
            case RESPONDENT_DESCRIPTION:
                if (item.fill() == StateProfile.Fill.RESPONDENT_DESCRIPTION) {
                    List<String> d = c.parties().stream().filter(p -> p.description().isPresent())
                            .map(p -> p.description().get()).toList();
                    return d.isEmpty() ? List.of(FieldGrid.of(Field.blank(item.key(), "Description")))
                            : List.of(ImmutableBulletList.builder().items(d).origin(FactOrigin.PERSONS_ACCOUNT).build());
                }
                if (!f.namedPerpetrator) {
                    doc.addMissing(MissingItem.of("/parties", "The respondent's name."));
                }
                return partyBlocks(c);
            case RELATIONSHIP:
                String rel = kit.list(c.parties().stream().map(p -> words(p.relationship())).toList());
                return List.of(FieldGrid.of(rel.isEmpty() ? Field.blank(item.key(), "Relationship")
                        : Field.of(item.key(), "Relationship", rel)));
            case MOST_RECENT:
                if (newestFirst.isEmpty()) {
                    return List.of(Paragraph.of("No incident is recorded."));
                }
                return mostRecent(item.key(), newestFirst.get(0), c, kit);
            case EARLIER:
                List<Block> out = new ArrayList<>();
                newestFirst.stream().skip(1).forEach(i -> out.addAll(incidentBlocks(i, kit)));
                return out.isEmpty() ? List.of(Paragraph.of("No earlier incident is recorded.")) : out;
            case WITNESSES:
                List<String> w = new ArrayList<>();
                newestFirst.forEach(i -> i.witnesses().forEach(x -> w.add(x.name() + " (saw the incident "
                        + kit.on(i.occurredAt()) + ")")));
                return w.isEmpty() ? List.of(Paragraph.of("No witness is recorded."))
                        : List.of(ImmutableBulletList.builder().items(w).origin(FactOrigin.CASE_RECORD).build());
            case HARM:
                List<String> h = kit.impactShown().stream().map(e -> kit.date(e.date()) + ": "
                        + DocumentKit.fullStop(e.description().strip())).toList();
                return h.isEmpty() ? List.of(FieldGrid.of(Field.blank(item.key(), "How it harmed you")))
                        : List.of(ImmutableBulletList.builder().items(h).origin(FactOrigin.PERSONS_ACCOUNT).build());
            case POLICE:
                return List.of(reportsTable(c, UsRouteIds.POLICE, kit));
            case OFFENCES:
                List<String> l = f.offences(false, org.redress.core.route.LegalBasisKind.CRIMINAL_OFFENCE).stream()
                        .filter(b -> b.jurisdictions().contains(c.jurisdiction()))
                        .map(b -> b.citation() + ": " + b.title() + " (may amount to)").toList();
                return l.isEmpty() ? List.of(Paragraph.of("None identified from the case record."))
                        : List.of(BulletList.of(l));
            default:
                // The item's heading already asks the question: the field is only the place for the answer.
                return List.of(FieldGrid.of(Field.blank(item.key(), "Your answer")));
        }
    }

    /** The most recent incident, with the questions the forms ask about it, answered from the case where it can. */
    private static List<Block> mostRecent(String key, Incident i, Case c, DocumentKit kit) {
        List<Block> out = incidentBlocks(i, kit);
        String witnesses = kit.list(i.witnesses().stream().map(w -> w.name()).toList());
        String weapon = i.weaponShown().isYes() ? "Yes: a weapon was shown or used"
                : i.weaponShown().isNo() ? "No" : "";
        String police = c.reports().stream().filter(r -> r.routeId().equals(UsRouteIds.POLICE)
                        && r.incidentIds().contains(i.id()))
                .map(r -> "Reported on " + kit.date(r.madeAt().toLocalDate())
                        + r.reference().map(ref -> ", report " + ref).orElse(""))
                .collect(Collectors.joining("; "));
        out.add(FieldGrid.of(
                witnesses.isEmpty() ? Field.blank(key + ".present", "Who else was there (including children)")
                        : Field.of(key + ".present", "Who else was there (including children)", witnesses),
                weapon.isEmpty() ? Field.blank(key + ".weapon", "Did the respondent use or threaten to use a gun "
                        + "or other weapon?")
                        : Field.of(key + ".weapon", "Did the respondent use or threaten to use a gun or other weapon?",
                                weapon),
                Field.blank(key + ".injuries", "Were you hurt? (injuries, medical care)"),
                police.isEmpty() ? Field.blank(key + ".police", "Did the police come? (report number)")
                        : Field.of(key + ".police", "Did the police come? (report number)", police)));
        return out;
    }

    private static List<Block> incidentBlocks(Incident i, DocumentKit kit) {
        List<Block> out = new ArrayList<>();
        out.add(Paragraph.numbered(incidentLine(i, kit), FactOrigin.CASE_RECORD));
        i.account().ifPresent(a -> out.add(Paragraph.numbered(a, FactOrigin.PERSONS_ACCOUNT)));
        i.quotes().forEach(q -> out.add(Paragraph.numbered("The words were: "
                + DocumentKit.fullStop(kit.quote(q.text())), FactOrigin.VERBATIM)));
        return out;
    }

    /**
     * One incident as a sentence: "On November 1, 2026, at 10:15 PM PST, on Instagram (https://...): the summary."
     * or, without a summary, its kinds.
     */
    private static String incidentLine(Incident i, DocumentKit kit) {
        String locations = String.join("; ", i.locations().stream().map(Documents::where)
                .filter(x -> !x.isBlank()).toList());
        return DocumentKit.sentenceCase(kit.on(i.occurredAt())) + ", " + DocumentKit.via(i)
                + (locations.isEmpty() ? "" : " (" + locations + ")") + ": "
                + DocumentKit.fullStop(i.summary().filter(x -> !x.isBlank()).map(String::strip)
                        .orElse(DocumentKit.sentenceCase(kit.kinds(i))));
    }

    // ------------------------------------------------------------------ FRE 902(14)

    /**
     * The certification, for the stored evidence with a SHA-256 digest. {@code copies} maps evidence ids to the
     * SHA-256 of the copy produced; a copy whose digest differs from the original's is refused.
     */
    public static ReportDocument fre90214(Case c, Map<String, String> copies, DocumentOptions o) {
        DocumentKit kit = kit(c, o, Audience.COURT);
        List<EvidenceRecord> certifiable = c.evidence().stream().filter(e -> e.contentStatus() == ContentStatus.STORED
                && e.sha256().isPresent() && !kit.childSexualImage(e.id())).toList();
        List<Problem> problems = new ArrayList<>();
        for (int n = 0; n < c.evidence().size(); n++) {
            EvidenceRecord e = c.evidence().get(n);
            String copy = copies.get(e.id());
            if (copy != null && e.sha256().isPresent() && !copy.equalsIgnoreCase(e.sha256().get())) {
                problems.add(new Problem("/evidence/" + n + "/hashes", "does not match the copy's SHA-256: the copy "
                        + "is not identical to the original", "Make a new copy from the original and hash it again."));
            }
        }
        refuseIf("FRE 902(14) certification", problems);
        var doc = kit.start(UsDocumentKinds.FRE_902_14_CERTIFICATION,
                "Certification of data copied from an electronic device, storage medium or file")
                .subtitle("Federal Rule of Evidence 902(14), by a qualified person, declared under 28 U.S.C. \u00a7 1746");
        doc.addSections(Section.of("The qualified person", FieldGrid.of(Field.blank("certifier.name", "Name"),
                Field.blank("certifier.qualification", "Qualification: how I know the process used to copy and hash "
                        + "the data"),
                filled("certifier.collectors", "Who collected the data", kit.list(certifiable.stream()
                        .map(e -> kit.collector(e.collector())).toList())))));
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceRecord e : certifiable) {
            String copy = copies.get(e.id());
            String label = kit.exhibitLabel(e.id());
            rows.add(List.of(label, source(e) + "\n"
                    + (e.origin() == EvidenceOrigin.CAPTURED_LIVE ? "Captured live with " : "Imported with ")
                    + e.tool().name() + " " + e.tool().version()
                    + e.transformation().map(t -> "; derived: " + t).orElse("") + "\n"
                    + kit.dateTimeExact(e.capturedAt(), e.captureZone()) + "; clock: "
                    + words(e.clockSource()),
                    "Original: " + e.sha256().get() + "\nCopy: "
                            + (copy == null ? "(to complete)" : copy.toLowerCase(java.util.Locale.ROOT)),
                    copy == null ? "" : "Yes"));
            if (copy == null) {
                doc.addMissing(MissingItem.of("/evidence", "The SHA-256 of the copy of exhibit " + label
                        + " to be produced: hash the copy (sha256sum) and check that it matches the original's."));
            }
        }
        if (certifiable.isEmpty()) {
            doc.addMissing(MissingItem.of("/evidence", "Stored evidence with a SHA-256 digest to certify."));
        }
        List<Block> data = new ArrayList<>();
        data.add(Table.builder()
                .caption("Each exhibit: its original source, how and when it was copied, and the SHA-256 hash of the "
                        + "original and of the copy")
                .columns(List.of("Exhibit", "Source, process and time", "SHA-256 hashes", "Match"))
                .widths(List.of(2, 9, 10, 2)).monospaceColumns(List.of(2)).rows(rows).build());
        long withheld = c.evidence().stream().filter(e -> kit.childSexualImage(e.id())).count();
        if (withheld > 0) {
            data.add(Paragraph.of(childMaterialNote(c, kit, (int) withheld)));
        }
        doc.addSections(Section.builder().heading("The data certified").blocks(data).build());
        Declarations.Declaration federal = Declarations.federal();
        doc.addSections(Section.of("Certification",
                Paragraph.numbered("I am a qualified person within the meaning of Federal Rule of Evidence 902(14). "
                        + "Each item listed above was copied from its original source by the process described. The "
                        + "SHA-256 hash of each copy is identical to the hash of the original, which shows that the "
                        + "copy is an accurate and complete copy of the original.", FactOrigin.GENERATED),
                Paragraph.of("Notice: before trial, the party offering this evidence gives every adverse party "
                        + "reasonable written notice and makes the record and this certification available for "
                        + "inspection (Federal Rule of Evidence 902(11), applied by 902(14)).")));
        doc.addSections(declaration(c, kit, federal, "Qualified person", false));
        kit.noteForPerson(Notice.of(NoticeLevel.INFO, "The certification goes to authenticity only: objections "
                + "such as hearsay and relevance remain. Sources: Federal Rules of Evidence 902(11) and 902(14); "
                + "28 U.S.C. \u00a7 1746."));
        return kit.finish(doc);
    }

    // ------------------------------------------------------------------ helpers

    private static DocumentKit kit(Case c, DocumentOptions o, Audience audience) {
        return DocumentKit.of(c, o, audience, DocumentKit.Style.US);
    }

    private static Block origins() {
        return Notice.of(NoticeLevel.INFO, "Dates, links and exhibits come from the case record. Paragraphs marked "
                + "as the person's own account are in their words; the harasser's words are quoted exactly.");
    }

    /** An enum constant as lower-case words: SOCIAL_MEDIA is "social media". */
    private static String words(Enum<?> e) {
        return DocumentKit.words(e);
    }

    private static String platformOrChannel(Incident i) {
        return DocumentKit.where(i);
    }

    private static String platformsOf(List<Incident> incidents, DocumentKit kit) {
        return kit.list(incidents.stream().map(i -> i.platform().map(DocumentKit::platformName).orElse(""))
                .toList());
    }

    /** The evidence an incident cites that a document may list (never an intimate image of someone under 18). */
    private static List<String> shownEvidence(DocumentKit kit, Incident i) {
        return i.evidenceIds().stream().filter(e -> !kit.childSexualImage(e)).toList();
    }

    /** A field with its value, or a blank to complete when the value is empty: never a label followed by nothing. */
    private static Field filled(String key, String label, String value) {
        return value == null || value.isBlank() ? Field.blank(key, label) : Field.of(key, label, value);
    }

    private static Section section(String heading, List<Block> blocks) {
        return Section.builder().heading(heading).blocks(blocks).build();
    }

    private static List<Incident> chronological(Case c) {
        List<Incident> list = new ArrayList<>(c.incidents());
        list.sort(Comparator.comparing(i -> i.occurredAt().earliest()));
        return list;
    }

    private static String where(ContentLocation l) {
        return l.url().map(URI::toString).or(() -> l.platformId().map(id -> "post id " + id))
                .orElse(l.description().orElse(""));
    }

    private static String source(EvidenceRecord e) {
        return e.loadedUrl().or(e::requestedUrl).map(URI::toString)
                .or(() -> e.platform().map(p -> DocumentKit.platformName(p)
                        + e.contentId().map(id -> " post " + id).orElse("")))
                .or(e::fileName).orElse("not recorded");
    }

    private static boolean intimate(Incident i) {
        return i.isIntimateImage() || i.kinds().contains(org.redress.core.model.HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE)
                || i.kinds().contains(org.redress.core.model.HarassmentKind.DEEPFAKE_INTIMATE_IMAGE);
    }

    private static List<String> locations(List<Incident> incidents) {
        List<String> out = new ArrayList<>();
        for (Incident i : incidents) {
            for (ContentLocation l : i.locations()) {
                if (l.url().isPresent() || l.platformId().isPresent()) {
                    out.add(i.platform().map(p -> DocumentKit.platformName(p) + ": ").orElse("") + where(l));
                }
            }
        }
        return out;
    }

    /** The n-th exhibit letter label, from 0: A, B, ..., Z, AA, AB, ... */
    public static String letters(int n) {
        return DocumentKit.letters(n);
    }

    /** Name, then address, e-mail and phone (withheld, and recorded as withheld, in papers reaching the other party). */
    private static List<Field> personFields(String key, Person p, DocumentKit kit) {
        List<Field> out = new ArrayList<>();
        out.add(Field.of(key + ".name", "Name", p.name()));
        out.addAll(contactFields(key, p, kit));
        return out;
    }

    private static List<Field> contactFields(String key, Person p, DocumentKit kit) {
        return new ArrayList<>(List.of(
                kit.contact(key + ".address", "Address", "your address", p.address().map(Documents::address)),
                kit.contact(key + ".email", "Email", "your e-mail address", p.email()),
                kit.contact(key + ".phone", "Phone", "your phone number", p.phone())));
    }

    private static void requireContact(Case c, List<Problem> problems, String element) {
        Person s = c.subject();
        if (s.email().isEmpty() && s.phone().isEmpty() && s.address().isEmpty()) {
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
        List<String> parts = new ArrayList<>(a.lines());
        a.locality().ifPresent(parts::add);
        a.region().ifPresent(parts::add);
        a.postalCode().ifPresent(parts::add);
        return String.join(", ", parts);
    }

    private static List<Block> partyBlocks(Case c) {
        List<Block> out = new ArrayList<>();
        for (Party p : c.parties()) {
            List<Field> fields = new ArrayList<>();
            fields.add(p.name().map(n -> Field.of("party." + p.id() + ".name", "Name", n))
                    .orElseGet(() -> Field.of("party." + p.id() + ".name", "Name", "Not known")));
            fields.add(Field.of("party." + p.id() + ".relationship", "Relationship", words(p.relationship())));
            fields.add(filled("party." + p.id() + ".accounts", "Accounts", p.accounts().stream()
                    .map(a -> a.handle() + " on " + DocumentKit.platformName(a.platform())
                            + a.profileUrl().map(u -> " (" + u + ")").orElse(""))
                    .collect(Collectors.joining("; "))));
            p.address().ifPresent(a -> fields.add(Field.of("party." + p.id() + ".address", "Address", address(a))));
            out.add(ImmutableFieldGrid.builder().fields(fields).build());
        }
        if (out.isEmpty()) {
            out.add(Paragraph.of("The harasser is not identified in the case."));
        }
        return out;
    }

    /** The name of a route for prose ("the police"), or its id when the pack does not know it. */
    private static String routeName(String routeId) {
        return Catalog.get().routes().stream().filter(r -> r.id().equals(routeId)).map(r -> r.name())
                .findFirst().orElse(routeId);
    }

    /** The reports made (to one route, or to all when {@code routeId} is null). */
    private static Table reportsTable(Case c, String routeId, DocumentKit kit) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportMade r : c.reports()) {
            if (routeId != null && !routeId.equals(r.routeId())) {
                continue;
            }
            rows.add(List.of(routeName(r.routeId()) + r.platform().map(p -> " (" + DocumentKit.platformName(p)
                    + ")").orElse(""), kit.dateTime(r.madeAt()), r.reference().orElse(""), words(r.status())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("none recorded", "", "", ""));
        }
        return Table.builder().columns(List.of("Where", "When", "Reference", "Status")).rows(rows).build();
    }
}
