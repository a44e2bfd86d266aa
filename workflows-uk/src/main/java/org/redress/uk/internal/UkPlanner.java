package org.redress.uk.internal;

import static org.redress.core.plan.StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL;
import static org.redress.core.plan.StandardWarnings.DO_NOT_RETALIATE;
import static org.redress.core.plan.StandardWarnings.HARASSER_MAY_BE_ALERTED;
import static org.redress.core.plan.StandardWarnings.IMMEDIATE_DANGER;
import static org.redress.core.plan.StandardWarnings.KEEP_EVIDENCE;
import static org.redress.core.plan.StandardWarnings.NEVER_PAY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.ReportStatus;
import org.redress.core.plan.Dependency;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.StepDraft;
import org.redress.core.plan.StepPhase;
import org.redress.core.plan.Warning;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.LegalBasisKind;
import org.redress.uk.UkDocumentKinds;
import org.redress.uk.UkRouteIds;
import org.redress.uk.UkWarnings;

/**
 * The UK planning rules. Stateless and thread-safe; total for every valid case in GB-ENG, GB-WLS, GB-SCT or GB-NIR,
 * and deterministic: the plan depends only on the case, the context's time and the pack's data.
 */
public final class UkPlanner {

    private static final Set<HarassmentKind> OFFENSIVE = EnumSet.of(HarassmentKind.BULLYING, HarassmentKind.TROLLING,
            HarassmentKind.HATE, HarassmentKind.PILE_ON, HarassmentKind.AI_GENERATED_ABUSE, HarassmentKind.OTHER);

    private final RouteData data;

    /** A planner over the pack's data. */
    public UkPlanner(RouteData data) {
        this.data = data;
    }

    /** Plans a case in a UK jurisdiction. */
    public Plan plan(Case c, Nation nation, String packId, PlanningContext context) {
        CaseFacts f = new CaseFacts(c, nation);
        List<StepDraft> steps = new ArrayList<>();
        safety(f, steps);
        evidence(f, steps);
        report(f, steps);
        removal(f, context, steps);
        escalation(f, steps);
        legal(f, steps);
        support(f, steps);

        Set<String> used = new LinkedHashSet<>();
        List<PlanStep> built = new ArrayList<>(steps.size());
        for (StepDraft d : steps) {
            PlanStep step = build(d, f);
            used.addAll(step.getWarningIds());
            built.add(step);
        }
        List<Warning> warnings = new ArrayList<>();
        for (Warning w : Warnings.ALL) {
            if (used.contains(w.getId())) {
                warnings.add(w);
            }
        }
        return Plan.builder().caseId(c.getId()).jurisdiction(c.getJurisdiction()).packId(packId)
                .asOf(context.getAsOf()).steps(built).warnings(warnings).build();
    }

    // ------------------------------------------------------------------ phases

    private void safety(CaseFacts f, List<StepDraft> steps) {
        boolean danger = f.c.getSafety().isInImmediateDanger();
        boolean fears = f.c.getSafety().isFearsViolence();
        if (danger || fears || !f.offline.isEmpty() || !f.threats.isEmpty()) {
            StepDraft d = draft(f, UkRouteIds.EMERGENCY, StepPhase.SAFETY);
            if (danger) {
                d.reason("You said you are in immediate danger: call 999 now, before anything else.");
                d.warn(IMMEDIATE_DANGER);
            }
            if (fears) {
                d.reason("You fear the harasser may hurt you: if that fear becomes immediate, call 999.");
            }
            if (!f.offline.isEmpty()) {
                d.reason("The harasser came to, or threatened to come to, your home, work or school: if they do, "
                        + "call 999.", f.offline);
            }
            if (!f.threats.isEmpty()) {
                d.reason("You were threatened with violence: if you think a threat may be carried out soon, call 999.",
                        f.threats);
            }
            steps.add(d);
        }
        if (f.c.getSafety().isThoughtsOfSelfHarm()) {
            for (String id : List.of(UkRouteIds.SAMARITANS, UkRouteIds.SHOUT)) {
                steps.add(draft(f, id, StepPhase.SAFETY)
                        .reason("You said you have had thoughts of harming yourself: support is there at any time.")
                        .warn(UkWarnings.SELF_HARM_SUPPORT));
            }
        }
    }

