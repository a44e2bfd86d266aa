package org.redress.us.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportStatus;
import org.redress.core.plan.Dependency;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.PlanningContext;
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

/** The planning rules of the United States pack. Stateless; deterministic for a case and a planning moment. */
public final class UsPlanner {

    /** How long a covered platform has to remove an image after a valid TAKE IT DOWN Act request. */
    public static final java.time.Duration REMOVAL_WINDOW = java.time.Duration.ofHours(48);
    /** The day covered platforms had to comply by. */
    static final LocalDate TIDA_COMPLIANCE = LocalDate.of(2026, 5, 19);

    private static final Set<String> ADDED_FROM_REPORTS = Set.of(UsRouteIds.POLICE, UsRouteIds.FBI, UsRouteIds.IC3,
            UsRouteIds.NCMEC_CYBERTIPLINE, UsRouteIds.NCMEC_TAKE_IT_DOWN, UsRouteIds.PLATFORM_REPORT,
            UsRouteIds.TAKE_IT_DOWN_REQUEST, UsRouteIds.DMCA_NOTICE, UsRouteIds.STOPNCII, UsRouteIds.FTC_COMPLAINT);
    private static final Set<RouteKind> ALERTING = Set.of(RouteKind.LEGAL_NOTICE, RouteKind.PROTECTIVE_ORDER,
            RouteKind.CIVIL_CLAIM);

    private final Catalog catalog;

