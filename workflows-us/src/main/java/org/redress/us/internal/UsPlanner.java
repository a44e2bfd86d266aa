package org.redress.us.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.model.Relationship;
import org.redress.core.model.ReportOutcome;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportStatus;
import org.redress.core.plan.CourseOfConduct;
import org.redress.core.plan.Dependency;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.SafetyAssessment;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.plan.StepDraft;
import org.redress.core.plan.StepPhase;
import org.redress.core.plan.Warning;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.LegalBasisKind;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;
import org.redress.us.UsDocumentKinds;
import org.redress.us.UsRouteIds;

/**
 * The planning rules of the United States pack, one method per planning phase (safety, report, removal,
 * escalation, legal, support). Danger, age and child sexual images are read once, by {@link
 * org.redress.core.plan.SafetyAssessment} through {@link Facts}. Stateless; deterministic for a case and a planning
 * moment.
 */
public final class UsPlanner {

    /** The warning that asks for a safety plan before a step the harasser could learn about. */
    public static final String STAY_SAFE = "stay-safe";
    /** The warning that taking an account back can alert the harasser. */
    public static final String ACCOUNT_RECOVERY_MAY_ALERT = "account-recovery-may-alert";

    private static final Set<String> ADDED_FROM_REPORTS = Set.of(UsRouteIds.POLICE, UsRouteIds.FBI, UsRouteIds.IC3,
            UsRouteIds.NCMEC_CYBERTIPLINE, UsRouteIds.NCMEC_TAKE_IT_DOWN, UsRouteIds.PLATFORM_REPORT,
            UsRouteIds.TAKE_IT_DOWN_REQUEST, UsRouteIds.DMCA_NOTICE, UsRouteIds.STOPNCII, UsRouteIds.FTC_COMPLAINT);
    private static final Set<RouteKind> ALERTING = Set.of(RouteKind.LEGAL_NOTICE, RouteKind.PROTECTIVE_ORDER,
            RouteKind.CIVIL_CLAIM);
    /** Kinds that, in one comment from a stranger and nothing else, get a short plan. */
    private static final Set<HarassmentKind> MINOR_KINDS = Set.of(HarassmentKind.TROLLING, HarassmentKind.BULLYING,
            HarassmentKind.HATE, HarassmentKind.OTHER);
    /** Report outcomes that mean the platform did not act. */
    private static final Set<ReportOutcome> NOT_ACTED = Set.of(ReportOutcome.NO_RESPONSE, ReportOutcome.REFUSED,
            ReportOutcome.STILL_ONLINE);
    private static final Set<ReportStatus> STILL_WAITING = Set.of(ReportStatus.SUBMITTED, ReportStatus.ACKNOWLEDGED,
            ReportStatus.IN_PROGRESS);

    private final Catalog catalog;