    private void evidence(CaseFacts f, List<StepDraft> steps) {
        StepDraft d = draft(f, UkRouteIds.PRESERVE_EVIDENCE, StepPhase.EVIDENCE)
                .reason("Every route below needs the evidence, and platforms keep data only for limited periods: "
                        + "preserve it before reporting, blocking or asking for removal.", f.all)
                .warn(KEEP_EVIDENCE).warn(DO_NOT_RETALIATE)
                .documents(UkDocumentKinds.HARASSMENT_LOG, UkDocumentKinds.EVIDENCE_SCHEDULE);
        if (!f.child.isEmpty()) {
            d.reason("Some incidents involve sexual images of someone under 18: record only where they are and what "
                    + "you saw; never capture or copy the images.", f.child).warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        if (!f.demands.isEmpty()) {
            d.reason("Keep the demands and any payment details: they are evidence.", f.demands).warn(NEVER_PAY);
        }
        if (f.c.getEvidence().isEmpty()) {
            d.missing("/evidence", "No evidence has been preserved yet: capture screenshots or saved pages of each "
                    + "incident (never of sexual images of anyone under 18).");
        }
        steps.add(d);
    }

    private void report(CaseFacts f, List<StepDraft> steps) {
        StepDraft police = draft(f, UkRouteIds.POLICE, StepPhase.REPORT)
                .warn(KEEP_EVIDENCE).warn(DO_NOT_RETALIATE)
                .documents(UkDocumentKinds.HARASSMENT_LOG, UkDocumentKinds.EVIDENCE_SCHEDULE);
        switch (f.nation) {
            case SCOTLAND:
                police.reason("You are in Scotland: report to Police Scotland (101, or 999 in an emergency).", f.all);
                break;
            case NORTHERN_IRELAND:
                police.reason("You are in Northern Ireland: report to the PSNI (101, or 999 in an emergency).", f.all);
                break;
            default:
                police.reason("Report to your local police force (101, or 999 in an emergency). The witness "
                        + "statement draft follows the police MG11 structure.", f.all);
                police.documents(UkDocumentKinds.MG11_WITNESS_STATEMENT);
        }
        if (f.courseOfConduct()) {
            police.reason("There are " + f.all.size() + " incidents: repeated conduct may amount to a course of "
                    + "conduct (at least two occasions), which harassment and stalking offences require.", f.all);
        }
        if (!f.demands.isEmpty()) {
            police.reason(f.nation == Nation.SCOTLAND
                    ? "Demands were made under threat. In Scotland, report demands and fraud to Police Scotland "
                            + "(Report Fraud does not cover Scotland)."
                    : "Demands were made under threat: report them to the police as well as to Report Fraud.",
                    f.demands).warn(NEVER_PAY);
        }
        if (!f.child.isEmpty()) {
            police.reason("Sexual images of someone under 18 are involved: the police deal with the person "
                    + "responsible. Give them the web addresses, never copies.", f.child)
                    .warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        if (!f.hate.isEmpty()) {
            police.reason("Some incidents targeted who you are: tell the police you believe it was hate-motivated.",
                    f.hate);
        }
        police.offences(offences(f));
        police.notes(offenceNotes(f));
        if (f.c.getEvidence().isEmpty()) {
            police.missing("/evidence", "Evidence of the incidents (screenshots, saved pages, messages).");
        }
        if (f.c.getSafety().getSafeContact().isEmpty()) {
            police.missing("/safety/safeContact", "A safe way and time for the police to contact you.");
        }
        steps.add(police);

        if (!f.demands.isEmpty() && f.nation != Nation.SCOTLAND) {
            StepDraft fraud = draft(f, UkRouteIds.REPORT_FRAUD, StepPhase.REPORT)
                    .reason("Money or something else was demanded under threat: report it to Report Fraud (formerly "
                            + "Action Fraud), which covers England, Wales and Northern Ireland.", f.demands)
                    .warn(NEVER_PAY).warn(KEEP_EVIDENCE)
                    .documents(UkDocumentKinds.REPORT_FRAUD_SUMMARY)
                    .note("Whether Report Fraud takes reports of sextortion was not checked: report to the police "
                            + "as well.");
            if (!f.paid.isEmpty()) {
                fraud.reason("You paid something: tell your bank straight away, and give Report Fraud the payment "
                        + "details.", f.paid);
            }
            if (f.nation == Nation.ENGLAND_AND_WALES) {
                fraud.offence(data.offence("uk.theft-act-1968-s21"));
            }
            if (f.kinds.contains(HarassmentKind.IMPERSONATION)) {
                fraud.offence(data.offence("uk.fraud-act-2006-s2"));
            }
            steps.add(fraud);
        }
        if (!f.child.isEmpty()) {
            steps.add(draft(f, UkRouteIds.IWF, StepPhase.REPORT)
                    .reason("Sexual images of someone under 18 are involved: report where they are (the web "
                            + "address) to the Internet Watch Foundation. You can report anonymously.", f.child)
                    .warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL));
        }
    }

    private void removal(CaseFacts f, PlanningContext context, List<StepDraft> steps) {
        if (!f.online.isEmpty()) {
            StepDraft d = draft(f, UkRouteIds.PLATFORM_REPORT, StepPhase.REMOVAL)
                    .reason("Report each post, message or account to the service it is on (or to the website's "
                            + "hosting provider), after preserving it.", f.online)
                    .warn(KEEP_EVIDENCE).documents(UkDocumentKinds.PLATFORM_REPORT);
            List<String> childOnline = intersect(f.online, f.child);
            if (!childOnline.isEmpty()) {
                d.reason("For incidents involving sexual images of someone under 18, give the platform only the web "
                        + "address: never attach or upload the images.", childOnline)
                        .warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
            }
            for (int i = 0; i < f.c.getIncidents().size(); i++) {
                Incident inc = f.c.getIncidents().get(i);
                if (inc.getLocations().isEmpty() && f.online.contains(inc.getId())) {
                    d.missing("/incidents/" + i + "/locations",
                            "Where the content is (its web address or post id), so the platform can find it.");
                }
            }
            for (String key : platformsOf(f)) {
                data.platform(java.util.Optional.of(key)).getProvenance().unverifiedNote()
                        .ifPresent(n -> d.note(data.platform(java.util.Optional.of(key)).getName() + ": " + n));
            }
            steps.add(d);
        }
        if (!f.adultIntimate.isEmpty()) {
            steps.add(draft(f, UkRouteIds.REVENGE_PORN_HELPLINE, StepPhase.REMOVAL)
                    .reason("Intimate images of you were shared, threatened or faked: the Revenge Porn Helpline helps "
                            + "adults get them removed and blocked.", f.adultIntimate)
                    .warn(KEEP_EVIDENCE));
        }
        if (!f.ownImagesUnder18.isEmpty()) {
            boolean under18 = f.personMayBeUnder18(context.getAsOf().toLocalDate());
            if (under18) {
                steps.add(draft(f, UkRouteIds.REPORT_REMOVE, StepPhase.REMOVAL)
                        .reason("Sexual images of you from when you were under 18 are involved: if you are still "
                                + "under 18, Report Remove (Childline and the IWF) can try to get them taken down. "
                                + "You share them only inside Report Remove, never anywhere else.", f.ownImagesUnder18)
                        .warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL));
            }
        }
    }