    /** A planner over the catalog. */
    public UsPlanner(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Plans a case. */
    public Plan plan(Case c, PlanningContext context) {
        OffsetDateTime asOf = context.getAsOf();
        Facts f = new Facts(c, asOf.toLocalDate(), catalog.rules());
        Drafts d = new Drafts();
        boolean danger = c.getSafety().isInImmediateDanger();
        boolean selfHarm = c.getSafety().isThoughtsOfSelfHarm() || !f.selfHarm.isEmpty();
        boolean domesticDanger = f.domestic && (c.getSafety().isFearsViolence() || !f.offline.isEmpty()
                || c.getSafety().isHarasserKnowsAddress());

        // ---- safety
        if (danger) {
            d.add(StepPhase.SAFETY, UsRouteIds.EMERGENCY, "You said you are in danger now. Call 911 first.", List.of())
                    .warn(StandardWarnings.IMMEDIATE_DANGER);
        }
        if (selfHarm) {
            String why = c.getSafety().isThoughtsOfSelfHarm()
                    ? "You said you have had thoughts of harming yourself. You can talk to someone now, any time."
                    : "Someone encouraged you to harm yourself. You can talk to someone about it now, any time.";
            d.add(StepPhase.SAFETY, UsRouteIds.SUPPORT_988, why, f.selfHarm);
            d.add(StepPhase.SAFETY, UsRouteIds.SUPPORT_CRISIS_TEXT_LINE, why, f.selfHarm);
        }
        if (domesticDanger) {
            d.add(StepPhase.SAFETY, UsRouteIds.SUPPORT_NATIONAL_DV_HOTLINE, "The harasser is a partner, former "
                    + "partner or family or household member, and you fear them or they know where you are. An "
                    + "advocate can help you make a safety plan before you take the other steps.", List.of());
        }

        // ---- report
        if (!f.criminal.isEmpty() || !f.child.isEmpty()) {
            List<LegalBasis> offences = f.offences(false, LegalBasisKind.CRIMINAL_OFFENCE);
            List<String> why = offences.isEmpty() ? f.criminal : f.incidentsOf(offences);
            d.add(StepPhase.REPORT, UsRouteIds.POLICE, offences.isEmpty()
                    ? "Report the harassment to your local police so that it is on record."
                    : "What happened may amount to a crime; report it to your local police.", why)
                    .offences(offences)
                    .documents(UsDocumentKinds.POLICE_REPORT_SUMMARY, UsDocumentKinds.HARASSMENT_LOG,
                            UsDocumentKinds.EVIDENCE_SCHEDULE);
        }
        if (!f.sextortion.isEmpty() || !f.threats.isEmpty() || !f.stalking.isEmpty() || !f.minorSexual.isEmpty()) {
            StepDraft fbi = d.add(StepPhase.REPORT, UsRouteIds.FBI, "The FBI takes reports of threats across state "
                    + "lines, cyberstalking and sextortion.", union(f.c, f.sextortion, f.threats, f.stalking,
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
                if (l.getId().equals("us.18-usc-875-d")) {
                    extortion.add(l);
                }
            }
            d.add(StepPhase.REPORT, UsRouteIds.IC3, !f.moneyDemandedOrPaid.isEmpty() || !f.financialDemand.isEmpty()
                    ? "Money was demanded or paid: the FBI's Internet Crime Complaint Center takes reports of "
                            + "extortion and financial loss online."
                    : "Your account was broken into: the FBI's Internet Crime Complaint Center takes reports of "
                            + "hacking.", union(f.c, f.moneyDemandedOrPaid, f.financialDemand, f.hacking))
                    .offences(extortion)
                    .documents(UsDocumentKinds.IC3_WORKSHEET)
                    .warnIf(!f.financialDemand.isEmpty() || !f.moneyDemandedOrPaid.isEmpty(), StandardWarnings.NEVER_PAY);
        }
        if (!f.minorSexual.isEmpty()) {
            List<LegalBasis> csam = f.offences(true, LegalBasisKind.CRIMINAL_OFFENCE).stream()
                    .filter(l -> l.getId().equals("us.18-usc-2252a")).toList();
            d.add(StepPhase.REPORT, UsRouteIds.NCMEC_CYBERTIPLINE, "Sexual exploitation of someone under 18 "
                    + "(including images, sexual messages and sextortion) is reported to NCMEC's CyberTipline, "
                    + "which passes it to law enforcement. Report where it is; never copy it.", f.minorSexual)
                    .offences(csam)
                    .warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }

        // ---- removal
        if (!f.online.isEmpty()) {
            StepDraft p = d.add(StepPhase.REMOVAL, UsRouteIds.PLATFORM_REPORT, "Report each post, message or account "
                    + "to the platform under the rule it breaks.", f.online)
                    .warn(StandardWarnings.KEEP_EVIDENCE);
            if (f.c.getIncidents().stream().allMatch(i -> i.getLocations().stream().allMatch(l -> l.getUrl().isEmpty()))) {
                p.missing("/incidents", "The link (URL) of each post or profile, so the platform can find it.");
            }
        }
        List<String> minorImages = union(f.c, f.child, intersect(f.minorSexual, f.intimate));
        if (!minorImages.isEmpty()) {
            d.add(StepPhase.REMOVAL, UsRouteIds.NCMEC_TAKE_IT_DOWN, "Images of someone under 18 can be hashed "
                    + "with NCMEC's Take It Down on the device they were taken with, so that participating "
                    + "platforms remove them. Do not download or share the image to do this.", minorImages)
                    .warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
        }
        List<ReportMade> tidr = sentReports(c, UsRouteIds.TAKE_IT_DOWN_REQUEST);
        if (!f.intimate.isEmpty() || !tidr.isEmpty()) {
            StepDraft t = d.add(StepPhase.REMOVAL, UsRouteIds.TAKE_IT_DOWN_REQUEST, "An intimate image of you (real or "
                    + "AI-made) was shared or threatened. Under the TAKE IT DOWN Act a covered platform must remove "
                    + "it within 48 hours of a valid written request.", f.intimate)
                    .warn(StandardWarnings.KEEP_EVIDENCE);
            if (!f.minor.isEmpty() && !f.intimate.isEmpty()) {
                t.reason("For someone under 18, a parent or guardian can sign the request as the person "
                        + "authorized to act for them.", intersect(f.minor, f.intimate));
            }
            requestElementsMissing(c, f.intimate, t);
            // The request is drafted only once it can be valid; until then the step lists what it lacks.
            if (t.missing().isEmpty()) {
                t.documents(UsDocumentKinds.TAKE_IT_DOWN_REQUEST);
            }
            deadlines(tidr, asOf, t, d);
        }
        if (!f.adultIntimate.isEmpty() && !f.anyMinor()) {
            StepDraft dmca = d.add(StepPhase.REMOVAL, UsRouteIds.DMCA_NOTICE, "If you took the photo or video "
                    + "yourself, you own its copyright, and a DMCA notice to the host can get it removed. The host "
                    + "may pass the notice, with your contact details, to the person who posted it: consider using "
                    + "a lawyer's or advocate's contact details.", f.adultIntimate)
                    .warn(StandardWarnings.KEEP_EVIDENCE);
            noticeElementsMissing(c, f.adultIntimate, dmca);
            if (dmca.missing().isEmpty()) {
                dmca.documents(UsDocumentKinds.DMCA_NOTICE);
            }
            d.add(StepPhase.REMOVAL, UsRouteIds.STOPNCII, "Intimate images of an adult can be hashed on your own "
                    + "device with StopNCII.org, so that participating platforms block copies. The images never "
                    + "leave your device.", f.adultIntimate);
        }

        // ---- legal
        if (!f.orderGrounds.isEmpty() || c.getSafety().isFearsViolence() || f.domestic && !f.withPerpetrator.isEmpty()) {
            protectiveOrder(f, d);
        }
        boolean dangerous = danger || c.getSafety().isFearsViolence() || !f.threats.isEmpty()
                || !f.sextortion.isEmpty() || !f.offline.isEmpty() || !f.child.isEmpty() || f.anyMinor();
        if (!f.letter.isEmpty() && f.namedPerpetrator && !dangerous) {
            StepDraft l = d.add(StepPhase.LEGAL, UsRouteIds.CEASE_AND_DESIST, "You know who the harasser is. A letter, "
                    + "ideally from a lawyer, can demand that they stop and remove what they posted.", f.letter)
                    .documents(UsDocumentKinds.CEASE_AND_DESIST);
            if (f.partner || c.getSafety().isHarasserKnowsAddress()) {
                l.reason("The harasser " + (f.partner ? "is or was your partner" : "knows where you live")
                        + ": a letter tells them you are acting. Make a safety plan with an advocate before "
                        + "deciding to send one.", List.of());
                l.depends(Dependency.of(UsRouteIds.SUPPORT_NATIONAL_DV_HOTLINE, false,
                        "An advocate can help you plan for the harasser's reaction."));
            }
        }
        if (!f.civil.isEmpty()) {
            List<LegalBasis> claims = f.offences(false, LegalBasisKind.CIVIL_CLAIM);
            StepDraft cc = d.add(StepPhase.LEGAL, UsRouteIds.CIVIL_CLAIM, "You may have a civil claim (for intimate "
                    + "images shared without consent, 15 U.S.C. § 6851, or under state law, such as defamation). "
                    + "Speak to an attorney; the Cyber Civil Rights Initiative can help you find one.", f.civil)
                    .offences(claims)
                    .documents(UsDocumentKinds.HARASSMENT_LOG, UsDocumentKinds.EVIDENCE_SCHEDULE,
                            UsDocumentKinds.FRE_902_14_CERTIFICATION);
            if (!f.namedPerpetrator) {
                cc.reason("The harasser is not known by name: an attorney can sue an unknown ('Doe') defendant and "
                        + "ask the court to let them subpoena the platform and the internet provider for who it is.",
                        List.of());
            }
        }

        // ---- support
        if (!f.intimate.isEmpty() || !f.sextortion.isEmpty()) {
            if (!f.anyMinor()) {
                d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_CCRI, "The Cyber Civil Rights Initiative's helpline "
                        + "supports people whose intimate images were shared or threatened, including with finding "
                        + "an attorney.", union(f.c, f.intimate, f.sextortion));
            }
        }
        if (f.domestic && !domesticDanger) {
            d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_NATIONAL_DV_HOTLINE, "The harasser is a partner, former "
                    + "partner or family or household member; the hotline's advocates help with safety planning "
                    + "and local services.", List.of());
        }
        if (!selfHarm) {
            d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_988, "Harassment is hard to live with. If it becomes too "
                    + "much, you can call or text 988 at any time.", List.of());
            d.add(StepPhase.SUPPORT, UsRouteIds.SUPPORT_CRISIS_TEXT_LINE, "If you would rather text, Crisis Text "
                    + "Line's counselors answer at any time.", List.of());
        }