    /** A planner over the catalog. */
    public UsPlanner(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Plans a case. */
    public Plan plan(Case c, PlanningContext context) {
        OffsetDateTime asOf = context.asOf();
        Facts f = new Facts(c, asOf, catalog.rules());
        Drafts d = new Drafts(c);
        boolean shortPlan = shortPlan(f);
        String support = safety(f, d);
        if (!shortPlan) {
            report(f, d);
        }
        removal(f, d, asOf);
        if (!shortPlan) {
            legal(f, d, support);
        }
        support(f, d, shortPlan);
        reportsMade(c, f, d, asOf);
        return d.build(c, asOf, f);
    }

    /**
     * One abusive comment from a stranger, and nothing that shows danger, a child, an image, money, a threat or a
     * relationship: the plan is short (report it to the platform, keep the evidence).
     */
    private static boolean shortPlan(Facts f) {
        Case c = f.c;
        if (c.incidents().size() != 1 || f.danger() || f.domesticHarasser() || f.anyMinor()
                || c.safety().isFearsViolence() || c.safety().isThoughtsOfSelfHarm()
                || c.safety().isHarasserKnowsAddress() || f.online.isEmpty()) {
            return false;
        }
        Incident i = c.incidents().get(0);
        return !i.kinds().isEmpty() && MINOR_KINDS.containsAll(i.kinds()) && !i.isOfflineContact()
                && !i.isIntimateImage() && !i.isFinancialDemand() && !i.isMoneyPaid() && !i.isInvolvesChild()
                && !f.accountTakeover() && f.hacking.isEmpty() && f.c.parties().stream()
                        .allMatch(p -> p.relationship() == Relationship.STRANGER
                                || p.relationship() == Relationship.UNKNOWN);
    }

    // ------------------------------------------------------------------ phases

    /** Danger now, self-harm, a domestic harasser (safety planning first) and a taken-over account. */
    private String safety(Facts f, Drafts d) {
        Case c = f.c;
        if (f.danger()) {
            d.add(StepPhase.SAFETY, UsRouteIds.EMERGENCY, dangerWhy(f), f.safety.dangerIncidentIds())
                    .warn(StandardWarnings.IMMEDIATE_DANGER);
        }
        boolean selfHarm = c.safety().isThoughtsOfSelfHarm() || !f.selfHarm.isEmpty();
        if (selfHarm) {
            String why = c.safety().isThoughtsOfSelfHarm()
                    ? "You said you have had thoughts of harming yourself. You can talk to someone now, any time."
                    : "Someone encouraged you to harm yourself. You can talk to someone about it now, any time.";
            d.add(StepPhase.SAFETY, UsRouteIds.SUPPORT_988, why, f.selfHarm);
            d.add(StepPhase.SAFETY, UsRouteIds.SUPPORT_CRISIS_TEXT_LINE, why, f.selfHarm);
        }
        String support = null;
        if (f.domesticHarasser()) {
            support = domesticSupport(f);
            String who = f.partnerHarasser() ? "is or was your partner" : "is a family or household member";
            String why = f.anyMinor() && f.partnerHarasser()
                    ? "The harasser " + who + ". love is respect helps young people with dating abuse: an advocate "
                            + "can help you make a safety plan before you take the other steps."
                    : f.anyMinor()
                            ? "The harasser " + who + ". Childhelp's counselors help young people who are being hurt "
                                    + "or threatened at home, and can help you find safe adults and local support "
                                    + "before you take the other steps."
                            : "The harasser " + who + ". An advocate can help you make a safety plan before you "
                                    + "take the other steps, because some of them can alert the harasser.";
            d.add(StepPhase.SAFETY, support, why, List.of()).warn(STAY_SAFE);
        }
        if (f.accountTakeover()) {
            StepDraft a = d.add(StepPhase.SAFETY, UsRouteIds.ACCOUNT_SECURITY, "Someone took over or broke into your "
                    + "account. Save what they did, then take it back through the service's recovery page; use a "
                    + "new, unique password and two-step verification; sign out every other session and device; "
                    + "check the recovery e-mail and phone, forwarding rules and connected apps; change the "
                    + "passwords of other accounts that shared the password; turn off location sharing you did not "
                    + "set up; and check your phone for stalkerware.", f.hacking)
                    .warn(ACCOUNT_RECOVERY_MAY_ALERT);
            if (f.domesticHarasser() || c.safety().isHarasserKnowsAddress()) {
                a.reason("The harasser is close to you or knows where you live: taking the account back can alert "
                        + "them. Plan it with the support service in this plan first.", List.of())
                        .warn(STAY_SAFE);
            }
        }
        return support;
    }

    /** Why the emergency step, in plain words from what the facts show. */
    private static String dangerWhy(Facts f) {
        List<String> what = new ArrayList<>();
        for (SafetyAssessment.DangerSignal s : f.safety.signals()) {
            what.add(switch (s) {
                case FLAGGED -> "you said you are in danger now";
                case THREAT_IMMINENT, THREAT_DUE_SOON -> "a threat of violence is due now or within a day";
                case THREAT_AT_PLACE -> "a threat of violence names a place in your life";
                case WEAPON -> "a weapon was shown or mentioned";
                case HARASSER_NEARBY -> "the harasser is, or says they are, near you";
                case OTHERS_URGED -> "others were urged to go to you";
                case TEXT_CUE -> "the words of a recent message tie a threat to a time or place";
            });
        }
        List<String> unique = what.stream().distinct().toList();
        return "You may be in danger now: " + String.join("; ", unique) + ". Call 911 first, and again whenever "
                + "you feel unsafe.";
    }

    /** The support service that fits the relationship and the person's age. */
    private static String domesticSupport(Facts f) {
        if (f.anyMinor()) {
            return f.partnerHarasser() ? UsRouteIds.SUPPORT_LOVE_IS_RESPECT : UsRouteIds.SUPPORT_CHILDHELP;
        }
        return UsRouteIds.SUPPORT_NATIONAL_DV_HOTLINE;
    }

    /** Reports to the police, the FBI, IC3 and NCMEC. */
    private void report(Facts f, Drafts d) {
        if (!f.criminal.isEmpty() || !f.child.isEmpty() || f.danger()) {
            List<LegalBasis> offences = f.offences(false, LegalBasisKind.CRIMINAL_OFFENCE);
            List<String> why = offences.isEmpty() ? f.criminal : f.incidentsOf(offences);
            StepDraft police = d.add(StepPhase.REPORT, UsRouteIds.POLICE, offences.isEmpty()
                    ? "Report the harassment to your local police so that it is on record."
                    : "What happened may amount to a crime; report it to your local police.", why)
                    .offences(offences)
                    .documents(UsDocumentKinds.POLICE_REPORT_SUMMARY, UsDocumentKinds.HARASSMENT_LOG,
                            UsDocumentKinds.EVIDENCE_SCHEDULE);
            if (f.danger()) {
                police.reason("If anything happens again, or you feel unsafe, call 911 rather than the "
                        + "non-emergency number.", f.safety.dangerIncidentIds());
            }
        }
        if (!f.sextortion.isEmpty() || !f.threats.isEmpty() || f.stalking.size() >= 2 || !f.minorSexual.isEmpty()) {
            StepDraft fbi = d.add(StepPhase.REPORT, UsRouteIds.FBI, "The FBI takes reports of threats across state "
                    + "lines, cyberstalking and sextortion.", IncidentIds.union(f.sextortion, f.threats, f.stalking,
                            f.minorSexual))
                    .offences(f.offences(true, LegalBasisKind.CRIMINAL_OFFENCE))
                    .documents(UsDocumentKinds.POLICE_REPORT_SUMMARY, UsDocumentKinds.EVIDENCE_SCHEDULE);
            if (!f.sextortion.isEmpty()) {
                fbi.reason("Someone is demanding something from you under threat (sextortion or blackmail): "
                        + "stop all contact, do not pay, and report it to the FBI.", f.sextortion)
                        .warn(StandardWarnings.NEVER_PAY);
            }
        }
        if (!f.moneyDemandedOrPaid.isEmpty() || !f.sextortion.isEmpty() && !f.financialDemand.isEmpty()
                || !f.hacking.isEmpty()) {
            List<LegalBasis> extortion = new ArrayList<>();
            for (LegalBasis l : f.offences(true, LegalBasisKind.CRIMINAL_OFFENCE)) {
                if (l.id().equals("us.18-usc-875-d")) {
                    extortion.add(l);
                }
            }
            d.add(StepPhase.REPORT, UsRouteIds.IC3, !f.moneyDemandedOrPaid.isEmpty() || !f.financialDemand.isEmpty()
                    ? "Money was demanded or paid: the FBI's Internet Crime Complaint Center takes reports of "
                            + "extortion and financial loss online."
                    : "Your account was broken into: the FBI's Internet Crime Complaint Center takes reports of "
                            + "hacking.", IncidentIds.union(f.moneyDemandedOrPaid, f.financialDemand, f.hacking))
                    .offences(extortion)
                    .documents(UsDocumentKinds.IC3_WORKSHEET)
                    .warnIf(!f.financialDemand.isEmpty() || !f.moneyDemandedOrPaid.isEmpty(), StandardWarnings.NEVER_PAY);
        }
        if (!f.minorSexual.isEmpty()) {
            List<LegalBasis> csam = f.offences(true, LegalBasisKind.CRIMINAL_OFFENCE).stream()
                    .filter(l -> l.id().equals("us.18-usc-2252a")).toList();
            d.add(StepPhase.REPORT, UsRouteIds.NCMEC_CYBERTIPLINE, "Sexual exploitation of someone under 18 "
                    + "(including images, sexual messages and sextortion) is reported to NCMEC's CyberTipline, "
                    + "which passes it to law enforcement. Give the link, the account and the platform; never copy "
                    + "the image.", f.minorSexual)
                    .offences(csam)
                    .warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        if (!f.groomingRisk.isEmpty()) {
            d.add(StepPhase.REPORT, UsRouteIds.NCMEC_CYBERTIPLINE, "You were under 18 and the person is someone you "
                    + "know only online. If they asked you to keep your chats secret, to move to another app, to meet, "
                    + "or for pictures, that can be online enticement: NCMEC's CyberTipline takes reports of it and "
                    + "passes them to law enforcement.", f.groomingRisk);
        }
    }

    /** Platform reports, image removal (NCMEC Take It Down, TAKE IT DOWN Act, DMCA, StopNCII). */
    private void removal(Facts f, Drafts d, OffsetDateTime asOf) {
        Case c = f.c;
        if (!f.online.isEmpty()) {
            StepDraft p = d.add(StepPhase.REMOVAL, UsRouteIds.PLATFORM_REPORT, f.childImage.isEmpty()
                    && f.unknownAgeIntimate.isEmpty()
                    ? "Report each post, message or account to the platform under the rule it breaks. Save the link "
                            + "and a screenshot showing the date and the account first."
                    : "Report each post, message or account to the platform under the rule it breaks, giving its "
                            + "link. Where a sexual image of someone under 18 is involved, record only where it is.",
                    f.online)
                    .warn(StandardWarnings.KEEP_EVIDENCE);
            if (!f.unknownAgeIntimate.isEmpty()) {
                p.reason("If you were under 18 when the intimate images were taken, they are child sexual abuse "
                        + "material: give the platform only the link, and never save, screenshot or forward them.",
                        f.unknownAgeIntimate).warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
            }
            if (noUrl(c)) {
                p.missing("/incidents", "The link (URL) of each post or profile, so the platform can find it.");
            }
        }
        List<String> minorImages = IncidentIds.union(f.child, f.childImage,
                IncidentIds.intersect(f.minorSexual, f.intimate));
        if (!minorImages.isEmpty()) {
            d.add(StepPhase.REMOVAL, UsRouteIds.NCMEC_TAKE_IT_DOWN, "Images of someone under 18 can be hashed "
                    + "with NCMEC's Take It Down on the device they are on, so that participating platforms remove "
                    + "them. The image is not uploaded or shared to do this.", minorImages)
                    .warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        if (!f.unknownAgeIntimate.isEmpty()) {
            StepDraft tid = d.add(StepPhase.REMOVAL, UsRouteIds.NCMEC_TAKE_IT_DOWN, "If you were under 18 when the "
                    + "images were taken: NCMEC's Take It Down can hash them on the device they are on, so that "
                    + "participating platforms remove them. The image is not uploaded or shared to do this.",
                    f.unknownAgeIntimate);
            tid.warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        List<ReportMade> tidr = sentReports(c, UsRouteIds.TAKE_IT_DOWN_REQUEST);
        Catalog.Deadlines dl = catalog.deadlines();
        if (!f.intimate.isEmpty() || !tidr.isEmpty()) {
            StepDraft t = d.add(StepPhase.REMOVAL, UsRouteIds.TAKE_IT_DOWN_REQUEST, "An intimate image of you (real or "
                    + "AI-made) was shared or threatened. Under the TAKE IT DOWN Act a covered platform must remove "
                    + "it within " + hours(dl.takeItDownRemovalWithin()) + " of a valid written request.", f.intimate)
                    .warn(StandardWarnings.KEEP_EVIDENCE);
            if (!f.minor.isEmpty() && !f.intimate.isEmpty()) {
                t.reason("For someone under 18, a parent or guardian can sign the request as the person "
                        + "authorized to act for them.", IncidentIds.intersect(f.minor, f.intimate));
            }
            requestElementsMissing(c, f.intimate, t);
            // The request is drafted only once it can be valid; until then the step lists what it lacks.
            if (t.missing().isEmpty()) {
                t.documents(UsDocumentKinds.TAKE_IT_DOWN_REQUEST);
            }
            deadlines(tidr, asOf, t, d);
        }
        if (!f.adultIntimate.isEmpty() && !f.anyMinor()) {
            if (!f.ownImage.isEmpty()) {
                StepDraft dmca = d.add(StepPhase.REMOVAL, UsRouteIds.DMCA_NOTICE, "You made this image yourself, so "
                        + "you own its copyright, and a DMCA notice to the host can get it removed. The host may pass "
                        + "the notice, with your contact details, to the person who posted it: consider using a "
                        + "lawyer's or advocate's contact details.", f.ownImage)
                        .warn(StandardWarnings.KEEP_EVIDENCE);
                noticeElementsMissing(c, f.ownImage, dmca);
                if (dmca.missing().isEmpty()) {
                    dmca.documents(UsDocumentKinds.DMCA_NOTICE);
                }
            }
            List<String> known = IncidentIds.minus(f.adultIntimate, f.unknownAgeIntimate);
            StepDraft ncii = d.add(StepPhase.REMOVAL, UsRouteIds.STOPNCII, known.isEmpty()
                    ? "If you were 18 or over when the images were taken: StopNCII.org can hash them on your own "
                            + "device, so that participating platforms block copies. If you were under 18, use "
                            + "NCMEC's Take It Down instead."
                    : "Intimate images of an adult can be hashed on your own device with StopNCII.org, so that "
                            + "participating platforms block copies. The images never leave your device.",
                    known.isEmpty() ? f.unknownAgeIntimate : known);
        }
    }

    /** Protective orders, letters and civil claims: each can alert the harasser, so they come after safety. */
    private void legal(Facts f, Drafts d, String support) {
        Case c = f.c;
        if (!f.orderGrounds.isEmpty() || c.safety().isFearsViolence() || f.domestic && !f.withPerpetrator.isEmpty()) {
            protectiveOrder(f, d, support);
        }
        boolean dangerous = f.danger() || c.safety().isFearsViolence() || !f.threats.isEmpty()
                || !f.sextortion.isEmpty() || !f.offline.isEmpty() || !f.child.isEmpty() || f.anyMinor();
        if (!f.letter.isEmpty() && f.namedPerpetrator && !dangerous) {
            StepDraft l = d.add(StepPhase.LEGAL, UsRouteIds.CEASE_AND_DESIST, "You know who the harasser is. A letter, "
                    + "ideally from a lawyer, can demand that they stop and remove what they posted.", f.letter)
                    .documents(UsDocumentKinds.CEASE_AND_DESIST);
            if (f.partner || c.safety().isHarasserKnowsAddress()) {
                l.reason("The harasser " + (f.partner ? "is or was your partner" : "knows where you live")
                        + ": a letter tells them you are acting. Make a safety plan with an advocate before "
                        + "deciding to send one.", List.of());
                l.depends(Dependency.of(support != null ? support : UsRouteIds.SUPPORT_NATIONAL_DV_HOTLINE, false,
                        "An advocate can help you plan for the harasser's reaction."));
            }
        }
        if (!f.civil.isEmpty()) {
            List<LegalBasis> claims = f.offences(false, LegalBasisKind.CIVIL_CLAIM);
            StepDraft cc = d.add(StepPhase.LEGAL, UsRouteIds.CIVIL_CLAIM, "You may have a civil claim (for intimate "
                    + "images shared without consent, 15 U.S.C. § 6851, or under state law, such as defamation). "
                    + "Speak to an attorney" + (f.anyMinor() ? " (a parent or guardian can do this with you)."
                            : "; the Cyber Civil Rights Initiative can help you find one."), f.civil)
                    .offences(claims)
                    .documents(UsDocumentKinds.HARASSMENT_LOG, UsDocumentKinds.EVIDENCE_SCHEDULE,
                            UsDocumentKinds.FRE_902_14_CERTIFICATION);
            if (!f.namedPerpetrator) {
                cc.reason("The harasser is not known by name: an attorney can sue an unknown ('Doe') defendant and "
                        + "ask the court to let them subpoena the platform and the internet provider for who it is.",
                        List.of());
            }
        }
    }

    /** Support that fits the person's age and what happened. */
    private void support(Facts f, Drafts d, boolean shortPlan) {
        if ((!f.intimate.isEmpty() || !f.sextortion.isEmpty()) && f.knownAdult() && !f.anyMinor()) {
            d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_CCRI, "The Cyber Civil Rights Initiative's helpline "
                    + "supports adults whose intimate images were shared or threatened, including with finding "
                    + "an attorney.", IncidentIds.union(f.intimate, f.sextortion));
        }
        if (f.anyMinor() && d.find(UsRouteIds.SUPPORT_CHILDHELP) == null) {
            d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_CHILDHELP, "You are under 18. Childhelp's counselors talk "
                    + "with young people who are being hurt, threatened or pressured, by call, text or chat, and can "
                    + "help you find a safe adult to tell.", f.minor);
        }
        if (shortPlan) {
            return;
        }
        d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_988, "Harassment is hard to live with. If it becomes too "
                + "much, you can call or text 988 at any time.", List.of());
        d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_CRISIS_TEXT_LINE, "If you would rather text, Crisis Text "
                + "Line's counselors answer at any time.", List.of());
    }