    private void escalation(CaseFacts f, List<StepDraft> steps) {
        if (f.online.isEmpty()) {
            return;
        }
        var platformReport = f.report(UkRouteIds.PLATFORM_REPORT);
        boolean failed = platformReport.isPresent() && (platformReport.get().getStatus() == ReportStatus.NO_ACTION
                || platformReport.get().getStatus() == ReportStatus.REJECTED);
        StepDraft rhc = draft(f, UkRouteIds.REPORT_HARMFUL_CONTENT, StepPhase.ESCALATION)
                .reason(failed ? "The platform did not act on your report: Report Harmful Content can review its "
                        + "response and escalate."
                        : "If the platform does not act or reply (about a week with no reply), Report Harmful "
                                + "Content can review its response and escalate.",
                        platformReport.map(r -> r.getIncidentIds()).orElse(f.online))
                .depends(Dependency.of(UkRouteIds.PLATFORM_REPORT, true,
                        "Report Harmful Content needs your report to the platform and the platform's response."));
        if (platformReport.isEmpty()) {
            rhc.missing("/reports", "Your report to the platform and its response (or that it did not reply).");
        }
        steps.add(rhc);
        StepDraft ofcom = draft(f, UkRouteIds.OFCOM, StepPhase.ESCALATION)
                .reason("You can tell Ofcom how the platform handled your report. Ofcom cannot respond to or "
                        + "investigate individual complaints and will not remove content: your report helps it judge "
                        + "whether the platform meets its duties.", f.online)
                .depends(Dependency.of(UkRouteIds.PLATFORM_REPORT, true,
                        "Ofcom expects you to report to the platform first."))
                .documents(UkDocumentKinds.OFCOM_NOTIFICATION);
        if (platformReport.isEmpty()) {
            ofcom.missing("/reports", "Your report to the platform: when you made it and what happened.");
        }
        steps.add(ofcom);
    }

