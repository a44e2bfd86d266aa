package org.redress.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.redress.core.InvalidDataException;
import org.redress.core.document.Attachment;
import org.redress.core.document.Block;
import org.redress.core.document.BulletList;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Table;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.Account;
import org.redress.core.model.Answer;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.Person;
import org.redress.core.model.Relationship;
import org.redress.core.model.ReportMade;
import org.redress.core.model.ReportOutcome;
import org.redress.core.model.ReportStatus;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImageMaker;
import org.redress.core.model.Incident;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Party;
import org.redress.core.plan.CourseOfConduct;
import org.redress.core.plan.DocumentKind;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.ImmutableDocumentOptions;
import org.redress.core.plan.JurisdictionPack;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.core.plan.SafetyAssessment;
import org.redress.core.plan.StandardWarnings;
import org.redress.core.plan.Warning;
import org.redress.core.route.ContactChannel;
import org.redress.core.route.ContactKind;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.Provenance;
import org.redress.core.route.Route;
import org.redress.core.route.RouteKind;
import org.redress.core.route.Source;

/**
 * The compatibility kit every jurisdiction pack passes. A pack's test extends this class and supplies the pack,
 * the jurisdictions it covers and the documentation file that lists its public ids:
 *
 * <pre>{@code
 * class UkPackContractTest extends JurisdictionPackContract {
 *     protected JurisdictionPack pack() { return new UkPack(); }
 *     protected List<String> jurisdictions() { return List.of("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"); }
 *     protected Path documentedIds() { return Path.of("../docs/routes-uk.md"); }
 * }
 * }</pre>
 *
 * <p>The kit runs on jqwik (examples and properties over {@link CaseArbitraries#cases(String...)}), and checks:
 * <ul>
 *   <li>data: every route, contact and legal basis has sources and a {@code verifiedOn} date that is not in the
 *       future; source and web addresses are absolute; phone and text contacts are well formed (a number to dial,
 *       the way people write it with the same digits, and an E.164 form exactly when the number is not a short
 *       code);</li>
 *   <li>ids: route ids start with the pack's id and are unique; the pack has every standard warning
 *       ({@link StandardWarnings#ALL}); every route id, warning id and document kind id is documented, and every
 *       id documented is the pack's (see {@link #documentedIds()} for the format);</li>
 *   <li>plans: planning is total (no exception for any valid case) and deterministic (the same plan, the same JSON
 *       bytes), plans read back from their JSON, steps name the pack's routes, warnings and document kinds, and
 *       every unverified fact of a step's route is in the step's {@code unverifiedNotes};</li>
 *   <li>safety (danger and age read by {@link SafetyAssessment}): imminent danger, shown by the flag or by the
 *       facts, puts an {@link RouteKind#EMERGENCY} route first and {@code immediate-danger} as the first warning, and
 *       every pack has an emergency route to call; the first warning is never {@code harasser-may-be-alerted};
 *       every plan has {@code keep-evidence}; a financial demand brings {@code never-pay}; a sexual image of a child
 *       (content involving a child, or an intimate image of a person under 18 at the time) brings
 *       {@code do-not-copy-child-abuse-material} on the plan and on every step that cites it; a person who is or was
 *       a child gets no route for adults only; a step that alerts the harasser ({@link RouteKind#LEGAL_NOTICE},
 *       {@link RouteKind#PROTECTIVE_ORDER}) carries {@code harasser-may-be-alerted} when the harasser is a partner,
 *       family member or knows the address, and with a domestic harasser comes after a helpline;</li>
 *   <li>documents: every document kind of the pack builds from any valid case (or fails with
 *       {@link InvalidDataException} naming what is missing); none shows or attaches evidence of content involving a
 *       child or names a sexual image of a child; what reaches the other party
 *       ({@link ReportDocument#reachesOtherParty()}) shows none of the person's address, e-mail, phone number, safety
 *       measures or safety advice; none claims authorship or copyright of an image unless the case records that the
 *       person made it.</li>
 * </ul>
 *
 * @since 1.0
 */
public abstract class JurisdictionPackContract {

    private static final Pattern TABLE_ID = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|", Pattern.MULTILINE);

    /** Subclasses have a no-argument constructor. */
    protected JurisdictionPackContract() {
    }

    /** {@return the pack under test (a new or shared instance; packs hold no per-case state)} */
    protected abstract JurisdictionPack pack();

    /**
     * {@return the jurisdiction codes to generate cases in, such as {@code GB-ENG}; all of them covered by the pack}
     */
    protected abstract List<String> jurisdictions();

    /**
     * The Markdown file that documents the pack's public ids, relative to the test's working directory (the
     * module's folder under Maven), such as {@code ../docs/routes-uk.md}. Every id is listed as the first cell of a
     * table row, in backticks: {@code | `uk.police` | ... |}. First cells that start with the pack's id and a dot
     * must be route ids or document kind ids of the pack; other backticked first cells that look like warning ids
     * (lower-case words joined by '-') must be warning ids of the pack.
     *
     * @return the path of the Markdown file, relative to the working directory of the test run
     */
    protected abstract Path documentedIds();

