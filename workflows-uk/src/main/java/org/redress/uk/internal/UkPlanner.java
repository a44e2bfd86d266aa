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
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportOutcome;
import org.redress.core.model.ReportStatus;
import org.redress.core.plan.SafetyAssessment;
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

    /** Kinds whose content may be grossly offensive, threatening or abusive. "Other" records no such element. */
    private static final Set<HarassmentKind> OFFENSIVE = EnumSet.of(HarassmentKind.BULLYING, HarassmentKind.TROLLING,
            HarassmentKind.HATE, HarassmentKind.PILE_ON, HarassmentKind.AI_GENERATED_ABUSE);

    private static final String CHILD_IMAGE = "childImage";
    private static final Map<SafetyAssessment.DangerSignal, String> DANGER_REASONS = new EnumMap<>(Map.of(
            SafetyAssessment.DangerSignal.FLAGGED, "You said you are in immediate danger.",
            SafetyAssessment.DangerSignal.THREAT_IMMINENT, "A threat of violence is to be carried out now or soon.",
            SafetyAssessment.DangerSignal.THREAT_DUE_SOON, "A threat of violence is due within a day.",
            SafetyAssessment.DangerSignal.THREAT_AT_PLACE, "A threat of violence names a place in your life, such as "
                    + "your home, work or school.",
            SafetyAssessment.DangerSignal.WEAPON, "A weapon was shown or mentioned.",
            SafetyAssessment.DangerSignal.HARASSER_NEARBY, "The harasser is, or says they are, near you now.",
            SafetyAssessment.DangerSignal.OTHERS_URGED, "Others were urged to go to your home, work or school.",
            SafetyAssessment.DangerSignal.TEXT_CUE, "A recent message ties a threat to a time or a place, mentions a "
                    + "weapon, or urges someone to visit you."));

    private final RouteData data;

    /** A planner over the pack's data. */
    public UkPlanner(RouteData data) {
        this.data = data;
    }

    /** Plans a case in a UK jurisdiction: one method per planning phase, then each step built once. */
    public Plan plan(Case c, Nation nation, String packId, PlanningContext context) {
        CaseFacts f = new CaseFacts(c, nation, context.asOf());
        List<StepDraft> steps = new ArrayList<>();
        safety(f, steps);
        evidence(f, steps);
        report(f, steps);
        removal(f, steps);
        escalation(f, context, steps);
        legal(f, steps);
        support(f, steps);

        Set<String> used = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> childIncidents = Set.copyOf(f.childIncidents);
        List<PlanStep> built = new ArrayList<>(steps.size());
        for (StepDraft d : steps) {
            if (!servesPerson(d, f, childIncidents) || !seen.add(d.route().id())) {
                continue;
            }
            PlanStep step = build(d, f);
            used.addAll(step.warningIds());
            built.add(step);
        }
        String variant = f.child.isEmpty() && f.unknownAgeIntimate.isEmpty() ? "" : CHILD_IMAGE;
        List<Warning> warnings = new ArrayList<>();
        for (String id : UkWarnings.ALL) {
            if (used.contains(id)) {
                warnings.add(data.warning(id, variant));
            }
        }
        return Plan.builder().caseId(c.id()).jurisdiction(c.jurisdiction()).packId(packId)
                .asOf(context.asOf()).steps(built).warnings(warnings).build();
    }

    /** Whether the step's route serves the person: their age now, and no adult-only route for a child's incident. */
    private static boolean servesPerson(StepDraft d, CaseFacts f, Set<String> childIncidents) {
        var r = d.route();
        if (f.safety.ageNowYears().isPresent() && !r.servesAge(f.safety.ageNowYears().getAsInt())) {
            return false;
        }
        return !(r.isAdultsOnly() && (f.safety.ageNow() == SafetyAssessment.AgeAtTime.CHILD
                || d.concernsAny(childIncidents)));
    }

    // ------------------------------------------------------------------ phases

    private void safety(CaseFacts f, List<StepDraft> steps) {
        SafetyAssessment s = f.safety;
        boolean fears = f.c.safety().isFearsViolence();
        if (s.immediateDanger()) {
            StepDraft d = new StepDraft(data.route(UkRouteIds.EMERGENCY, f.c.jurisdiction(), "danger"),
                    StepPhase.SAFETY).warn(IMMEDIATE_DANGER);
            StringBuilder why = new StringBuilder();
            for (SafetyAssessment.DangerSignal signal : s.signals()) {
                why.append(DANGER_REASONS.get(signal)).append(' ');
            }
            d.reason(why.append(data.text("Call {uk.emergency/Emergency} now, before anything else.")).toString(),
                    s.dangerIncidentIds());
            steps.add(d);
        } else if (fears || !f.offline.isEmpty() || !f.threats.isEmpty()) {
            StepDraft d = draft(f, UkRouteIds.EMERGENCY, StepPhase.SAFETY);
            if (fears) {
                d.reason(data.text("You fear the harasser may hurt you: if that fear becomes immediate, call "
                        + "{uk.emergency/Emergency}."));
            }
            if (!f.offline.isEmpty()) {
                d.reason(data.text("The harasser came to, or threatened to come to, your home, work or school: if "
                        + "they come again, call {uk.emergency/Emergency}."), f.offline);
            }
            if (!f.threats.isEmpty()) {
                d.reason(data.text("You were threatened with violence: if you think a threat may be carried out "
                        + "soon, call {uk.emergency/Emergency}."), f.threats);
            }
            steps.add(d);
        }
        if (f.c.safety().isThoughtsOfSelfHarm()) {
            for (String id : List.of(UkRouteIds.SAMARITANS, UkRouteIds.SHOUT, UkRouteIds.CHILDLINE)) {
                if (id.equals(UkRouteIds.CHILDLINE) && !f.mayBeChildNow()) {
                    continue;
                }
                steps.add(draft(f, id, StepPhase.SAFETY)
                        .reason("You said you have had thoughts of harming yourself: support is there at any time.")
                        .warn(UkWarnings.SELF_HARM_SUPPORT));
            }
        }
        if (f.domesticParty) {
            steps.add(draft(f, UkRouteIds.NATIONAL_DOMESTIC_ABUSE_HELPLINE, StepPhase.SAFETY)
                    .reason("The person harassing you is, or was, a partner or family member: plan your safety with a "
                            + "specialist domestic abuse service first, before any step they may find out about.")
                    .warn(UkWarnings.PLAN_YOUR_SAFETY));
        }
    }

    private void evidence(CaseFacts f, List<StepDraft> steps) {
        boolean childImage = !f.child.isEmpty();
        // An intimate image of someone whose age then is unknown may be a child's: no advice to screenshot it.
        boolean mayBeChildImage = childImage || !f.unknownAgeIntimate.isEmpty();
        StepDraft d = new StepDraft(mayBeChildImage
                ? data.route(UkRouteIds.PRESERVE_EVIDENCE, f.c.jurisdiction(), CHILD_IMAGE)
                : data.route(UkRouteIds.PRESERVE_EVIDENCE, f.c.jurisdiction()), StepPhase.EVIDENCE)
                .reason("Every route below needs a record of what happened, and platforms keep data only for limited "
                        + "periods: keep it before reporting, blocking or asking for removal.", f.all)
                .warn(KEEP_EVIDENCE).warn(DO_NOT_RETALIATE)
                .documents(UkDocumentKinds.HARASSMENT_LOG, UkDocumentKinds.EVIDENCE_SCHEDULE);
        if (childImage) {
            d.reason("Some incidents involve sexual images of someone under 18: record only where they are and what "
                    + "you saw; never save, screenshot or forward the images or the chat that holds them.", f.child)
                    .warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        if (!f.demands.isEmpty()) {
            d.reason("Keep a record of the demands and any payment details: they are evidence.", f.demands)
                    .warn(NEVER_PAY);
        }
        if (!f.unknownAgeIntimate.isEmpty()) {
            d.reason("If you were under 18 when the intimate images were taken, they are child sexual abuse material: "
                    + "record only where they are and what you saw, and never save, screenshot or forward them.",
                    f.unknownAgeIntimate).warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        if (f.c.evidence().isEmpty()) {
            d.missing("/evidence", mayBeChildImage
                    ? "A record of each incident: where it is (web address, account name), when, and what you saw."
                    : "A record of each incident: captured screenshots or saved pages.");
        }
        steps.add(d);
        if (!f.accountTakeover.isEmpty()) {
            StepDraft secure = draft(f, UkRouteIds.SECURE_ACCOUNTS, StepPhase.EVIDENCE)
                    .reason("Someone got into your account: once the evidence is preserved, take the account back and "
                            + "secure your other accounts and devices.", f.accountTakeover)
                    .warn(UkWarnings.ACCOUNT_RECOVERY_MAY_ALERT).warn(KEEP_EVIDENCE);
            if (f.harasserCanFindThem() || f.domesticParty) {
                secure.reason("The harasser is, or was, close to you or knows where you live: plan your safety "
                        + "before taking the account back, because they may notice.").warn(UkWarnings.PLAN_YOUR_SAFETY);
            }
            steps.add(secure);
        }
    }

    private void report(CaseFacts f, List<StepDraft> steps) {
        boolean minor = f.minor();
        if (minor && !f.online.isEmpty() && f.hate.isEmpty()) {
            return;
        }
        StepDraft police = draft(f, UkRouteIds.POLICE, StepPhase.REPORT)
                .warn(KEEP_EVIDENCE).warn(DO_NOT_RETALIATE)
                .documents(UkDocumentKinds.HARASSMENT_LOG, UkDocumentKinds.EVIDENCE_SCHEDULE);
        switch (f.nation) {
            case SCOTLAND:
                police.reason(data.text("You are in Scotland: report to Police Scotland ({uk.police/Non-emergency "
                        + "police}, or {uk.emergency/Emergency} in an emergency)."), f.all);
                break;
            case NORTHERN_IRELAND:
                police.reason(data.text("You are in Northern Ireland: report to the PSNI ({uk.police/Non-emergency "
                        + "police}, or {uk.emergency/Emergency} in an emergency)."), f.all);
                break;
            default:
                police.reason(data.text("Report to your local police force ({uk.police/Non-emergency police}, or "
                        + "{uk.emergency/Emergency} in an emergency). The witness statement draft follows the police "
                        + "MG11 structure."), f.all);
                police.documents(UkDocumentKinds.MG11_WITNESS_STATEMENT);
        }
        if (f.courseOfConduct()) {
            police.reason("There are " + org.redress.core.document.DocumentKit.count(f.all.size(), "incident")
                    + ": repeated conduct may amount to a course of conduct (at least two occasions), which "
                    + "harassment and stalking offences require.", f.all);
        }
        List<String> otherDemands = union(f.adultDemands, f.unknownAgeDemands);
        if (!otherDemands.isEmpty()) {
            police.reason(f.nation == Nation.SCOTLAND
                    ? "Demands were made under threat. In Scotland, report demands and fraud to Police Scotland "
                            + "(Report Fraud does not cover Scotland)."
                    : intersect(f.moneyDemands, otherDemands).isEmpty()
                            ? "Demands were made under threat: report them to the police."
                            : "Demands were made under threat: report them to the police as well as to Report Fraud.",
                    otherDemands).warn(NEVER_PAY);
        }
        if (!f.childDemands.isEmpty()) {
            police.reason("You were under 18 when someone demanded money or more images under threat: this is child "
                    + "sexual exploitation, a police matter. Report it to the police and CEOP.", f.childDemands)
                    .warn(NEVER_PAY);
        }
        if (!f.child.isEmpty()) {
            police.reason("Sexual images of someone under 18 are involved: the police deal with the person "
                    + "responsible. Tell them where the images are, never send copies.", f.child)
                    .warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        if (!f.hate.isEmpty()) {
            police.reason("Some incidents targeted who you are: tell the police you believe it was hate-motivated.",
                    f.hate);
        }
        police.offences(offences(f));
        police.notes(offenceNotes(f));
        if (f.c.evidence().isEmpty()) {
            police.missing("/evidence", f.child.isEmpty() && f.unknownAgeIntimate.isEmpty()
                    ? "Evidence of the incidents (screenshots, saved pages, messages)."
                    : "A record of the incidents: where each is and what you saw (never copies of the images).");
        }
        if (f.c.safety().safeContact().isEmpty() && !minor) {
            police.missing("/safety/safeContact", "A safe way and time for the police to contact you.");
        }
        if (minor) {
            police.reason("One abusive message may still be an offence, especially if it was hate-motivated: you can "
                    + "report it, and the record helps if it happens again.", f.all);
        }
        steps.add(police);

        List<String> sexualHarm = f.childSexualHarm.stream().filter(id -> !f.groomingRisk.contains(id)).toList();
        if ((!f.childSexualHarm.isEmpty() || !f.unknownAgeSexualHarm.isEmpty()) && f.mayBeChildNow()) {
            StepDraft ceop = draft(f, UkRouteIds.CEOP, StepPhase.REPORT).warnIf(!f.childDemands.isEmpty(), NEVER_PAY);
            if (!sexualHarm.isEmpty()) {
                ceop.reason("You were under 18 when this happened: CEOP's child protection advisors deal with online "
                        + "sexual abuse, grooming and threats to share sexual images, including demands for money.",
                        sexualHarm);
            }
            if (!f.groomingRisk.isEmpty()) {
                ceop.reason("You were under 18 and the person is someone you know only online. If they asked you to "
                        + "keep your chats secret, to move to another app, to meet, or for pictures, that can be "
                        + "grooming: CEOP's child protection advisors can help, and you can tell them what worries "
                        + "you.", f.groomingRisk);
            }
            if (!f.unknownAgeSexualHarm.isEmpty()) {
                ceop.reason("If you were under 18 when this happened: CEOP's child protection advisors deal with "
                        + "threats to share sexual images of children, and with demands for money or more images.",
                        f.unknownAgeSexualHarm);
            }
            steps.add(ceop);
        }
        List<String> fraudDemands = intersect(f.moneyDemands, otherDemands);
        if (!fraudDemands.isEmpty() && f.nation != Nation.SCOTLAND) {
            StepDraft fraud = draft(f, UkRouteIds.REPORT_FRAUD, StepPhase.REPORT)
                    .reason("Money or something else was demanded under threat: report it to Report Fraud (formerly "
                            + "Action Fraud), which covers England, Wales and Northern Ireland.", fraudDemands)
                    .warn(NEVER_PAY).warn(KEEP_EVIDENCE)
                    .documents(UkDocumentKinds.REPORT_FRAUD_SUMMARY)
                    .note("Whether Report Fraud takes reports of sextortion was not checked: report to the police "
                            + "as well.");
            List<String> adultPaid = intersect(f.paid, fraudDemands);
            if (!adultPaid.isEmpty()) {
                fraud.reason("You paid something: tell your bank straight away, and give Report Fraud the payment "
                        + "details.", adultPaid);
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

    private void removal(CaseFacts f, List<StepDraft> steps) {
        if (!f.online.isEmpty()) {
            StepDraft d = new StepDraft(f.child.isEmpty()
                    ? data.route(UkRouteIds.PLATFORM_REPORT, f.c.jurisdiction())
                    : data.route(UkRouteIds.PLATFORM_REPORT, f.c.jurisdiction(), CHILD_IMAGE), StepPhase.REMOVAL)
                    .reason("Report each post, message or account to the service it is on (or to the website's "
                            + "hosting provider), after preserving it. This comes before any escalation.", f.online)
                    .warn(KEEP_EVIDENCE).documents(UkDocumentKinds.PLATFORM_REPORT);
            List<String> childOnline = intersect(f.online, f.child);
            if (!childOnline.isEmpty()) {
                d.reason("For incidents involving sexual images of someone under 18, give the platform only the web "
                        + "address: never attach or upload the images.", childOnline)
                        .warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
            }
            Set<String> online = Set.copyOf(f.online);
            for (int i = 0; i < f.c.incidents().size(); i++) {
                Incident inc = f.c.incidents().get(i);
                if (inc.locations().isEmpty() && online.contains(inc.id())) {
                    d.missing("/incidents/" + i + "/locations", "Where the content of the incident "
                            + org.redress.core.document.DocumentKit.on(inc.occurredAt(),
                                    org.redress.core.document.DocumentKit.Style.UK)
                            + " " + org.redress.core.document.DocumentKit.via(inc)
                            + " is (its web address or post id), so the platform can find it.");
                }
            }
            for (String key : platformsOf(f)) {
                var guide = data.platform(Optional.of(key));
                guide.provenance().unverifiedNote().ifPresent(n -> d.note(guide.name() + ": " + n));
            }
            steps.add(d);
        }
        if (!f.adultIntimate.isEmpty() || !f.unknownAgeIntimate.isEmpty()) {
            StepDraft rph = draft(f, UkRouteIds.REVENGE_PORN_HELPLINE, StepPhase.REMOVAL).warn(KEEP_EVIDENCE);
            if (!f.adultIntimate.isEmpty()) {
                rph.reason("Intimate images of you were shared, threatened or faked: the Revenge Porn Helpline helps "
                        + "adults get them removed, and StopNCII.org can hash adult images so partner platforms block "
                        + "them.", f.adultIntimate);
            }
            if (!f.unknownAgeIntimate.isEmpty()) {
                rph.reason("If you were 18 or over when the images were taken and are now: the Revenge Porn Helpline "
                        + "and StopNCII.org are for adults. If you were under 18, use Report Remove and the IWF "
                        + "instead.", f.unknownAgeIntimate);
            }
            steps.add(rph);
        }
        if (f.mayBeChildNow() && (!f.ownImagesUnder18.isEmpty() || !f.unknownAgeIntimate.isEmpty())) {
            StepDraft rr = draft(f, UkRouteIds.REPORT_REMOVE, StepPhase.REMOVAL).warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
            if (!f.ownImagesUnder18.isEmpty()) {
                rr.reason("Sexual images of you from when you were under 18 are involved: Report Remove (Childline and "
                        + "the IWF) can try to get them taken down and blocked. You share them only inside Report "
                        + "Remove, never anywhere else.", f.ownImagesUnder18);
            }
            if (!f.unknownAgeIntimate.isEmpty()) {
                rr.reason("If you are under 18: Report Remove (Childline and the IWF) is for you, not the adult "
                        + "services. You share the images only inside Report Remove.", f.unknownAgeIntimate);
            }
            steps.add(rr);
        }
    }

    private void escalation(CaseFacts f, PlanningContext context, List<StepDraft> steps) {
        if (f.online.isEmpty()) {
            return;
        }
        Optional<ReportMade> platformReport = f.report(UkRouteIds.PLATFORM_REPORT);
        if (platformReport.isEmpty()) {
            if (!f.minor()) {
                steps.add(draft(f, UkRouteIds.REPORT_HARMFUL_CONTENT, StepPhase.ESCALATION)
                        .reason("Later, only if needed: once you have reported to the platform, if it does not act or "
                                + "has not answered within " + data.platformReplyDays() + " days, Report Harmful "
                                + "Content can review its response and escalate.", f.online)
                        .depends(Dependency.of(UkRouteIds.PLATFORM_REPORT, true,
                                "Report Harmful Content needs your report to the platform and its response."))
                        .missing("/reports", "Your report to the platform: when you made it and its response."));
            }
            return;
        }
        ReportMade r = platformReport.get();
        OffsetDateTime due = r.madeAt().plusDays(data.platformReplyDays());
        boolean open = r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.ACKNOWLEDGED
                || r.status() == ReportStatus.IN_PROGRESS;
        ReportOutcome outcome = r.outcome().orElse(null);
        boolean unanswered = outcome == ReportOutcome.NO_RESPONSE
                || open && r.respondedAt().isEmpty() && outcome == null && context.asOf().isAfter(due);
        boolean refused = r.status() == ReportStatus.NO_ACTION || r.status() == ReportStatus.REJECTED
                || outcome == ReportOutcome.REFUSED || outcome == ReportOutcome.STILL_ONLINE;
        List<String> cited = r.incidentIds().isEmpty() ? f.online : r.incidentIds();
        StepDraft rhc = draft(f, UkRouteIds.REPORT_HARMFUL_CONTENT, StepPhase.ESCALATION)
                .depends(Dependency.of(UkRouteIds.PLATFORM_REPORT, true,
                        "Report Harmful Content needs your report to the platform and its response."));
        if (unanswered || refused) {
            rhc.reason(refused
                    ? "Escalate now: the platform did not act on your report. Report Harmful Content can review its "
                            + "response and escalate."
                    : "Escalate now: the platform has not answered your report of " + r.madeAt().toLocalDate()
                            + " in " + data.platformReplyDays() + " days. Report Harmful Content can review it and "
                            + "escalate.", cited);
        } else if (open) {
            rhc.reason("If the platform has not answered by " + due.toLocalDate() + " (" + data.platformReplyDays()
                    + " days after your report), escalate to Report Harmful Content.", cited).deadline(due);
        } else {
            return;
        }
        steps.add(rhc);
        if (unanswered || refused) {
            steps.add(draft(f, UkRouteIds.OFCOM, StepPhase.ESCALATION)
                    .reason("You can tell Ofcom how the platform handled your report. Ofcom cannot respond to or "
                            + "investigate individual complaints and will not remove content: your report helps it "
                            + "judge whether the platform meets its duties.", cited)
                    .depends(Dependency.of(UkRouteIds.PLATFORM_REPORT, true,
                            "Ofcom expects you to report to the platform first."))
                    .documents(UkDocumentKinds.OFCOM_NOTIFICATION));
        }
    }

    private void legal(CaseFacts f, List<StepDraft> steps) {
        boolean alert = f.harasserCanFindThem() || f.domesticParty;
        if (f.stalkingIndicated() && f.nation != Nation.SCOTLAND) {
            List<String> why = union(f.stalking, f.offline);
            StepDraft d = draft(f, UkRouteIds.STALKING_PROTECTION_ORDER, StepPhase.LEGAL)
                    .reason("There are signs of stalking. Only the police can apply for a Stalking Protection Order: "
                            + "ask the officer in your case to consider applying for one.", why)
                    .depends(Dependency.of(UkRouteIds.POLICE, true,
                            "The police make the application, so they need your report first."))
                    .warn(UkWarnings.PLAN_YOUR_SAFETY).warn(HARASSER_MAY_BE_ALERTED);
            d.offences(civilBases(f, UkRouteIds.STALKING_PROTECTION_ORDER));
            if (f.report(UkRouteIds.POLICE).isEmpty()) {
                d.missing("/reports", "A police report about the stalking (a crime reference number).");
            }
            alertReason(d, alert);
            steps.add(d);
        }
        if (f.respondent.isEmpty()) {
            return;
        }
        int partyIndex = f.c.parties().indexOf(f.respondent.get());
        if (f.nation == Nation.SCOTLAND) {
            boolean domesticOne = !f.courseOfConduct() && f.domesticParty;
            if (!f.courseOfConduct() && !domesticOne) {
                return;
            }
            StepDraft d = draft(f, UkRouteIds.NON_HARASSMENT_ORDER, StepPhase.LEGAL)
                    .reason(domesticOne
                            ? "The harassment by a partner, former partner or family member may amount to domestic "
                                    + "abuse: in Scotland one occasion is then enough for a non-harassment order "
                                    + "(Protection from Harassment Act 1997, s.8A)."
                            : "There are at least two incidents by someone you can name or identify: in Scotland you "
                                    + "can ask a civil court for a non-harassment order or an interdict.", f.all)
                    .depends(Dependency.of(UkRouteIds.POLICE, false,
                            "A police report helps; a criminal court can also make a non-harassment order."))
                    .warn(UkWarnings.PLAN_YOUR_SAFETY).warn(HARASSER_MAY_BE_ALERTED).warn(DO_NOT_RETALIATE);
            d.offences(civilBases(f, UkRouteIds.NON_HARASSMENT_ORDER).stream()
                    .filter(b -> f.domesticParty || !b.id().equals("uk.pha-1997-s8a")).toList());
            respondentMissing(d, f, partyIndex);
            alertReason(d, alert);
            steps.add(d);
            return;
        }
        if (!f.courseOfConduct()) {
            return;
        }
        StepDraft d = draft(f, UkRouteIds.CIVIL_INJUNCTION, StepPhase.LEGAL)
                .reason("There are at least two incidents by someone you can name or identify: you can ask a civil "
                        + "court for an injunction against harassment.", f.all)
                .depends(Dependency.of(UkRouteIds.POLICE, false,
                        "A crime reference number strengthens an injunction application."))
                .warn(UkWarnings.PLAN_YOUR_SAFETY).warn(HARASSER_MAY_BE_ALERTED).warn(DO_NOT_RETALIATE);
        d.offences(civilBases(f, UkRouteIds.CIVIL_INJUNCTION));
        if (f.nation == Nation.ENGLAND_AND_WALES) {
            d.documents(UkDocumentKinds.CIVIL_INJUNCTION_PACK, UkDocumentKinds.EVIDENCE_SCHEDULE);
        } else {
            d.note("Northern Ireland: the court procedure and forms for a harassment injunction were not checked; "
                    + "this library drafts only the England and Wales forms. Get advice from a solicitor.");
        }
        respondentMissing(d, f, partyIndex);
        alertReason(d, alert);
        steps.add(d);
    }

    private void support(CaseFacts f, List<StepDraft> steps) {
        if (f.minor()) {
            return;
        }
        boolean knowsAddress = f.c.safety().isHarasserKnowsAddress();
        if (!f.childIncidents.isEmpty() && f.mayBeChildNow() && !f.c.safety().isThoughtsOfSelfHarm()) {
            steps.add(draft(f, UkRouteIds.CHILDLINE, StepPhase.SUPPORT)
                    .reason("You are, or were, under 18: Childline is free and confidential, for anyone under 19, "
                            + "about anything that is worrying you.", f.childIncidents));
        }
        if (!f.domesticParty && f.harasserCanFindThem() && f.relationshipMayBeDomestic()) {
            steps.add(draft(f, UkRouteIds.NATIONAL_DOMESTIC_ABUSE_HELPLINE, StepPhase.SUPPORT)
                    .reason("The harasser knows where you live: if they are, or were, a partner or family member, this "
                            + "helpline can help you plan your safety before you take any step they may find out "
                            + "about."));
        }
        if (f.stalkingIndicated() || knowsAddress) {
            steps.add(draft(f, UkRouteIds.NATIONAL_STALKING_HELPLINE, StepPhase.SUPPORT)
                    .reason(f.stalkingIndicated() ? "There are signs of stalking: the National Stalking Helpline "
                            + "gives specialist advice." : "The harasser knows where you live: the National Stalking "
                            + "Helpline can advise on staying safe.", union(f.stalking, f.offline)));
            if (f.stalkingIndicated() && (f.c.safety().isFearsViolence() || !f.offline.isEmpty())) {
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
                .reason(f.accountTakeover.isEmpty()
                        ? "The Cyber Helpline gives free expert help with online harm: securing accounts, "
                                + "impersonation, monitoring and sextortion."
                        : "The Cyber Helpline can help you take back a hacked account and check your devices.",
                        f.accountTakeover));
        if (f.nation == Nation.ENGLAND_AND_WALES) {
            steps.add(draft(f, UkRouteIds.VICTIM_SUPPORT, StepPhase.SUPPORT)
                    .reason("Victim Support helps victims of crime in England and Wales, whether or not you report."));
        }
        if (!f.c.safety().isThoughtsOfSelfHarm()) {
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
        boolean fear = f.c.safety().isFearsViolence() || !f.threats.isEmpty();
        boolean offensive = !Collections.disjoint(f.kinds, OFFENSIVE);
        boolean intimate = !f.adultIntimate.isEmpty() || !f.unknownAgeIntimate.isEmpty() || !f.child.isEmpty();
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
        boolean intimate = !f.adultIntimate.isEmpty() || !f.unknownAgeIntimate.isEmpty() || !f.child.isEmpty();
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
        for (LegalBasis b : data.route(routeId, f.c.jurisdiction()).legalBasis()) {
            if (b.kind() == LegalBasisKind.CIVIL_CLAIM || b.kind() == LegalBasisKind.CIVIL_ORDER) {
                out.add(b);
            }
        }
        return out;
    }

    private static void respondentMissing(StepDraft d, CaseFacts f, int partyIndex) {
        var p = f.respondent.get();
        if (p.name().isEmpty()) {
            d.missing("/parties/" + partyIndex + "/name", "The name of the person the order would be against.");
        }
        if (p.address().isEmpty()) {
            d.missing("/parties/" + partyIndex + "/address", "An address where the papers can be served on them.");
        }
    }

    private static void alertReason(StepDraft d, boolean alert) {
        if (alert) {
            d.reason("The harasser is, or was, close to you or knows where you live: plan your safety before this "
                    + "step, because they will be told about it.");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The step, warning about child abuse material where it concerns it, and marked done by an earlier report. */
    private static PlanStep build(StepDraft d, CaseFacts f) {
        if (d.concernsAny(f.childSet)) {
            d.warn(DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        f.report(d.route().id()).ifPresent(r -> d.doneBy(r.id()));
        return d.build(UkWarnings.ALL);
    }

    private StepDraft draft(CaseFacts f, String routeId, StepPhase phase) {
        return new StepDraft(data.route(routeId, f.c.jurisdiction()), phase);
    }

    private static List<String> platformsOf(CaseFacts f) {
        Set<String> keys = new LinkedHashSet<>();
        for (Incident i : f.c.incidents()) {
            i.platform().ifPresent(keys::add);
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