    private void legal(CaseFacts f, List<StepDraft> steps) {
        boolean alert = f.harasserCanFindThem();
        if (f.stalkingIndicated() && f.nation != Nation.SCOTLAND) {
            List<String> why = union(f.stalking, f.offline);
            StepDraft d = draft(f, UkRouteIds.STALKING_PROTECTION_ORDER, StepPhase.LEGAL)
                    .reason("There are signs of stalking. Only the police can apply for a Stalking Protection Order: "
                            + "ask the officer in your case to consider applying for one.", why)
                    .depends(Dependency.of(UkRouteIds.POLICE, true,
                            "The police make the application, so they need your report first."))
                    .warn(HARASSER_MAY_BE_ALERTED);
            d.offences(civilBases(f, UkRouteIds.STALKING_PROTECTION_ORDER));
            if (f.report(UkRouteIds.POLICE).isEmpty()) {
                d.missing("/reports", "A police report about the stalking (a crime reference number).");
            }
            alertReason(d, f, alert);
            steps.add(d);
        }
        if (!f.courseOfConduct() || f.respondent.isEmpty()) {
            return;
        }
        int partyIndex = f.c.getParties().indexOf(f.respondent.get());
        if (f.nation == Nation.SCOTLAND) {
            StepDraft d = draft(f, UkRouteIds.NON_HARASSMENT_ORDER, StepPhase.LEGAL)
                    .reason("There are at least two incidents by someone you can name or identify: in Scotland you can "
                            + "ask a civil court for a non-harassment order or an interdict.", f.all)
                    .depends(Dependency.of(UkRouteIds.POLICE, false,
                            "A police report helps; a criminal court can also make a non-harassment order."))
                    .warn(HARASSER_MAY_BE_ALERTED).warn(DO_NOT_RETALIATE);
            d.offences(civilBases(f, UkRouteIds.NON_HARASSMENT_ORDER));
            respondentMissing(d, f, partyIndex);
            alertReason(d, f, alert);
            steps.add(d);
            return;
        }
        StepDraft d = draft(f, UkRouteIds.CIVIL_INJUNCTION, StepPhase.LEGAL)
                .reason("There are at least two incidents by someone you can name or identify: you can ask a civil "
                        + "court for an injunction against harassment.", f.all)
                .depends(Dependency.of(UkRouteIds.POLICE, false,
                        "A crime reference number strengthens an injunction application."))
                .warn(HARASSER_MAY_BE_ALERTED).warn(DO_NOT_RETALIATE);
        d.offences(civilBases(f, UkRouteIds.CIVIL_INJUNCTION));
        if (f.nation == Nation.ENGLAND_AND_WALES) {
            d.documents(UkDocumentKinds.CIVIL_INJUNCTION_PACK, UkDocumentKinds.EVIDENCE_SCHEDULE);
        } else {
            d.note("Northern Ireland: the court procedure and forms for a harassment injunction were not checked; "
                    + "this library drafts only the England and Wales forms. Get advice from a solicitor.");
        }
        respondentMissing(d, f, partyIndex);
        alertReason(d, f, alert);
        steps.add(d);
    }