    /**
     * Ids of the pack's offences (and orders' legal bases) that need a course of conduct: conduct on at least two
     * occasions by the same person. {@link #safetyRulesHold} checks that no plan lists them unless the case has two
     * incidents that may be by one person ({@link CourseOfConduct}). Empty by default.
     *
     * @return the ids of the offences and legal bases that need a course of conduct
     */
    protected Set<String> courseOfConductLaw() {
        return Set.of();
    }

    /**
     * Ids of laws (offences, or orders' legal bases) of the jurisdiction that need only one act of the given kind,
     * so that one incident must bring them: a threat of violence, a single intimate image, a single doxxing act,
     * where the law says so. {@link #singleActLawIsNotSuppressed} checks that a plan for one such incident by a named
     * adult acquaintance lists each (as a step's possible offence or a step's route legal basis). Empty by default.
     *
     * @param jurisdiction a jurisdiction code of {@link #jurisdictions()}
     * @param kind the kind of the one incident
     * @return the ids of those laws, empty when the pack declares none
     */
    protected Set<String> singleActLaw(String jurisdiction, HarassmentKind kind) {
        return Set.of();
    }

    /**
     * Ids of the pack's routes that take reports of a child being groomed or sexually exploited online (such as
     * CEOP or the NCMEC CyberTipline). {@link #childContactedByAnAdultKnownOnlyOnlineGetsAChildProtectionRoute}
     * checks that a child contacted by someone known only online, not known to be a child, gets one. Empty by
     * default (the property then checks nothing).
     *
     * @return the ids of those routes, empty when the pack declares none
     */
    protected Set<String> childExploitationRoutes() {
        return Set.of();
    }

    /** {@return the moment plans are made for} Fixed, so that plans are reproducible. */
    protected OffsetDateTime planningTime() {
        return OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    /** {@return valid cases in the pack's {@linkplain #jurisdictions() jurisdictions}} */
    @Provide
    public Arbitrary<Case> contractCases() {
        return CaseArbitraries.cases(jurisdictions().toArray(String[]::new));
    }

    // ------------------------------------------------------------------ the pack and its data

    /** The pack is found by {@link java.util.ServiceLoader} and covers its jurisdictions. */
    @Example
    public void packIsFoundAndCoversItsJurisdictions() {
        assertThat(Planner.load().packs()).extracting(JurisdictionPack::id).contains(pack().id());
        for (String j : jurisdictions()) {
            assertThat(pack().covers(Jurisdiction.of(j))).as("covers %s", j).isTrue();
        }
    }

    /** Route ids are unique and start with the pack's id; lists are stable. */
    @Example
    public void idsAreUniqueAndPrefixed() {
        JurisdictionPack pack = pack();
        List<String> ids = pack.routes().stream().map(Route::id).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith(pack.id() + "."));
        assertThat(pack.warnings().stream().map(Warning::id).toList()).doesNotHaveDuplicates();
        assertThat(pack.documentKinds().stream().map(DocumentKind::id).toList()).doesNotHaveDuplicates();
        assertThat(pack.routes()).isEqualTo(pack().routes());
        assertThat(pack.warnings()).isEqualTo(pack().warnings());
    }

    /** The pack can attach every standard warning. */
    @Example
    public void hasEveryStandardWarning() {
        assertThat(pack().warnings().stream().map(Warning::id).toList()).containsAll(StandardWarnings.ALL);
    }

    /** Every route, contact and legal basis says where it comes from and when it was checked. */
    @Example
    public void everyFactHasSourcesAndVerifiedOn() {
        for (Route r : pack().routes()) {
            checkProvenance(r.id(), r.provenance());
            for (ContactChannel c : r.contacts()) {
                checkProvenance(r.id() + " contact '" + c.label() + "'", c.provenance());
            }
            for (LegalBasis l : r.legalBasis()) {
                checkProvenance(r.id() + " legal basis " + l.id(), l.provenance());
            }
        }
    }

    /** Phone and text contacts are well formed; web and e-mail contacts have absolute addresses. */
    @Example
    public void contactsAreWellFormed() {
        for (Route r : pack().routes()) {
            for (ContactChannel c : r.contacts()) {
                String where = r.id() + " contact '" + c.label() + "'";
                if (c.kind() == ContactKind.PHONE || c.kind() == ContactKind.TEXT) {
                    checkNumber(where, c);
                } else if (c.kind() == ContactKind.WEB) {
                    assertThat(c.url()).as(where).isPresent();
                    assertThat(c.url().get().getScheme()).as(where + " scheme").isEqualTo("https");
                } else if (c.kind() == ContactKind.EMAIL) {
                    assertThat(c.url()).as(where).isPresent();
                    assertThat(c.url().get().getScheme()).as(where + " scheme").isEqualTo("mailto");
                }
            }
        }
    }