    private static String hours(java.time.Duration d) {
        return d.toHours() + " hours";
    }

    // ------------------------------------------------------------------ rules that need more room

    private void protectiveOrder(Facts f, Drafts d, String support) {
        List<String> why = f.domestic ? IncidentIds.union(f.orderGrounds, f.withPerpetrator) : f.orderGrounds;
        Optional<StateProfile> state = States.of(f.c.jurisdiction());
        StepDraft step;
        if (state.isPresent()) {
            StateProfile.OrderChoice choice = state.get().protectiveOrder(f);
            if (state.get().needsCourseOfConduct(choice.variantId()) && !f.domesticHarasser()
                    && !CourseOfConduct.among(f.c, f.all)) {
                return; // a stalking order needs two occasions by one person: not offered for one incident
            }
            step = d.add(StepPhase.LEGAL, catalog.protectiveOrderVariant(choice.variantId()), choice.why(), why);
            choice.dependsOn().forEach(step::depends);
            step.documents(UsDocumentKinds.PROTECTIVE_ORDER_PETITION, UsDocumentKinds.HARASSMENT_LOG,
                    UsDocumentKinds.EVIDENCE_SCHEDULE, UsDocumentKinds.FRE_902_14_CERTIFICATION);
        } else {
            String code = f.c.jurisdiction().code();
            boolean federalOnly = f.c.jurisdiction().subdivision().isEmpty();
            step = d.add(StepPhase.LEGAL, UsRouteIds.PROTECTIVE_ORDER, federalOnly
                    ? "Protective orders are made by state courts under state law, and the case does not say which "
                            + "state you are in, so this plan cannot name the order or the form. Ask the court clerk "
                            + "or self-help center in your county, or a victim advocate."
                    : "Protective orders are made by state courts under state law. This pack does not cover " + code
                            + " yet, so it cannot name the order or the form rather than guess. Ask the court clerk "
                            + "or self-help center in your county, or a victim advocate.", why)
                    .note(federalOnly ? "State not known: the protective order and its form are not named."
                            : "State not covered yet (" + code + "): the protective order and its form are not named.");
            if (federalOnly) {
                step.missing("/jurisdiction", "Your state, as a code such as US-CA, to name its protective order.");
            }
            step.documents(UsDocumentKinds.HARASSMENT_LOG, UsDocumentKinds.EVIDENCE_SCHEDULE);
        }
        if (!f.orderGrounds.isEmpty() || f.c.safety().isFearsViolence()) {
            step.reason("You fear for your safety, or the harasser threatened you, followed or watched you, or came "
                    + "to your home, work or school: a court order can forbid them to contact or come near you.",
                    f.orderGrounds);
        } else {
            step.reason("The harasser is a partner, former partner or family or household member: a court order "
                    + "can forbid them to contact you or to keep doing what they did.", why);
        }
        if (support != null) {
            step.depends(Dependency.of(support, false, "Make a safety plan before the harasser is served."));
        }
        if (step.dependsOn().stream().noneMatch(dep -> dep.routeId().equals(UsRouteIds.POLICE))) {
            step.depends(Dependency.of(UsRouteIds.POLICE, false, "A police report supports the application."));
        }
        if (!f.namedPerpetrator) {
            step.missing("/parties", "Who the harasser is: a court order is made against a named person.");
        }
    }