    private void support(CaseFacts f, List<StepDraft> steps) {
        boolean knowsAddress = f.c.getSafety().isHarasserKnowsAddress();
        if (f.domesticParty || f.harasserCanFindThem()) {
            StepDraft d = draft(f, UkRouteIds.NATIONAL_DOMESTIC_ABUSE_HELPLINE, StepPhase.SUPPORT);
            if (f.domesticParty) {
                d.reason("The person harassing you is, or was, a partner or family member: specialist domestic abuse "
                        + "support can help you plan your safety, including online.");
            }
            if (knowsAddress) {
                d.reason("The harasser knows where you live: if they are, or were, a partner or family member, this "
                        + "helpline can help you plan your safety before you take any step they may find out about.");
            }
            steps.add(d);
        }
        if (f.stalkingIndicated() || knowsAddress) {
            steps.add(draft(f, UkRouteIds.NATIONAL_STALKING_HELPLINE, StepPhase.SUPPORT)
                    .reason(f.stalkingIndicated() ? "There are signs of stalking: the National Stalking Helpline "
                            + "gives specialist advice." : "The harasser knows where you live: the National Stalking "
                            + "Helpline can advise on staying safe.", union(f.stalking, f.offline)));
            if (f.stalkingIndicated() && (f.c.getSafety().isFearsViolence() || !f.offline.isEmpty())) {
                steps.add(draft(f, UkRouteIds.PALADIN, StepPhase.SUPPORT)
                        .reason("Stalking with fear of violence or contact offline: a specialist stalking advocate "
                                + "can support you through reporting and court.", union(f.stalking, f.offline)));
            }
        }
        if (!f.lgbtHate.isEmpty()) {
            steps.add(draft(f, UkRouteIds.GALOP, StepPhase.SUPPORT)
                    .reason("You were targeted for your sexual orientation or gender identity: Galop supports LGBT+ "
                            + "people facing abuse.", f.lgbtHate));
        }
        steps.add(draft(f, UkRouteIds.CYBER_HELPLINE, StepPhase.SUPPORT)
                .reason("The Cyber Helpline gives free expert help with online harm: securing accounts, "
                        + "impersonation, monitoring and sextortion."));
        if (f.nation == Nation.ENGLAND_AND_WALES) {
            steps.add(draft(f, UkRouteIds.VICTIM_SUPPORT, StepPhase.SUPPORT)
                    .reason("Victim Support helps victims of crime in England and Wales, whether or not you report."));
        }
        if (!f.c.getSafety().isThoughtsOfSelfHarm()) {
            String why = f.selfHarmEncouraged.isEmpty()
                    ? "Harassment is hard to live with: you can talk to someone at any time."
                    : "Someone encouraged you to harm yourself: you can talk to someone at any time.";
            steps.add(draft(f, UkRouteIds.SAMARITANS, StepPhase.SUPPORT).reason(why, f.selfHarmEncouraged));
            steps.add(draft(f, UkRouteIds.SHOUT, StepPhase.SUPPORT).reason(why, f.selfHarmEncouraged));
        }
    }

    // ------------------------------------------------------------------ law

    /** The offences the incidents may amount to, in the case's legal system. */
    private List<LegalBasis> offences(CaseFacts f) {
        Set<String> ids = new LinkedHashSet<>();
        boolean course = f.courseOfConduct();
        boolean stalking = f.stalkingIndicated();
        boolean fear = f.c.getSafety().isFearsViolence() || !f.threats.isEmpty();
        boolean offensive = !Collections.disjoint(f.kinds, OFFENSIVE);
        boolean intimate = !f.adultIntimate.isEmpty() || !f.ownImagesUnder18.isEmpty();
        switch (f.nation) {
            case ENGLAND_AND_WALES:
                addIf(ids, course, "uk.pha-1997-s2");
                addIf(ids, course && stalking, "uk.pha-1997-s2a");
                addIf(ids, course && fear, stalking ? "uk.pha-1997-s4a" : "uk.pha-1997-s4");
                addIf(ids, offensive, "uk.mca-1988-s1");
                addIf(ids, offensive, "uk.ca-2003-s127");
                addIf(ids, f.kinds.contains(HarassmentKind.RUMOURS_OR_DEFAMATION), "uk.osa-2023-s179");
                addIf(ids, !f.threats.isEmpty() || !f.demands.isEmpty(), "uk.osa-2023-s181");
                addIf(ids, f.kinds.contains(HarassmentKind.CYBERFLASHING), "uk.soa-2003-s66a");
                addIf(ids, intimate, "uk.soa-2003-s66b");
                addIf(ids, f.kinds.contains(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE), "uk.soa-2003-s66e");
                addIf(ids, !f.demands.isEmpty(), "uk.theft-act-1968-s21");
                break;
            case NORTHERN_IRELAND:
                addIf(ids, course, "uk.phnio-1997-art4");
                addIf(ids, course && stalking, "uk.psa-ni-2022-s1");
                addIf(ids, fear || offensive, "uk.psa-ni-2022-s2");
                addIf(ids, offensive, "uk.ca-2003-s127");
                addIf(ids, f.kinds.contains(HarassmentKind.RUMOURS_OR_DEFAMATION), "uk.osa-2023-s179");
                addIf(ids, !f.threats.isEmpty() || !f.demands.isEmpty(), "uk.osa-2023-s181");
                break;
            default:
                addIf(ids, course && stalking, "uk.cjlsa-2010-s39");
                addIf(ids, fear || offensive, "uk.cjlsa-2010-s38");
                addIf(ids, offensive, "uk.ca-2003-s127");
                addIf(ids, intimate, "uk.absha-2016-s2");
        }
        addIf(ids, !f.selfHarmEncouraged.isEmpty(), "uk.osa-2023-s184");
        addIf(ids, f.kinds.contains(HarassmentKind.HACKING_OR_ACCOUNT_COMPROMISE), "uk.cma-1990-s1");
        addIf(ids, f.nation != Nation.SCOTLAND && f.kinds.contains(HarassmentKind.IMPERSONATION)
                && !f.demands.isEmpty(), "uk.fraud-act-2006-s2");
        List<LegalBasis> out = new ArrayList<>();
        ids.forEach(id -> out.add(data.offence(id)));
        return out;
    }