    /** Every route id, warning id and document kind id is documented, and every documented id exists. */
    @Example
    public void idsAreDocumented() {
        JurisdictionPack pack = pack();
        String doc;
        try {
            doc = Files.readString(documentedIds(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documented ids at " + documentedIds().toAbsolutePath(), e);
        }
        Set<String> documented = new LinkedHashSet<>();
        Matcher m = TABLE_ID.matcher(doc);
        while (m.find()) {
            documented.add(m.group(1).trim());
        }
        Set<String> routeAndDocIds = new HashSet<>();
        pack.routes().forEach(r -> routeAndDocIds.add(r.id()));
        pack.documentKinds().forEach(k -> routeAndDocIds.add(k.id()));
        Set<String> warningIds = new HashSet<>();
        pack.warnings().forEach(w -> warningIds.add(w.id()));
        assertThat(documented).as("ids documented in %s", documentedIds())
                .containsAll(routeAndDocIds).containsAll(warningIds);
        for (String id : documented) {
            if (id.startsWith(pack.id() + ".")) {
                assertThat(routeAndDocIds).as("documented id %s is a route or document kind", id).contains(id);
            } else if (id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                assertThat(warningIds).as("documented id %s is a warning", id).contains(id);
            }
        }
    }

    /** A document kind the pack does not have gives no document. */
    @Example
    public void unknownDocumentKindGivesNothing() {
        Case c = CaseArbitraries.generate(new java.util.Random(1), List.of(Jurisdiction.of(jurisdictions().get(0))), 3);
        Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
        assertThat(pack().buildDocument("zz.no-such-document", c, plan, DocumentOptions.defaults())).isEmpty();
    }

    // ------------------------------------------------------------------ plans

    /**
     * Planning is total and deterministic, and plans name only the pack's routes, warnings and documents.
     *
     * @param c a generated case in the pack's jurisdictions
     */
    @Property(tries = 150)
    public void plansAreTotalDeterministicAndConsistent(@ForAll("contractCases") Case c) {
        JurisdictionPack pack = pack();
        PlanningContext ctx = PlanningContext.at(planningTime());
        Plan plan = pack.plan(c, ctx);
        Plan again = pack().plan(c, ctx);
        assertThat(again).isEqualTo(plan);
        byte[] json = RedressJson.write(plan);
        assertThat(RedressJson.write(again)).isEqualTo(json);
        assertThat(RedressJson.read(json, Plan.class, "plan")).isEqualTo(plan);

        assertThat(plan.caseId()).isEqualTo(c.id());
        assertThat(plan.jurisdiction()).isEqualTo(c.jurisdiction());
        assertThat(plan.packId()).isEqualTo(pack.id());
        assertThat(plan.disclaimer()).isNotBlank();
        assertThat(plan.steps()).isNotEmpty();
        Set<String> kinds = new HashSet<>();
        pack.documentKinds().forEach(k -> kinds.add(k.id()));
        for (Warning w : plan.warnings()) {
            assertThat(pack.warning(w.id())).as("warning %s is the pack's", w.id()).isPresent();
        }
        for (PlanStep s : plan.steps()) {
            assertThat(pack.route(s.routeId())).as("step %s is a route of the pack", s.routeId()).isPresent();
            assertThat(kinds).as("document kinds of %s", s.routeId()).containsAll(s.documentKinds());
            assertThat(s.unverifiedNotes()).as("unverified notes of %s", s.routeId())
                    .containsAll(s.route().unverifiedNotes());
            s.doneByReportId().ifPresent(id -> assertThat(c.reports()).anyMatch(r -> r.id().equals(id)));
            for (var reason : s.reasons()) {
                for (String incidentId : reason.incidentIds()) {
                    assertThat(c.incident(incidentId)).as("incident cited by %s", s.routeId()).isPresent();
                }
            }
        }
    }

    /** Every pack has an emergency route with a number to call. */
    @Example
    public void hasAnEmergencyRouteToCall() {
        assertThat(pack().routes()).as("emergency routes").anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RouteKind.EMERGENCY);
            assertThat(r.contacts()).anyMatch(ch -> ch.kind() == ContactKind.PHONE);
        });
    }

    /**
     * The safety rules every pack follows. Danger and age are read from the facts by {@link SafetyAssessment}, not
     * only from the person's own flags: a threat of violence due within a day or tied to a place, a weapon, the
     * harasser nearby or others urged to go to the person put the emergency route first.
     *
     * @param c a generated case in the pack's jurisdictions
     */
    @Property(tries = 250)
    public void safetyRulesHold(@ForAll("contractCases") Case c) {
        Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
        SafetyAssessment safety = SafetyAssessment.of(c, planningTime());
        List<PlanStep> steps = plan.steps();
        assertThat(plan.hasWarning(StandardWarnings.KEEP_EVIDENCE)).as("keep-evidence").isTrue();
        if (safety.immediateDanger() || c.safety().isInImmediateDanger()) {
            assertThat(steps.get(0).route().kind()).as("first step in immediate danger (%s)", safety.signals())
                    .isEqualTo(RouteKind.EMERGENCY);
            assertThat(plan.warnings().get(0).id()).as("first warning in immediate danger")
                    .isEqualTo(StandardWarnings.IMMEDIATE_DANGER);
            assertThat(steps.get(0).warningIds()).contains(StandardWarnings.IMMEDIATE_DANGER);
        }
        if (!plan.warnings().isEmpty()) {
            assertThat(plan.warnings().get(0).id()).as("the first warning is never about alerting the harasser")
                    .isNotEqualTo(StandardWarnings.HARASSER_MAY_BE_ALERTED);
        }
        if (c.incidents().stream().anyMatch(Incident::isFinancialDemand)) {
            assertThat(plan.hasWarning(StandardWarnings.NEVER_PAY)).as("never-pay").isTrue();
        }

        // Children: by date of birth or flag, at the time of any incident or now.
        Set<String> childIncidents = new HashSet<>();
        Set<String> childImageIncidents = new HashSet<>();
        for (Incident i : c.incidents()) {
            if (safety.child(i) || i.isInvolvesChild()) {
                childIncidents.add(i.id());
            }
            if (safety.childSexualImage(i)) {
                childImageIncidents.add(i.id());
            }
        }
        if (!childImageIncidents.isEmpty()) {
            assertThat(plan.hasWarning(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL))
                    .as("child-material warning").isTrue();
        }
        // An intimate image of someone whose age at the time is not known may be a child's: never advise copying it.
        if (c.incidents().stream().anyMatch(i -> SafetyAssessment.intimateImage(i)
                && safety.age(i) == SafetyAssessment.AgeAtTime.UNKNOWN)) {
            assertThat(plan.hasWarning(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL))
                    .as("child-material warning for an intimate image of someone of unknown age").isTrue();
        }
        // Course-of-conduct offences need two occasions by the same person, not one each by two people.
        if (!courseOfConductLaw().isEmpty() && !CourseOfConduct.inCase(c)) {
            for (PlanStep s : steps) {
                assertThat(s.possibleOffences()).extracting(LegalBasis::id)
                        .as("step %s lists a course-of-conduct offence without two incidents by one person",
                                s.routeId())
                        .doesNotContainAnyElementsOf(courseOfConductLaw());
            }
        }
        for (PlanStep s : steps) {
            Route r = s.route();
            if (cites(s, childImageIncidents)) {
                assertThat(s.warningIds()).as("step %s cites a sexual image of a child", s.routeId())
                        .contains(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
            }
            if (safety.ageNow() == SafetyAssessment.AgeAtTime.CHILD || cites(s, childIncidents)) {
                assertThat(r.isAdultsOnly()).as("step %s is for adults only but the person is or was a child",
                        s.routeId()).isFalse();
            }
            safety.ageNowYears().ifPresent(age -> assertThat(r.minAge().map(min -> min <= age).orElse(true))
                    .as("step %s is for people older than the person (%s)", s.routeId(), age).isTrue());
        }

        // Steps that alert the harasser carry the warning, and with a domestic harasser come after safety planning.
        boolean partner = c.parties().stream().anyMatch(Party::isPartnerOrFormerPartner);
        boolean domestic = safety.domesticHarasser();
        int firstAlerting = -1;
        for (int n = 0; n < steps.size(); n++) {
            RouteKind k = steps.get(n).route().kind();
            if (k == RouteKind.LEGAL_NOTICE || k == RouteKind.PROTECTIVE_ORDER) {
                if (firstAlerting < 0) {
                    firstAlerting = n;
                }
                if (partner || domestic || c.safety().isHarasserKnowsAddress()) {
                    assertThat(steps.get(n).warningIds()).as("step %s alerts the harasser", steps.get(n).routeId())
                            .contains(StandardWarnings.HARASSER_MAY_BE_ALERTED);
                }
            }
        }
        if (domestic && firstAlerting >= 0) {
            assertThat(steps.subList(0, firstAlerting)).as("a helpline for safety planning before %s",
                    steps.get(firstAlerting).routeId()).anyMatch(s -> s.route().kind() == RouteKind.HELPLINE);
        }
    }

    /**
     * The course-of-conduct rule never suppresses a law that needs only one act: one incident of a kind that
     * {@link #singleActLaw} names, by a named adult acquaintance, brings each of those laws into the plan.
     */
    @Example
    public void singleActLawIsNotSuppressed() {
        for (String j : jurisdictions()) {
            for (HarassmentKind kind : HarassmentKind.values()) {
                Set<String> law = singleActLaw(j, kind);
                if (law.isEmpty()) {
                    continue;
                }
                Case c = oneIncident(j, kind, Relationship.ACQUAINTANCE, LocalDate.of(1990, 3, 4), 1);
                Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
                Set<String> listed = new HashSet<>();
                for (PlanStep s : plan.steps()) {
                    s.possibleOffences().forEach(l -> listed.add(l.id()));
                    s.route().legalBasis().forEach(l -> listed.add(l.id()));
                }
                assertThat(listed).as("%s: one %s incident brings the law that needs only one act (steps %s)", j,
                        kind, plan.routeIds()).containsAll(law);
            }
        }
    }

    /**
     * A child (by date of birth) contacted by someone they know only online, who is not known to be a child, gets a
     * route that takes reports of grooming and child sexual exploitation, whatever kind of harassment is recorded.
     */
    @Example
    public void childContactedByAnAdultKnownOnlyOnlineGetsAChildProtectionRoute() {
        if (childExploitationRoutes().isEmpty()) {
            return;
        }
        LocalDate thirteen = planningTime().toLocalDate().minusYears(13).minusMonths(2);
        for (String j : jurisdictions()) {
            for (HarassmentKind kind : List.of(HarassmentKind.BULLYING, HarassmentKind.OTHER,
                    HarassmentKind.THREAT_OTHER, HarassmentKind.SEXTORTION_OR_BLACKMAIL)) {
                Case c = oneIncident(j, kind, Relationship.ONLINE_CONTACT, thirteen, 2);
                Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
                assertThat(plan.routeIds()).as("%s: a 13-year-old contacted (%s) by an adult known only online", j,
                        kind).containsAnyElementsOf(childExploitationRoutes());
            }
        }
    }

    /**
     * A platform report the platform refused is not shown as done: the platform step stays open (to appeal), and
     * the plan has another open step to take it to.
     */
    @Example
    public void aRefusedPlatformReportLeadsToTheNextStep() {
        for (String j : jurisdictions()) {
            Case c = oneIncident(j, HarassmentKind.TROLLING, Relationship.STRANGER, LocalDate.of(1985, 6, 7), 2);
            Plan before = pack().plan(c, PlanningContext.at(planningTime()));
            Optional<PlanStep> platform = before.steps().stream()
                    .filter(s -> s.route().kind() == RouteKind.PLATFORM_REPORT).findFirst();
            assertThat(platform).as("%s: an online incident gets a platform report step", j).isPresent();
            String routeId = platform.get().routeId();
            Case refused = ImmutableCase.copyOf(c).withReports(ReportMade.builder().id("r1").routeId(routeId)
                    .madeAt(planningTime().minusDays(10)).respondedAt(planningTime().minusDays(9))
                    .status(ReportStatus.REJECTED).outcome(ReportOutcome.REFUSED)
                    .addIncidentIds("i1", "i2").build());
            Plan plan = pack().plan(refused, PlanningContext.at(planningTime()));
            PlanStep step = plan.step(routeId).orElseThrow(() -> new AssertionError(j + ": the platform step "
                    + "disappeared after a refused report"));
            assertThat(step.doneByReportId()).as("%s: a refused platform report is not done", j).isEmpty();
            assertThat(plan.steps()).as("%s: a refused platform report leads to another open step", j)
                    .anyMatch(s -> !s.routeId().equals(routeId) && s.doneByReportId().isEmpty()
                            && EnumSet.of(RouteKind.ESCALATION, RouteKind.REGULATOR, RouteKind.POLICE,
                                    RouteKind.FEDERAL_AGENCY).contains(s.route().kind()));
        }
    }

    /**
     * A case of {@code count} online incidents of one kind by one party, on consecutive days before the planning
     * time, for a person born on {@code born}: fictional, with no danger signals.
     */
    private Case oneIncident(String j, HarassmentKind kind, Relationship relationship, LocalDate born, int count) {
        Jurisdiction jur = Jurisdiction.of(j);
        java.time.ZoneId zone = jur.country().equals("US") ? java.time.ZoneId.of("America/Chicago")
                : java.time.ZoneId.of("Europe/London");
        var cb = Case.builder().id("tck-" + j.toLowerCase() + "-" + kind.name().toLowerCase()).jurisdiction(jur)
                .subject(Person.builder().name("Robin Example").dateOfBirth(born).build())
                .filedBy(org.redress.core.model.CaseFiler.self())
                .addParties(Party.builder().id("p1").relationship(relationship).name("Casey Fictional")
                        .addAccounts(Account.of("social.example", "@casey_fictional")).build());
        boolean image = kind == HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE
                || kind == HarassmentKind.DEEPFAKE_INTIMATE_IMAGE;
        for (int n = 1; n <= count; n++) {
            var inc = Incident.builder().id("i" + n).channel(org.redress.core.model.Channel.SOCIAL_MEDIA)
                    .kinds(EnumSet.of(kind))
                    .occurredAt(org.redress.core.model.IncidentTime.at(planningTime().minusDays(4 - n), zone))
                    .platform("social.example")
                    .addLocations(ContentLocation.url("https://social.example/p/" + (1000 + n)))
                    .addPerpetratorIds("p1")
                    .intimateImage(image ? Answer.YES : Answer.NO)
                    .financialDemand(kind == HarassmentKind.SEXTORTION_OR_BLACKMAIL ? Answer.YES : Answer.NO)
                    .offlineContact(Answer.NO).weaponShown(Answer.NO).harasserNearby(Answer.NO);
            if (image) {
                inc.imageMadeBy(ImageMaker.SOMEONE_ELSE);
            }
            cb.addIncidents(inc.build());
        }
        return cb.build();
    }

    private static boolean cites(PlanStep s, Set<String> incidentIds) {
        return !incidentIds.isEmpty() && s.reasons().stream()
                .anyMatch(r -> r.incidentIds().stream().anyMatch(incidentIds::contains));
    }

    /**
     * Every document kind of the pack builds from any valid case (or names what is missing), for the person and for
     * service. None shows or attaches evidence of an incident involving a child, and none names, hashes or describes
     * a sexual image of a child, in the document or its companion. What reaches the other party (documents addressed
     * to them, and papers for a court or the police prepared for service) shows none of the person's address, e-mail
     * or phone number, the safety measures they took, or safety advice. No document claims authorship or copyright
     * of an image unless the case records that the person made it.
     *
     * @param c a generated case in the pack's jurisdictions
     */
    @Property(tries = 60)
    public void documentsBuildSafely(@ForAll("contractCases") Case c) {
        Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
        SafetyAssessment safety = SafetyAssessment.of(c, planningTime());
        Set<String> childEvidence = new HashSet<>(safety.childSexualImageEvidenceIds());
        c.incidents().stream().filter(Incident::isInvolvesChild).forEach(i -> {
            childEvidence.addAll(i.evidenceIds());
            i.quotes().forEach(q -> childEvidence.addAll(q.evidenceIds()));
        });
        // What would identify a sexual image of a child: its id (as a JSON string), its hashes, its description.
        Set<String> childImageMarks = new HashSet<>();
        for (EvidenceRecord e : c.evidence()) {
            if (safety.childSexualImageEvidenceIds().contains(e.id())) {
                childImageMarks.add("\"" + e.id() + "\"");
                e.hashes().forEach(h -> childImageMarks.add(h.value()));
                e.description().filter(x -> x.length() >= 8).ifPresent(childImageMarks::add);
            }
        }
        boolean madeByPerson = c.incidents().stream().anyMatch(i -> i.imageMadeBy().orElse(null) == ImageMaker.PERSON);
        List<ReportDocument> docs = everyKind(c, plan, DocumentOptions.defaults());
        List<ReportDocument> served = everyKind(c, plan, ImmutableDocumentOptions.builder().forService(true).build());
        for (ReportDocument d : concat(docs, served)) {
            for (ExhibitReference e : exhibits(d)) {
                if (e.evidenceId().isPresent() && childEvidence.contains(e.evidenceId().get())) {
                    assertThat(e.imageRef()).as("%s shows evidence of an incident involving a child", d.kind())
                            .isEmpty();
                    assertThat(safety.childSexualImageEvidenceIds()).as("%s lists a sexual image of a child",
                            d.kind()).doesNotContain(e.evidenceId().get());
                }
            }
            for (Attachment a : d.attachments()) {
                assertThat(childEvidence).as("%s attaches evidence of an incident involving a child", d.kind())
                        .doesNotContain(a.ref());
            }
            List<String> json = new ArrayList<>(List.of(new String(RedressJson.write(d), StandardCharsets.UTF_8)));
            d.companion().ifPresent(x -> json.add(new String(RedressJson.write(x), StandardCharsets.UTF_8)));
            for (String j : json) {
                for (String mark : childImageMarks) {
                    if (j.contains(mark)) {
                        fail(d.kind() + " names, hashes or describes a sexual image of a child");
                    }
                }
            }
            checkListMarkers(d);
            d.companion().ifPresent(JurisdictionPackContract::checkListMarkers);
            String text = allText(d);
            if (!madeByPerson && AUTHORSHIP.matcher(text).find()) {
                fail(d.kind() + " claims authorship or copyright the case does not record: "
                        + AUTHORSHIP.matcher(text).results().findFirst().map(m -> m.group()).orElse(""));
            }
        }
        List<String> personal = new ArrayList<>();
        c.subject().address().ifPresent(a -> {
            a.lines().stream().filter(l -> l.length() >= 4).forEach(personal::add);
            a.postalCode().ifPresent(personal::add);
        });
        c.subject().email().ifPresent(personal::add);
        c.subject().phone().ifPresent(personal::add);
        c.safety().measuresTaken().stream().filter(m -> m.length() >= 8).forEach(personal::add);
        for (ReportDocument d : concat(docs, served)) {
            // What reaches the other party withholds the person's contact details; a notice to a platform (a DMCA
            // notice, a TAKE IT DOWN request) keeps them, as the law requires, even for service.
            if (!d.reachesOtherParty()) {
                continue;
            }
            String text = allText(d);
            for (String p : personal) {
                if (text.contains(p)) {
                    fail(d.kind() + " reaches the other party and shows the person's contact details or what "
                            + "they do to keep safe");
                }
            }
            if (SAFETY_ADVICE.matcher(text).find()) {
                fail(d.kind() + " reaches the other party and gives safety advice meant for the person: "
                        + SAFETY_ADVICE.matcher(text).results().findFirst().map(m -> m.group()).orElse(""));
            }
        }
    }

    /**
     * Every document, companion and plan reads as prose written for people, whatever the case: no time where a date
     * should be ("On 21:04 BST, ..."), no "on between", an exhibit produced with an article ("I produce a
     * screenshot ... as exhibit SP/1"), no "a" before a vowel or "an" before a consonant in generated words, no
     * upper-case enum names or route ids, no "item(s)" or "1 incidents", no label or field left as an empty string, no
     * clock time without its zone, no collector id, and no US legal vocabulary in a British document or British in an
     * American one. The person's and the harasser's own words are masked first: they are quoted as written.
     *
     * @param c a generated case in the pack's jurisdictions
     */
    @Property(tries = 60)
    public void documentsAndPlansReadAsProse(@ForAll("contractCases") Case c) {
        Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
        List<String> own = ownWords(c);
        List<ReportDocument> docs = concat(everyKind(c, plan, DocumentOptions.defaults()),
                everyKind(c, plan, ImmutableDocumentOptions.builder().forService(true).build()));
        for (ReportDocument d : docs) {
            List<ReportDocument> both = new ArrayList<>(List.of(d));
            d.companion().ifPresent(both::add);
            for (ReportDocument x : both) {
                for (Section s : x.sections()) {
                    for (Block b : s.blocks()) {
                        if (b instanceof FieldGrid) {
                            for (Field f : ((FieldGrid) b).fields()) {
                                assertThat(f.value().map(String::isBlank).orElse(false))
                                        .as("%s: the field '%s' is an empty string (leave it blank instead)",
                                                x.kind(), f.label()).isFalse();
                            }
                        }
                    }
                }
                checkProse(x.kind(), mask(proseOf(x), own), "en-US".equals(x.language()), c);
            }
        }
        StringBuilder planText = new StringBuilder();
        plan.warnings().forEach(w -> planText.append('\n').append(w.title()).append(": ").append(w.text()));
        for (PlanStep st : plan.steps()) {
            st.reasons().forEach(r -> planText.append('\n').append(r.text()));
            st.missing().forEach(m -> planText.append('\n').append(m.description()));
        }
        checkProse("the plan", mask(planText.toString(), own), c.jurisdiction().country().equals("US"), c);
    }

    private static final List<Pattern> NOT_PROSE = List.of(
            Pattern.compile("\\b[Oo]n \\d{1,2}:\\d{2}"),
            Pattern.compile("\\b(?:[Oo]n|of|[Bb]etween) between\\b"),
            Pattern.compile("\\bI produce (?!a |an |the |my |this |these |\u2022)"),
            Pattern.compile("\\b[Aa] (?![Uu]|[Oo]ne|[Ee]u)[aeiouAEIOU][a-z]"),
            Pattern.compile("\\b[Aa]n (?![Hh]|[Uu][a-z]*[A-Z])[bcdfgjklmnpqrstvwxyz][a-z]"),
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]*[A-Z]\\b"),
            Pattern.compile("\\b(?:uk|us)\\.[a-z][a-z-]+(?:\\.[a-z-]+)*\\b(?!\\.)"),
            Pattern.compile("[a-z]\\(s\\)(?! each signed by me)"),
            Pattern.compile("\\b1 (?:incidents|occasions|items|exhibits|reports|pages|days|hours|messages|"
                    + "accounts|people|times)\\b"),
            Pattern.compile("(?<![\\dT.:])\\d{1,2}:\\d{2}(?: ?[AP]M)?(?! ?(?:[A-Z]{2,5}\\b|UTC[+-]\\d))"),
            Pattern.compile("(?m)^[A-Z][a-z]+(?: [a-z]+){0,2}: *$"));

    private static final Pattern BRITISH_ONLY = Pattern.compile("(?i)\\bsolicitors?\\b|\\bbarristers?\\b");
    private static final Pattern AMERICAN_ONLY = Pattern.compile("\\battorneys?\\b(?! General)");

    private static void checkProse(String where, String text, boolean american, Case c) {
        for (Pattern p : NOT_PROSE) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                fail(where + " does not read as prose (" + p.pattern() + "): \u2026" + around(text, m.start()) + "\u2026");
            }
        }
        Matcher wrongVocabulary = (american ? BRITISH_ONLY : AMERICAN_ONLY).matcher(text);
        if (wrongVocabulary.find()) {
            fail(where + " mixes British and American legal words: \u2026" + around(text, wrongVocabulary.start())
                    + "\u2026");
        }
        for (EvidenceRecord e : c.evidence()) {
            String id = e.collector().id();
            if (id.length() >= 4 && text.contains(id)) {
                fail(where + " names a collector by their pseudonymous id: " + id);
            }
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60)).replace('\n', ' ');
    }

    /** The words of the people in the case (quoted, described, named), which documents repeat as written. */
    private static List<String> ownWords(Case c) {
        List<String> out = new ArrayList<>();
        for (Incident i : c.incidents()) {
            i.summary().ifPresent(out::add);
            i.account().ifPresent(out::add);
            i.quotes().forEach(q -> out.add(q.text()));
            i.locations().forEach(l -> l.description().ifPresent(out::add));
        }
        c.evidence().forEach(e -> {
            e.description().ifPresent(out::add);
            e.transformation().ifPresent(out::add);
            e.contentTime().ifPresent(t -> out.add(t.text()));
        });
        c.impact().forEach(e -> out.add(e.description()));
        out.sort((a, b) -> b.length() - a.length());
        return out.stream().filter(x -> x.length() >= 3).distinct().toList();
    }

    private static String mask(String text, List<String> own) {
        String t = text;
        for (String w : own) {
            t = t.replace(w, "\u2022");
        }
        return t;
    }

    /** Every piece of prose a document shows, headings and declarations included. */
    private static String proseOf(ReportDocument d) {
        StringBuilder sb = new StringBuilder(allText(d));
        for (Section s : d.sections()) {
            s.heading().ifPresent(h -> sb.append('\n').append(h));
            for (Block b : s.blocks()) {
                if (b instanceof org.redress.core.document.Subheading) {
                    sb.append('\n').append(((org.redress.core.document.Subheading) b).text());
                } else if (b instanceof org.redress.core.document.Declaration) {
                    sb.append('\n').append(((org.redress.core.document.Declaration) b).text());
                }
            }
        }
        return sb.toString();
    }

    /** A marker written into a list item by hand: "(a) ", "(iv) ", "b) ", "3. ", "- ". */
    private static final Pattern HAND_MARKER = Pattern.compile("^\\s*(\\(?[a-z]{1,4}\\)|\\(?\\d{1,3}[.)]|[\u2022*-])\\s");

    /**
     * No list item carries its own marker: a renderer draws one (a bullet, or the letter or number of an ordered
     * list), so a hand-written "(a) " would show two. A lettered or numbered list is
     * {@link BulletList#ordered() ordered}.
     */
    private static void checkListMarkers(ReportDocument d) {
        for (Section s : d.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof BulletList l) {
                    for (String item : l.items()) {
                        if (HAND_MARKER.matcher(item).find()) {
                            fail(d.kind() + " has a list item with a marker written into its text (make the list"
                                    + " ordered instead): " + item.substring(0, Math.min(12, item.length())));
                        }
                    }
                }
            }
        }
    }

    /** Words that claim the person made an image or holds its copyright. */
    private static final Pattern AUTHORSHIP = Pattern.compile("(?i)\\b(I am|I'm) the (author|creator|photographer|"
            + "copyright (owner|holder))\\b|\\bI (own|hold) the copyright\\b|\\bI (took|made|created) (the|this|these) "
            + "(image|images|photo|photos|picture|pictures|video|videos)\\b");

    /** Advice meant for the person that must never reach the other party. */
    private static final Pattern SAFETY_ADVICE = Pattern.compile("(?i)safety plan|\\badvocate\\b|\\bhelpline\\b|"
            + "\\bhotline\\b|\\brefuge\\b|\\bshelter\\b|stay safe");

    // ------------------------------------------------------------------ helpers

    /** Every document kind of the pack, built for the case; a kind the case lacks facts for names what is missing. */
    private List<ReportDocument> everyKind(Case c, Plan plan, DocumentOptions options) {
        List<ReportDocument> out = new ArrayList<>();
        for (DocumentKind k : pack().documentKinds()) {
            try {
                pack().buildDocument(k.id(), c, plan, options).ifPresent(out::add);
            } catch (InvalidDataException e) {
                assertThat(e.problems()).as("an InvalidDataException names what is missing").isNotEmpty();
            }
        }
        return out;
    }

    private static List<ReportDocument> concat(List<ReportDocument> a, List<ReportDocument> b) {
        List<ReportDocument> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<ExhibitReference> exhibits(ReportDocument d) {
        List<ExhibitReference> out = new ArrayList<>();
        for (Section s : d.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof ExhibitReference) {
                    out.add((ExhibitReference) b);
                }
            }
        }
        return out;
    }

    /** Every piece of text a document shows. */
    private static String allText(ReportDocument d) {
        StringBuilder sb = new StringBuilder();
        d.subtitle().ifPresent(sb::append);
        d.headerFields().forEach(f -> f.value().ifPresent(v -> sb.append('\n').append(v)));
        for (Section s : d.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph) {
                    sb.append('\n').append(((Paragraph) b).text());
                } else if (b instanceof FieldGrid) {
                    for (Field f : ((FieldGrid) b).fields()) {
                        f.value().ifPresent(v -> sb.append('\n').append(v));
                    }
                } else if (b instanceof Table) {
                    ((Table) b).rows().forEach(row -> row.forEach(cell -> sb.append('\n').append(cell)));
                } else if (b instanceof BulletList) {
                    ((BulletList) b).items().forEach(i -> sb.append('\n').append(i));
                } else if (b instanceof ExhibitReference) {
                    sb.append('\n').append(((ExhibitReference) b).description());
                }
            }
        }
        return sb.toString();
    }

    private static void checkProvenance(String where, Provenance p) {
        assertThat(p.sources()).as(where + " sources").isNotEmpty();
        assertThat(p.verifiedOn()).as(where + " verifiedOn")
                .isAfter(LocalDate.of(2000, 1, 1)).isBeforeOrEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        for (Source s : p.sources()) {
            URI u = s.url();
            assertThat(u.isAbsolute() && ("https".equals(u.getScheme()) || "http".equals(u.getScheme())))
                    .as(where + " source address " + u).isTrue();
        }
        if (p.needsFlag()) {
            assertThat(p.unverifiedNote()).as(where + " unverified note").isPresent();
        }
    }

    private static void checkNumber(String where, ContactChannel c) {
        Optional<String> dial = c.dial();
        assertThat(dial).as(where + " dial").isPresent();
        assertThat(dial.get()).as(where + " dial").matches("\\+?[0-9]{2,15}");
        assertThat(c.display()).as(where + " display").isPresent();
        assertThat(c.display().get().replaceAll("[^0-9]", "")).as(where + " display digits")
                .isEqualTo(dial.get().replace("+", ""));
        String digits = dial.get().replace("+", "");
        boolean shortCode = !dial.get().startsWith("+") && digits.length() <= 6;
        if (shortCode) {
            assertThat(c.e164()).as(where + ": a short code has no E.164 form").isEmpty();
        } else {
            assertThat(c.e164()).as(where + ": a full number has its E.164 form").isPresent();
            String e164 = c.e164().get();
            assertThat(e164).as(where + " e164").matches("\\+[1-9][0-9]{6,14}");
            String national = digits.replaceFirst("^0+", "");
            assertThat(e164).as(where + " e164 is the same number as dial").endsWith(national);
        }
    }
}