    private static void requestElementsMissing(Case c, IncidentIds intimate, StepDraft t) {
        boolean locatable = false;
        BitSet at = intimate.positions();
        for (int p = at.nextSetBit(0); p >= 0 && !locatable; p = at.nextSetBit(p + 1)) {
            for (ContentLocation l : c.incidents().get(p).locations()) {
                if (l.url().isPresent() || l.platformId().isPresent()) {
                    locatable = true;
                    break;
                }
            }
        }
        if (!intimate.isEmpty() && !locatable) {
            t.missing("/incidents", "Where the image is: its link (URL) or the platform's id for the post.");
        }
        var s = c.subject();
        if (s.email().isEmpty() && s.phone().isEmpty() && s.address().isEmpty()) {
            t.missing("/subject/email", "How the platform can contact you (an e-mail address, phone or address).");
        }
    }

    /** What a DMCA notice (17 U.S.C. § 512(c)(3)(A)) needs that the case lacks: the copies' URLs and a contact. */
    private static void noticeElementsMissing(Case c, IncidentIds ids, StepDraft step) {
        boolean located = false;
        BitSet at = ids.positions();
        for (int p = at.nextSetBit(0); p >= 0 && !located; p = at.nextSetBit(p + 1)) {
            for (ContentLocation l : c.incidents().get(p).locations()) {
                if (l.url().isPresent()) {
                    located = true;
                    break;
                }
            }
        }
        if (!located) {
            step.missing("/incidents", "The link (URL) of each copy of the image, so the host can find it.");
        }
        var s = c.subject();
        if (s.email().isEmpty() && s.phone().isEmpty() && s.address().isEmpty()) {
            step.missing("/subject/email", "How the host can contact you (an e-mail address, phone or address).");
        }
    }

