package org.redress.uk.internal.docs;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.Audience;
import org.redress.core.document.Declaration;
import org.redress.core.document.DocumentKit;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.ImmutableSection;
import org.redress.core.document.ImmutableSignatureBlock;
import org.redress.core.document.MissingItem;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImpactEntry;
import org.redress.core.model.Incident;
import org.redress.core.model.Party;
import org.redress.core.model.Person;
import org.redress.core.model.Quote;
import org.redress.core.model.Relationship;
import org.redress.core.model.ReportMade;
import org.redress.core.plan.DocumentOptions;
import org.redress.uk.UkDocumentKinds;
import org.redress.uk.internal.Nation;

/** Witness statements: the police MG11 draft, and the body both it and the civil witness statement share. */
final class Statements {

    /** The Criminal Justice Act 1967 s.9 declaration, as printed on the MG11. */
    static final String S9_DECLARATION = "This statement (consisting of " + ReportDocument.PAGE_COUNT
            + " page(s) each signed by me) is true to "
            + "the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall "
            + "be liable to prosecution if I have wilfully stated in it anything which I know to be false, or do not "
            + "believe to be true.";

    private Statements() {
    }

    /** Refuses a document whose form exists only in England and Wales. */
    static void requireEnglandAndWales(Case c, String what) {
        if (Nation.of(c.jurisdiction()).orElse(null) != Nation.ENGLAND_AND_WALES) {
            throw new InvalidDataException(what, List.of(new Problem("/jurisdiction",
                    "is not England or Wales: this document uses England and Wales forms and law",
                    "Use it only for cases in GB-ENG or GB-WLS; in Scotland or Northern Ireland ask the police or "
                            + "a solicitor there which statement or forms to use.")));
        }
    }

    static ReportDocument mg11(Case c, DocumentOptions options) {
        requireEnglandAndWales(c, "MG11 witness statement");
        Person p = c.subject();
        DocumentKit kit = Docs.kit(c, options, Audience.POLICE);
        Exhibits exhibits = new Exhibits(kit);
        Optional<String> age = age(p, kit.preparedOn());
        var b = kit.start(UkDocumentKinds.MG11_WITNESS_STATEMENT, "Witness statement")
                .subtitle("RESTRICTED (when complete). Criminal Procedure Rules r.16.2; Criminal Justice Act 1967 "
                        + "s.9; Magistrates' Courts Act 1980 s.5B (draft in the MG11 structure)")
                .pageFooter("Signature: ______________________      Signature witnessed by: ______________________");
        b.addHeaderFields(Docs.field("mg11.urn", "URN", Optional.empty()),
                Docs.field("mg11.statementOf", "Statement of", Optional.of(p.name())),
                Docs.field("mg11.age", "Age if under 18", age.filter(a -> !a.equals(OVER_18))),
                Docs.field("mg11.over18", "If over 18, insert 'over 18'", age.filter(a -> a.equals(OVER_18))),
                Docs.field("mg11.occupation", "Occupation", p.occupation()));
        kit.noteForPerson(Docs.draftNotice());
        kit.noteForPerson(Docs.originNotice());
        Sources.cite(kit, "mg11-header");
        Sources.cite(kit, "s9-declaration");
        Sources.cite(kit, "exhibit-labels");
        ImmutableSection.Builder body = Section.builder().heading("Statement");
        body.addBlocks(Declaration.of("Declaration (Criminal Justice Act 1967, s.9)", S9_DECLARATION),
                ImmutableSignatureBlock.builder().label("Signature").name(p.name()).date(kit.preparedOn()).build(),
                ImmutableSignatureBlock.builder().label("Signature witnessed by").build());
        body(c, kit, exhibits, body, b::addMissing, false);
        body.addBlocks(ImmutableSignatureBlock.builder().label("Signature").name(p.name())
                .capacity("Witness").build(),
                ImmutableSignatureBlock.builder().label("Signature witnessed by").build());
        b.addSections(body.build());
        b.addSections(Section.builder().heading("Statement taken by").addBlocks(FieldGrid.of(
                Docs.field("mg11.takenBy", "Statement taken by (print name)", Optional.empty()),
                Docs.field("mg11.takenByRank", "Rank and number", Optional.empty()),
                Docs.field("mg11.takenAt", "Place taken", Optional.empty()),
                Docs.field("mg11.takenTime", "Time started and finished", Optional.empty()))).build());

        ImmutableSection.Builder back = Section.builder().heading("Witness contact details and needs").newPage(true)
                .addBlocks(Paragraph.of("This page is for the police and is not disclosed with the statement."));
        back.addBlocks(FieldGrid.of(
                kit.contact("witness.address", "Home address", "your home address", p.address().map(Docs::oneLine)),
                kit.contact("witness.phone", "Phone", "your phone number", p.phone()),
                kit.contact("witness.email", "E-mail", "your e-mail address", p.email())));
        back.addBlocks(FieldGrid.of(
                kit.contact("witness.safeContact", "Safe way and time to contact", "the safe way and time to "
                        + "contact you", c.safety().safeContact().map(s -> Docs.words(s.method())
                                + s.safeTimes().map(t -> ", " + t).orElse(""))),
                Docs.field("witness.datesToAvoid", "Dates to avoid (court)", Optional.empty()),
                Docs.field("witness.specialMeasures", "Special measures and needs", Optional.empty()),
                Docs.field("witness.vps", "Victim Personal Statement offered", Optional.empty()),
                Docs.field("witness.attendCourt", "Willing to attend court", Optional.empty())));
        b.addSections(back.build());
        return kit.finish(b);
    }