        reportsMade(c, f, d);
        return d.build(c, asOf, f);
    }

    // ------------------------------------------------------------------ rules that need more room

    private void protectiveOrder(Facts f, Drafts d) {
        List<String> why = union(f.c, f.orderGrounds, f.domestic ? f.withPerpetrator : List.of());
        Optional<StateProfile> state = States.of(f.c.getJurisdiction());
        StepDraft step;
        if (state.isPresent()) {
            StateProfile.OrderChoice choice = state.get().protectiveOrder(f);
            step = d.add(StepPhase.LEGAL, catalog.protectiveOrderVariant(choice.variantId()), choice.why(), why);
            choice.dependsOn().forEach(step::depends);
            step.documents(UsDocumentKinds.PROTECTIVE_ORDER_PETITION, UsDocumentKinds.HARASSMENT_LOG,
                    UsDocumentKinds.EVIDENCE_SCHEDULE, UsDocumentKinds.FRE_902_14_CERTIFICATION);
        } else {
            String code = f.c.getJurisdiction().code();
            boolean federalOnly = f.c.getJurisdiction().subdivision().isEmpty();
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
        if (!f.orderGrounds.isEmpty() || f.c.getSafety().isFearsViolence()) {
            step.reason("You fear for your safety, or the harasser threatened you, followed or watched you, or came "
                    + "to your home, work or school: a court order can forbid them to contact or come near you.",
                    f.orderGrounds);
        } else {
            step.reason("The harasser is a partner, former partner or family or household member: a court order "
                    + "can forbid them to contact you or to keep doing what they did.", why);
        }
        if (step.dependsOn().stream().noneMatch(dep -> dep.getRouteId().equals(UsRouteIds.POLICE))) {
            step.depends(Dependency.of(UsRouteIds.POLICE, false, "A police report supports the application."));
        }
        if (!f.namedPerpetrator) {
            step.missing("/parties", "Who the harasser is: a court order is made against a named person.");
        }
    }

    private static void requestElementsMissing(Case c, List<String> intimate, StepDraft t) {
        Set<String> ids = new HashSet<>(intimate);
        boolean locatable = false;
        for (var i : c.getIncidents()) {
            if (ids.contains(i.getId()) && i.getLocations().stream()
                    .anyMatch(l -> l.getUrl().isPresent() || l.getPlatformId().isPresent())) {
                locatable = true;
                break;
            }
        }
        if (!intimate.isEmpty() && !locatable) {
            t.missing("/incidents", "Where the image is: its link (URL) or the platform's id for the post.");
        }
        var s = c.getSubject();
        if (s.getEmail().isEmpty() && s.getPhone().isEmpty() && s.getAddress().isEmpty()) {
            t.missing("/subject/email", "How the platform can contact you (an e-mail address, phone or address).");
        }
    }

    /** What a DMCA notice (17 U.S.C. § 512(c)(3)(A)) needs that the case lacks: the copies' URLs and a contact. */
    private static void noticeElementsMissing(Case c, List<String> ids, StepDraft step) {
        boolean located = c.getIncidents().stream().filter(i -> ids.contains(i.getId()))
                .anyMatch(i -> i.getLocations().stream().anyMatch(l -> l.getUrl().isPresent()));
        if (!located) {
            step.missing("/incidents", "The link (URL) of each copy of the image, so the host can find it.");
        }
        var s = c.getSubject();
        if (s.getEmail().isEmpty() && s.getPhone().isEmpty() && s.getAddress().isEmpty()) {
            step.missing("/subject/email", "How the host can contact you (an e-mail address, phone or address).");
        }
    }

    /** TAKE IT DOWN requests sent: their 48 hours, and the FTC step once they passed without removal. */
    private void deadlines(List<ReportMade> sent, OffsetDateTime asOf, StepDraft t, Drafts d) {
        List<ReportMade> pending = sent.stream().filter(r -> r.getStatus() != ReportStatus.ACTION_TAKEN).toList();
        pending.stream().map(r -> r.getMadeAt().plus(REMOVAL_WINDOW)).min(Comparator.naturalOrder())
                .ifPresent(t::deadline);
        List<ReportMade> overdue = pending.stream().filter(r -> !asOf.isBefore(r.getMadeAt().plus(REMOVAL_WINDOW)))
                .toList();
        for (ReportMade r : pending) {
            OffsetDateTime end = r.getMadeAt().plus(REMOVAL_WINDOW);
            t.reason("Your request of " + Text.dateTime(r.getMadeAt()) + (overdue.contains(r)
                    ? " passed its 48 hours on " + Text.dateTime(end) + " without the platform confirming removal."
                    : ": the platform's 48 hours end on " + Text.dateTime(end) + "."), r.getIncidentIds());
        }
        if (overdue.isEmpty()) {
            return;
        }
        StepDraft ftc = d.add(StepPhase.ESCALATION, UsRouteIds.FTC_COMPLAINT, "A covered platform did not confirm "
                + "removal within 48 hours of your TAKE IT DOWN Act request. The FTC enforces that duty.",
                overdue.get(0).getIncidentIds())
                .depends(Dependency.of(UsRouteIds.TAKE_IT_DOWN_REQUEST, true, "The complaint is about a request "
                        + "the platform did not act on."));
        if (t.missing().isEmpty()) {
            ftc.documents(UsDocumentKinds.TAKE_IT_DOWN_REQUEST);
        }
        for (ReportMade r : overdue) {
            if (r.getMadeAt().toLocalDate().isBefore(TIDA_COMPLIANCE)) {
                ftc.reason("Your request of " + Text.dateTime(r.getMadeAt()) + " was made before covered platforms "
                        + "had to comply (May 19, 2026): send the request again if the image is still up, and "
                        + "complain if it is not removed within 48 hours.", r.getIncidentIds());
            }
        }
    }

    /** Steps for routes the person already reported to, with the report that covers them. */
    private void reportsMade(Case c, Facts f, Drafts d) {
        Map<String, ReportMade> latest = new HashMap<>();
        for (ReportMade r : c.getReports()) {
            if (r.getStatus() == ReportStatus.DRAFT) {
                continue; // not sent: it covers nothing yet
            }
            ReportMade prev = latest.get(r.getRouteId());
            if (prev == null || r.getMadeAt().isAfter(prev.getMadeAt())
                    || r.getMadeAt().isEqual(prev.getMadeAt()) && r.getId().compareTo(prev.getId()) > 0) {
                latest.put(r.getRouteId(), r);
            }
        }
        for (ReportMade r : latest.values().stream().sorted(Comparator.comparing(ReportMade::getId)).toList()) {
            StepDraft step = d.find(r.getRouteId());
            if (step == null && ADDED_FROM_REPORTS.contains(r.getRouteId())
                    && !(r.getRouteId().equals(UsRouteIds.STOPNCII) && f.anyMinor())) {
                Route route = catalog.route(r.getRouteId());
                StepPhase phase = switch (route.getKind()) {
                    case IMAGE_REMOVAL, PLATFORM_REPORT, LEGAL_NOTICE -> StepPhase.REMOVAL;
                    case REGULATOR -> StepPhase.ESCALATION;
                    default -> StepPhase.REPORT;
                };
                step = d.add(phase, r.getRouteId(), "You already reported this here on "
                        + Text.dateTime(r.getMadeAt()) + ".", r.getIncidentIds());
            }
            if (step != null) {
                step.doneBy(r.getId());
            }
        }
    }

    private static List<ReportMade> sentReports(Case c, String routeId) {
        return c.getReports().stream()
                .filter(r -> r.getRouteId().equals(routeId) && r.getStatus() != ReportStatus.DRAFT).toList();
    }

    @SafeVarargs
    private static List<String> union(Case c, List<String>... lists) {
        Set<String> ids = new HashSet<>();
        for (List<String> l : lists) {
            ids.addAll(l);
        }
        List<String> out = new ArrayList<>();
        c.getIncidents().forEach(i -> {
            if (ids.contains(i.getId())) {
                out.add(i.getId());
            }
        });
        return out;
    }

    private static List<String> intersect(List<String> a, List<String> b) {
        Set<String> in = new HashSet<>(b);
        return a.stream().filter(in::contains).toList();
    }

    // ------------------------------------------------------------------ drafts

    /** The steps of one plan, in the order they were added; each route once. */
    final class Drafts {
        private final List<StepDraft> drafts = new ArrayList<>();

        StepDraft add(StepPhase phase, String routeId, String why, List<String> incidentIds) {
            return add(phase, catalog.route(routeId), why, incidentIds);
        }

        StepDraft add(StepPhase phase, Route route, String why, List<String> incidentIds) {
            StepDraft existing = find(route.getId());
            if (existing != null) {
                return existing.reason(why, incidentIds);
            }
            StepDraft d = new StepDraft(route, phase).reason(why, incidentIds);
            drafts.add(d);
            return d;
        }

        StepDraft find(String routeId) {
            for (StepDraft d : drafts) {
                if (d.route().getId().equals(routeId)) {
                    return d;
                }
            }
            return null;
        }

        Plan build(Case c, OffsetDateTime asOf, Facts f) {
            Set<String> child = new HashSet<>(f.child);
            Set<String> planWarnings = new HashSet<>(List.of(StandardWarnings.KEEP_EVIDENCE,
                    StandardWarnings.DO_NOT_RETALIATE));
            if (!f.financialDemand.isEmpty() || !f.sextortion.isEmpty()) {
                planWarnings.add(StandardWarnings.NEVER_PAY);
            }
            if (!child.isEmpty() || !f.minorSexual.isEmpty()) {
                planWarnings.add(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
            }
            List<StepDraft> ordered = new ArrayList<>(drafts);
            ordered.sort(Comparator.comparing(StepDraft::phase)); // stable: keeps the order within a phase
            List<PlanStep> steps = new ArrayList<>();
            for (StepDraft d : ordered) {
                if (ALERTING.contains(d.route().getKind())) {
                    d.warn(StandardWarnings.HARASSER_MAY_BE_ALERTED);
                }
                if (d.concernsAny(child)) {
                    d.warn(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
                }
                planWarnings.addAll(d.warnings());
                steps.add(d.build());
            }
            List<Warning> warnings = new ArrayList<>();
            for (Warning w : catalog.warnings()) {
                if (planWarnings.contains(w.getId())) {
                    warnings.add(w);
                }
            }
            return Plan.builder()
                    .caseId(c.getId())
                    .jurisdiction(c.getJurisdiction())
                    .packId("us")
                    .asOf(asOf)
                    .steps(steps)
                    .warnings(warnings)
                    .build();
        }
    }
}