    /** TAKE IT DOWN requests sent: their removal window, and the FTC step once it passed without removal. */
    private void deadlines(List<ReportMade> sent, OffsetDateTime asOf, StepDraft t, Drafts d) {
        Catalog.Deadlines dl = catalog.deadlines();
        java.time.Duration window = dl.takeItDownRemovalWithin();
        String hours = hours(window);
        List<ReportMade> pending = sent.stream().filter(r -> r.status() != ReportStatus.ACTION_TAKEN).toList();
        pending.stream().map(r -> r.madeAt().plus(window)).min(Comparator.naturalOrder())
                .ifPresent(t::deadline);
        List<ReportMade> overdue = pending.stream().filter(r -> !asOf.isBefore(r.madeAt().plus(window)))
                .toList();
        for (ReportMade r : pending) {
            OffsetDateTime end = r.madeAt().plus(window);
            t.reason("Your request of " + d.dateTime(r.madeAt()) + (overdue.contains(r)
                    ? " passed its " + hours + " on " + d.dateTime(end) + " without the platform confirming removal."
                    : ": the platform's " + hours + " end on " + d.dateTime(end) + "."), r.incidentIds());
        }
        if (overdue.isEmpty()) {
            return;
        }
        StepDraft ftc = d.add(StepPhase.ESCALATION, UsRouteIds.FTC_COMPLAINT, "A covered platform did not confirm "
                + "removal within " + hours + " of your TAKE IT DOWN Act request. The FTC enforces that duty.",
                overdue.get(0).incidentIds())
                .depends(Dependency.of(UsRouteIds.TAKE_IT_DOWN_REQUEST, true, "The complaint is about a request "
                        + "the platform did not act on."));
        if (t.missing().isEmpty()) {
            ftc.documents(UsDocumentKinds.TAKE_IT_DOWN_REQUEST);
        }
        for (ReportMade r : overdue) {
            if (r.madeAt().toLocalDate().isBefore(dl.takeItDownInForceFrom())) {
                ftc.reason("Your request of " + d.dateTime(r.madeAt()) + " was made before covered platforms "
                        + "had to comply (" + Text.date(dl.takeItDownInForceFrom()) + "): send the request again if "
                        + "the image is still up, and complain if it is not removed within " + hours + ".",
                        r.incidentIds());
            }
        }
    }