    static final String OVER_18 = "Over 18";

    /**
     * The numbered first-person paragraphs: who the person is, each incident in time order with its exhibits, the
     * people responsible, reports made and the impact. Exhibits are cited by the same label as in the schedule
     * ("SP/1"): "I produce ... as exhibit SP/1" for the police, "marked 'SP/1'" for a civil court.
     */
    static void body(Case c, DocumentKit kit, Exhibits exhibits, ImmutableSection.Builder out,
            java.util.function.Consumer<MissingItem> missing, boolean civil) {
        List<Incident> timeline = Docs.timeline(c);
        if (timeline.isEmpty()) {
            missing.accept(MissingItem.of("/incidents", "At least one incident: when it happened and what happened."));
            return;
        }
        Person me = c.subject();
        String occupation = me.occupation().filter(o -> !o.isBlank())
                .map(o -> "; my occupation is " + DocumentKit.lowerFirst(o.strip().replaceAll("[.]$", "")))
                .orElse("");
        out.addBlocks(Paragraph.numbered("I am " + me.name()
                + (civil ? ", the Claimant" + occupation + ". I make this statement in support of my claim and my "
                + "application for an injunction; the facts in it are within my own knowledge unless I say "
                + "otherwise." : occupation + ".")
                + " This statement describes " + DocumentKit.count(timeline.size(), "incident") + " of harassment "
                + kit.span(timeline.get(0).occurredAt(), timeline.get(timeline.size() - 1).occurredAt())
                + ".", FactOrigin.CASE_RECORD));
        for (Party party : c.parties()) {
            List<String> accounts = party.accounts().stream()
                    .map(a -> a.handle() + " on " + DocumentKit.platformName(a.platform())).toList();
            String who = party.name().isEmpty() && party.relationship() == Relationship.UNKNOWN
                    ? "a person I cannot identify"
                    : Docs.name(party) + ", who is " + relationship(party);
            out.addBlocks(Paragraph.numbered("I refer in this statement to " + who
                    + (accounts.isEmpty() ? "" : (party.name().isEmpty() && party.relationship()
                    == Relationship.UNKNOWN ? ", who" : ", and who") + " used "
                    + (accounts.size() == 1 ? "the account " : "the accounts ") + kit.list(accounts))
                    + ".", FactOrigin.CASE_RECORD));
        }
        for (Incident i : timeline) {
            String locations = Docs.locations(i);
            String where = DocumentKit.via(i) + (locations.isEmpty() ? "" : " (" + locations + ")");
            String what = i.summary().filter(x -> !x.isBlank())
                    .map(x -> ": " + DocumentKit.fullStop(x.strip()))
                    .orElse(", I was subjected to harassment of " + (i.kinds().size() == 1 ? "this kind: "
                            : "these kinds: ") + kit.kinds(i) + ".");
            out.addBlocks(Paragraph.numbered(DocumentKit.sentenceCase(kit.on(i.occurredAt())) + ", " + where
                    + what, FactOrigin.CASE_RECORD));
            if (i.account().isEmpty()) {
                missing.accept(MissingItem.of("/incidents/" + Docs.indexOf(c, i) + "/account",
                        "What happened in " + Docs.incidentName(i, kit) + ", in your own words."));
            }
            out.addBlocks(Docs.accountParagraph(i, ""));
            for (Quote q : i.quotes()) {
                out.addBlocks(Paragraph.numbered("The words were: " + DocumentKit.fullStop(kit.quote(q.text())),
                        FactOrigin.VERBATIM));
            }
            boolean notCopied = false;
            for (String id : Exhibits.evidenceOf(i)) {
                if (exhibits.mustNotShow(id)) {
                    notCopied = true;
                    continue;
                }
                String item = c.evidence(id).map(DocumentKit::exhibitPhrase).orElse("an item");
                if (civil) {
                    out.addBlocks(Paragraph.numbered("I refer to " + item + " marked \u2018"
                            + exhibits.label(id) + "\u2019.", FactOrigin.CASE_RECORD));
                } else {
                    out.addBlocks(Paragraph.numbered("I produce " + item + " as exhibit " + exhibits.label(id) + ".",
                            FactOrigin.CASE_RECORD));
                }
            }
            if (notCopied) {
                String at = Docs.locations(i);
                out.addBlocks(Paragraph.numbered("I have not copied or kept the images. I recorded only where they "
                        + "were" + (at.isEmpty() ? "." : ": " + at + "."), FactOrigin.CASE_RECORD));
            }
        }
        for (ReportMade r : c.reports()) {
            out.addBlocks(Paragraph.numbered("On " + kit.date(r.madeAt().toLocalDate()) + " I reported this to "
                    + Docs.reportedTo(r, c) + r.reference().map(ref -> "; the reference is " + ref).orElse("")
                    + ".", FactOrigin.CASE_RECORD));
        }
        for (ImpactEntry e : kit.impactShown()) {
            out.addBlocks(Paragraph.numbered("On " + kit.date(e.date()) + ", " + impactLead(e) + ": "
                    + DocumentKit.fullStop(e.description().strip()), FactOrigin.PERSONS_ACCOUNT));
        }
        if (kit.reachesOtherParty() && kit.impactShown().size() < c.impact().size()) {
            out.addBlocks(Paragraph.numbered("Some of what I have had to do because of this is left out of this "
                    + "copy for my safety.", FactOrigin.GENERATED));
        }
    }