    /** Notes about offences this pack could not check for the case's legal system. */
    private static List<String> offenceNotes(CaseFacts f) {
        List<String> notes = new ArrayList<>();
        boolean intimate = !f.adultIntimate.isEmpty() || !f.ownImagesUnder18.isEmpty();
        if (f.nation == Nation.NORTHERN_IRELAND && (intimate || f.kinds.contains(HarassmentKind.CYBERFLASHING))) {
            notes.add("Northern Ireland's offences for sharing intimate images and cyberflashing were not checked; "
                    + "the England and Wales sections (SOA 2003 ss.66A-66B) do not apply there.");
        }
        if (f.nation == Nation.NORTHERN_IRELAND && !f.demands.isEmpty()) {
            notes.add("Northern Ireland's blackmail offence was not checked; the Theft Act 1968 s.21 is England and "
                    + "Wales law.");
        }
        if (f.nation == Nation.SCOTLAND && !f.demands.isEmpty()) {
            notes.add("The Scottish law on demands with threats (extortion) was not checked.");
        }
        if (f.nation == Nation.SCOTLAND && f.kinds.contains(HarassmentKind.CYBERFLASHING)) {
            notes.add("The Scottish offence for sending unwanted sexual images was not checked.");
        }
        return notes;
    }

    /** The route's own civil or order bases, and the harassment offence, for a legal step. */
    private List<LegalBasis> civilBases(CaseFacts f, String routeId) {
        List<LegalBasis> out = new ArrayList<>();
        for (LegalBasis b : data.route(routeId, f.c.getJurisdiction()).getLegalBasis()) {
            if (b.getKind() == LegalBasisKind.CIVIL_CLAIM || b.getKind() == LegalBasisKind.CIVIL_ORDER) {
                out.add(b);
            }
        }
        return out;
    }

    private static void respondentMissing(StepDraft d, CaseFacts f, int partyIndex) {
        var p = f.respondent.get();
        if (p.getName().isEmpty()) {
            d.missing("/parties/" + partyIndex + "/name", "The name of the person the order would be against.");
        }
        if (p.getAddress().isEmpty()) {
            d.missing("/parties/" + partyIndex + "/address", "An address where the papers can be served on them.");
        }
    }

    private static void alertReason(StepDraft d, CaseFacts f, boolean alert) {
        if (alert) {
            d.reason("The harasser is, or was, your partner or knows where you live: plan your safety before this "
                    + "step, because they will be told about it.");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The step, warning about child abuse material where it concerns it, and marked done by an earlier report. */
    private static PlanStep build(StepDraft d, CaseFacts f) {
        if (d.concernsAny(f.childSet)) {
            d.warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        f.report(d.route().getId()).ifPresent(r -> d.doneBy(r.getId()));
        return d.build(UkWarnings.ALL);
    }

    private StepDraft draft(CaseFacts f, String routeId, StepPhase phase) {
        return new StepDraft(data.route(routeId, f.c.getJurisdiction()), phase);
    }

    private static List<String> platformsOf(CaseFacts f) {
        Set<String> keys = new LinkedHashSet<>();
        for (Incident i : f.c.getIncidents()) {
            i.getPlatform().ifPresent(keys::add);
        }
        return new ArrayList<>(keys);
    }

    private static void addIf(Set<String> ids, boolean condition, String id) {
        if (condition) {
            ids.add(id);
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }

    private static List<String> intersect(List<String> a, List<String> b) {
        Set<String> in = Set.copyOf(b);
        return a.stream().filter(in::contains).toList();
    }

}