    /**
     * Steps for routes the person already reported to, with the report that covers them. A platform report the
     * platform did not act on (refused, still online, or no answer within the time kept in the data) is not "done":
     * the step says to escalate, and the next route in the plan carries the escalation.
     */
    private void reportsMade(Case c, Facts f, Drafts d, OffsetDateTime asOf) {
        Map<String, ReportMade> latest = new HashMap<>();
        for (ReportMade r : c.reports()) {
            if (r.status() == ReportStatus.DRAFT) {
                continue; // not sent: it covers nothing yet
            }
            ReportMade prev = latest.get(r.routeId());
            if (prev == null || r.madeAt().isAfter(prev.madeAt())
                    || r.madeAt().isEqual(prev.madeAt()) && r.id().compareTo(prev.id()) > 0) {
                latest.put(r.routeId(), r);
            }
        }
        for (ReportMade r : latest.values().stream().sorted(Comparator.comparing(ReportMade::id)).toList()) {
            StepDraft step = d.find(r.routeId());
            if (step == null && ADDED_FROM_REPORTS.contains(r.routeId())
                    && !(r.routeId().equals(UsRouteIds.STOPNCII) && f.anyMinor())) {
                Route route = catalog.route(r.routeId());
                StepPhase phase = switch (route.kind()) {
                    case IMAGE_REMOVAL, PLATFORM_REPORT, LEGAL_NOTICE -> StepPhase.REMOVAL;
                    case REGULATOR -> StepPhase.ESCALATION;
                    default -> StepPhase.REPORT;
                };
                step = d.add(phase, r.routeId(), "You reported this here on " + d.dateTime(r.madeAt())
                        + ".", r.incidentIds());
            }
            if (step == null) {
                continue;
            }
            if (r.routeId().equals(UsRouteIds.PLATFORM_REPORT) && unanswered(r, asOf)) {
                escalate(r, step, d, asOf);
            } else {
                step.doneBy(r.id());
            }
        }
    }