    /** How an impact entry is introduced in the first person, past tense. */
    private static String impactLead(ImpactEntry e) {
        switch (e.kind()) {
            case WELLBEING:
                return "this affected my wellbeing";
            case MONEY_LOST:
                return "I lost money";
            case WORK_OR_STUDY:
                return "this affected my work or study";
            case SAFETY_CHANGE:
                return "I changed what I do to keep safe";
            case COST:
                return "I had a cost because of this";
            default:
                return "this affected me";
        }
    }

    private static String relationship(Party p) {
        switch (p.relationship()) {
            case CURRENT_PARTNER:
                return "my partner";
            case FORMER_PARTNER:
                return "my former partner";
            case SPOUSE:
                return "my husband or wife";
            case FORMER_SPOUSE:
                return "my former husband or wife";
            case FAMILY:
                return "a member of my family";
            case HOUSEHOLD_MEMBER:
                return "a member of my household";
            case COLLEAGUE:
                return "a colleague or fellow student";
            case FORMER_COLLEAGUE:
                return "a former colleague";
            case CLASSMATE:
                return "someone I study with";
            case ACQUAINTANCE:
                return "someone I know";
            case ONLINE_CONTACT:
                return "someone I know only online";
            case STRANGER:
                return "a stranger to me";
            default:
                return "someone I cannot identify";
        }
    }

    /** The age on the day, or "Over 18"; empty without a date of birth. */
    static Optional<String> age(Person p, LocalDate on) {
        if (p.dateOfBirth().isEmpty()) {
            return Optional.empty();
        }
        int years = Period.between(p.dateOfBirth().get(), on).getYears();
        return Optional.of(years < 18 ? String.valueOf(years) : OVER_18);
    }
}