    /** Whether the platform did not act on a report: it said so, or it has not answered in the time allowed. */
    private boolean unanswered(ReportMade r, OffsetDateTime asOf) {
        if (r.status() == ReportStatus.ACTION_TAKEN) {
            return false;
        }
        if (r.outcome().isPresent()) {
            return NOT_ACTED.contains(r.outcome().get());
        }
        if (r.status() == ReportStatus.NO_ACTION || r.status() == ReportStatus.REJECTED) {
            return true;
        }
        return STILL_WAITING.contains(r.status())
                && !asOf.isBefore(r.madeAt().plus(catalog.deadlines().platformAnswerWithin()));
    }

    private void escalate(ReportMade r, StepDraft platform, Drafts d, OffsetDateTime asOf) {
        OffsetDateTime due = r.madeAt().plus(catalog.deadlines().platformAnswerWithin());
        String what = r.outcome().map(o -> switch (o) {
            case REFUSED -> "the platform refused to act";
            case STILL_ONLINE -> "the content is still online";
            default -> "the platform has not answered";
        }).orElse(r.status() == ReportStatus.NO_ACTION || r.status() == ReportStatus.REJECTED
                ? "the platform refused to act" : "the platform has not answered");
        platform.deadline(due);
        platform.reason("You reported this on " + d.dateTime(r.madeAt()) + " and " + what + " (answers are "
                + "expected by " + d.dateTime(due) + "). Escalate now: use the platform's appeal or review "
                + "option, and take the next step in this plan.", r.incidentIds());
        StepDraft next = null;
        for (String id : List.of(UsRouteIds.TAKE_IT_DOWN_REQUEST, UsRouteIds.NCMEC_CYBERTIPLINE, UsRouteIds.POLICE,
                UsRouteIds.FBI, UsRouteIds.PROTECTIVE_ORDER, UsRouteIds.CEASE_AND_DESIST)) {
            StepDraft s = d.find(id);
            if (s != null && s.doneBy().isEmpty()) {
                next = s;
                break;
            }
        }
        if (next == null) {
            next = d.add(StepPhase.ESCALATION, UsRouteIds.POLICE, "Report the harassment to your local police so "
                    + "that it is on record.", r.incidentIds());
        }
        next.reason("The platform did not act on your report of " + Text.date(r.madeAt().toLocalDate())
                + ": this is the next place to take it.", r.incidentIds());
    }

    private static List<ReportMade> sentReports(Case c, String routeId) {
        return c.reports().stream()
                .filter(r -> r.routeId().equals(routeId) && r.status() != ReportStatus.DRAFT).toList();
    }

    /** Whether no incident gives the link (URL) of anything. */
    private static boolean noUrl(Case c) {
        for (Incident i : c.incidents()) {
            for (ContentLocation l : i.locations()) {
                if (l.url().isPresent()) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ drafts

    /** The steps of one plan, in the order they were added; each route once. */
    final class Drafts {
        private final List<StepDraft> drafts = new ArrayList<>();
        private final Case c;

        Drafts(Case c) {
            this.c = c;
        }

        /** A time in the case's own zone, with its abbreviation, for a step's text. */
        String dateTime(OffsetDateTime t) {
            return Text.dateTime(t, c);
        }

        StepDraft add(StepPhase phase, String routeId, String why, List<String> incidentIds) {
            return add(phase, catalog.route(routeId), why, incidentIds);
        }

        StepDraft add(StepPhase phase, Route route, String why, List<String> incidentIds) {
            StepDraft existing = find(route.id());
            if (existing != null) {
                return existing.reason(why, incidentIds);
            }
            StepDraft d = new StepDraft(route, phase).reason(why, incidentIds);
            drafts.add(d);
            return d;
        }

        StepDraft find(String routeId) {
            for (StepDraft d : drafts) {
                if (d.route().id().equals(routeId)) {
                    return d;
                }
            }
            return null;
        }

        Plan build(Case c, OffsetDateTime asOf, Facts f) {
            Set<String> child = new HashSet<>(f.child);
            child.addAll(f.childImage);
            Set<String> planWarnings = new HashSet<>(List.of(StandardWarnings.KEEP_EVIDENCE,
                    StandardWarnings.DO_NOT_RETALIATE));
            if (!f.financialDemand.isEmpty() || !f.sextortion.isEmpty()) {
                planWarnings.add(StandardWarnings.NEVER_PAY);
            }
            if (!child.isEmpty() || !f.minorSexual.isEmpty() || f.anyChildSexualImage()) {
                planWarnings.add(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
            }
            List<StepDraft> ordered = new ArrayList<>(drafts);
            ordered.sort(Comparator.comparing(StepDraft::phase)); // stable: keeps the order within a phase
            List<PlanStep> steps = new ArrayList<>();
            for (StepDraft d : ordered) {
                if (ALERTING.contains(d.route().kind())) {
                    d.warn(StandardWarnings.HARASSER_MAY_BE_ALERTED);
                    if (f.domesticHarasser() || c.safety().isHarasserKnowsAddress() || f.danger()
                            || c.safety().isFearsViolence()) {
                        d.warn(STAY_SAFE);
                    }
                }
                if (d.concernsAny(child)) {
                    d.warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
                }
                planWarnings.addAll(d.warnings());
                steps.add(d.build());
            }
            List<Warning> warnings = new ArrayList<>();
            for (Warning w : catalog.warnings()) {
                if (planWarnings.contains(w.id())) {
                    warnings.add(w);
                }
            }
            return Plan.builder()
                    .caseId(c.id())
                    .jurisdiction(c.jurisdiction())
                    .packId("us")
                    .asOf(asOf)
                    .steps(steps)
                    .warnings(warnings)
                    .build();
        }
    }
}
