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
import org.redress.core.model.Incident;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Party;
import org.redress.core.plan.DocumentKind;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.ImmutableDocumentOptions;
import org.redress.core.plan.JurisdictionPack;
import org.redress.core.plan.Plan;
import org.redress.core.plan.PlanStep;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
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
 *   <li>safety: immediate danger puts an {@link RouteKind#EMERGENCY} route first and {@code immediate-danger} as
 *       the first warning; every plan has {@code keep-evidence}; a financial demand brings {@code never-pay}; content
 *       involving a child brings {@code do-not-copy-child-abuse-material} on the plan and on every step whose
 *       reasons cite such an incident, and no document shows or attaches that incident's evidence; when a party is a
 *       current or former partner, or the harasser knows the person's address, every {@link RouteKind#LEGAL_NOTICE}
 *       or {@link RouteKind#PROTECTIVE_ORDER} step carries {@code harasser-may-be-alerted};</li>
 *   <li>documents: the documents a plan uses build from any valid case (or fail with
 *       {@link InvalidDataException} naming what is missing), and papers for service show none of the person's
 *       address, e-mail or phone number.</li>
 * </ul>
 */
public abstract class JurisdictionPackContract {

    private static final Pattern TABLE_ID = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|", Pattern.MULTILINE);

    /** Subclasses have a no-argument constructor. */
    protected JurisdictionPackContract() {
    }

    /** The pack under test (a new or shared instance; packs hold no per-case state). */
    protected abstract JurisdictionPack pack();

    /** The jurisdiction codes to generate cases in, such as {@code GB-ENG}; all of them covered by the pack. */
    protected abstract List<String> jurisdictions();

    /**
     * The Markdown file that documents the pack's public ids, relative to the test's working directory (the
     * module's folder under Maven), such as {@code ../docs/routes-uk.md}. Every id is listed as the first cell of a
     * table row, in backticks: {@code | `uk.police` | ... |}. First cells that start with the pack's id and a dot
     * must be route ids or document kind ids of the pack; other backticked first cells that look like warning ids
     * (lower-case words joined by '-') must be warning ids of the pack.
     */
    protected abstract Path documentedIds();

    /** The moment plans are made for. Fixed, so that plans are reproducible. */
    protected OffsetDateTime planningTime() {
        return OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    /** Cases in the pack's jurisdictions. */
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
        List<String> ids = pack.routes().stream().map(Route::getId).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith(pack.id() + "."));
        assertThat(pack.warnings().stream().map(Warning::getId).toList()).doesNotHaveDuplicates();
        assertThat(pack.documentKinds().stream().map(DocumentKind::getId).toList()).doesNotHaveDuplicates();
        assertThat(pack.routes()).isEqualTo(pack().routes());
        assertThat(pack.warnings()).isEqualTo(pack().warnings());
    }

    /** The pack can attach every standard warning. */
    @Example
    public void hasEveryStandardWarning() {
        assertThat(pack().warnings().stream().map(Warning::getId).toList()).containsAll(StandardWarnings.ALL);
    }

    /** Every route, contact and legal basis says where it comes from and when it was checked. */
    @Example
    public void everyFactHasSourcesAndVerifiedOn() {
        for (Route r : pack().routes()) {
            checkProvenance(r.getId(), r.getProvenance());
            for (ContactChannel c : r.getContacts()) {
                checkProvenance(r.getId() + " contact '" + c.getLabel() + "'", c.getProvenance());
            }
            for (LegalBasis l : r.getLegalBasis()) {
                checkProvenance(r.getId() + " legal basis " + l.getId(), l.getProvenance());
            }
        }
    }

    /** Phone and text contacts are well formed; web and e-mail contacts have absolute addresses. */
    @Example
    public void contactsAreWellFormed() {
        for (Route r : pack().routes()) {
            for (ContactChannel c : r.getContacts()) {
                String where = r.getId() + " contact '" + c.getLabel() + "'";
                if (c.getKind() == ContactKind.PHONE || c.getKind() == ContactKind.TEXT) {
                    checkNumber(where, c);
                } else if (c.getKind() == ContactKind.WEB) {
                    assertThat(c.getUrl()).as(where).isPresent();
                    assertThat(c.getUrl().get().getScheme()).as(where + " scheme").isEqualTo("https");
                } else if (c.getKind() == ContactKind.EMAIL) {
                    assertThat(c.getUrl()).as(where).isPresent();
                    assertThat(c.getUrl().get().getScheme()).as(where + " scheme").isEqualTo("mailto");
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
        pack.routes().forEach(r -> routeAndDocIds.add(r.getId()));
        pack.documentKinds().forEach(k -> routeAndDocIds.add(k.getId()));
        Set<String> warningIds = new HashSet<>();
        pack.warnings().forEach(w -> warningIds.add(w.getId()));
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

    /** Planning is total and deterministic, and plans name only the pack's routes, warnings and documents. */
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

        assertThat(plan.getCaseId()).isEqualTo(c.getId());
        assertThat(plan.getJurisdiction()).isEqualTo(c.getJurisdiction());
        assertThat(plan.getPackId()).isEqualTo(pack.id());
        assertThat(plan.getDisclaimer()).isNotBlank();
        assertThat(plan.getSteps()).isNotEmpty();
        Set<String> kinds = new HashSet<>();
        pack.documentKinds().forEach(k -> kinds.add(k.getId()));
        for (Warning w : plan.getWarnings()) {
            assertThat(pack.warning(w.getId())).as("warning %s is the pack's", w.getId()).isPresent();
        }
        for (PlanStep s : plan.getSteps()) {
            assertThat(pack.route(s.getRouteId())).as("step %s is a route of the pack", s.getRouteId()).isPresent();
            assertThat(kinds).as("document kinds of %s", s.getRouteId()).containsAll(s.getDocumentKinds());
            assertThat(s.getUnverifiedNotes()).as("unverified notes of %s", s.getRouteId())
                    .containsAll(s.getRoute().unverifiedNotes());
            s.getDoneByReportId().ifPresent(id -> assertThat(c.getReports()).anyMatch(r -> r.getId().equals(id)));
            for (var reason : s.getReasons()) {
                for (String incidentId : reason.getIncidentIds()) {
                    assertThat(c.incident(incidentId)).as("incident cited by %s", s.getRouteId()).isPresent();
                }
            }
        }
    }

    /** The safety rules every pack follows. */
    @Property(tries = 200)
    public void safetyRulesHold(@ForAll("contractCases") Case c) {
        Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
        assertThat(plan.hasWarning(StandardWarnings.KEEP_EVIDENCE)).as("keep-evidence").isTrue();
        if (c.getSafety().isInImmediateDanger()) {
            assertThat(plan.getSteps().get(0).getRoute().getKind()).as("first step in immediate danger")
                    .isEqualTo(RouteKind.EMERGENCY);
            assertThat(plan.getWarnings().get(0).getId()).isEqualTo(StandardWarnings.IMMEDIATE_DANGER);
            assertThat(plan.getSteps().get(0).getWarningIds()).contains(StandardWarnings.IMMEDIATE_DANGER);
        }
        if (c.getIncidents().stream().anyMatch(Incident::isFinancialDemand)) {
            assertThat(plan.hasWarning(StandardWarnings.NEVER_PAY)).as("never-pay").isTrue();
        }
        Set<String> childIncidents = new HashSet<>();
        c.getIncidents().stream().filter(Incident::isInvolvesChild).forEach(i -> childIncidents.add(i.getId()));
        if (!childIncidents.isEmpty()) {
            assertThat(plan.hasWarning(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL)).isTrue();
            for (PlanStep s : plan.getSteps()) {
                boolean cites = s.getReasons().stream()
                        .anyMatch(r -> r.getIncidentIds().stream().anyMatch(childIncidents::contains));
                if (cites) {
                    assertThat(s.getWarningIds()).as("step %s cites an incident involving a child", s.getRouteId())
                            .contains(StandardWarnings.DO_NOT_COPY_CHILD_ABUSE_MATERIAL);
                }
            }
        }
        boolean partner = c.getParties().stream().anyMatch(Party::isPartnerOrFormerPartner);
        if (partner || c.getSafety().isHarasserKnowsAddress()) {
            for (PlanStep s : plan.getSteps()) {
                RouteKind k = s.getRoute().getKind();
                if (k == RouteKind.LEGAL_NOTICE || k == RouteKind.PROTECTIVE_ORDER) {
                    assertThat(s.getWarningIds()).as("step %s alerts the harasser", s.getRouteId())
                            .contains(StandardWarnings.HARASSER_MAY_BE_ALERTED);
                }
            }
        }
    }

    /**
     * The documents a plan uses build from any valid case; none shows or attaches evidence of an incident involving
     * a child; papers that reach the other party (a letter to them, papers for service) show none of the person's
     * address, e-mail or phone number, nor what they do to keep safe.
     */
    @Property(tries = 60)
    public void documentsBuildSafely(@ForAll("contractCases") Case c) {
        Plan plan = pack().plan(c, PlanningContext.at(planningTime()));
        Set<String> childEvidence = new HashSet<>();
        c.getIncidents().stream().filter(Incident::isInvolvesChild).forEach(i -> {
            childEvidence.addAll(i.getEvidenceIds());
            i.getQuotes().forEach(q -> childEvidence.addAll(q.getEvidenceIds()));
        });
        Planner planner = Planner.of(pack());
        List<ReportDocument> docs = buildAll(planner, c, plan, DocumentOptions.defaults());
        List<ReportDocument> served = buildAll(planner, c, plan,
                ImmutableDocumentOptions.builder().forService(true).build());
        for (ReportDocument d : concat(docs, served)) {
            for (ExhibitReference e : exhibits(d)) {
                if (e.getEvidenceId().isPresent() && childEvidence.contains(e.getEvidenceId().get())) {
                    assertThat(e.getImageRef()).as("%s shows evidence of an incident involving a child", d.getKind())
                            .isEmpty();
                }
            }
            for (Attachment a : d.getAttachments()) {
                assertThat(childEvidence).as("%s attaches evidence of an incident involving a child", d.getKind())
                        .doesNotContain(a.getRef());
            }
        }
        List<String> personal = new ArrayList<>();
        c.getSubject().getAddress().ifPresent(a -> {
            a.getLines().stream().filter(l -> l.length() >= 4).forEach(personal::add);
            a.getPostalCode().ifPresent(personal::add);
        });
        c.getSubject().getEmail().ifPresent(personal::add);
        c.getSubject().getPhone().ifPresent(personal::add);
        for (ReportDocument d : concat(docs, served)) {
            // Papers that reach the other party withhold the person's contact details; a notice to a platform (a
            // DMCA notice, a TAKE IT DOWN request) keeps them, as the law requires, even for service.
            if (!d.reachesOtherParty()) {
                continue;
            }
            String text = allText(d);
            for (String p : personal) {
                if (text.contains(p)) {
                    fail(d.getKind() + " reaches the other party and shows the person's address or contact details");
                }
            }
            for (String m : c.getSafety().getMeasuresTaken()) {
                if (text.contains(m)) {
                    fail(d.getKind() + " reaches the other party and shows what the person does to keep safe");
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<ReportDocument> buildAll(Planner planner, Case c, Plan plan, DocumentOptions options) {
        try {
            return planner.documents(c, plan, options);
        } catch (InvalidDataException e) {
            assertThat(e.getProblems()).as("an InvalidDataException names what is missing").isNotEmpty();
            return List.of();
        }
    }

    private static List<ReportDocument> concat(List<ReportDocument> a, List<ReportDocument> b) {
        List<ReportDocument> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<ExhibitReference> exhibits(ReportDocument d) {
        List<ExhibitReference> out = new ArrayList<>();
        for (Section s : d.getSections()) {
            for (Block b : s.getBlocks()) {
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
        d.getSubtitle().ifPresent(sb::append);
        d.getHeaderFields().forEach(f -> f.getValue().ifPresent(v -> sb.append('\n').append(v)));
        for (Section s : d.getSections()) {
            for (Block b : s.getBlocks()) {
                if (b instanceof Paragraph) {
                    sb.append('\n').append(((Paragraph) b).getText());
                } else if (b instanceof FieldGrid) {
                    for (Field f : ((FieldGrid) b).getFields()) {
                        f.getValue().ifPresent(v -> sb.append('\n').append(v));
                    }
                } else if (b instanceof Table) {
                    ((Table) b).getRows().forEach(row -> row.forEach(cell -> sb.append('\n').append(cell)));
                } else if (b instanceof BulletList) {
                    ((BulletList) b).getItems().forEach(i -> sb.append('\n').append(i));
                } else if (b instanceof ExhibitReference) {
                    sb.append('\n').append(((ExhibitReference) b).getDescription());
                }
            }
        }
        return sb.toString();
    }

    private static void checkProvenance(String where, Provenance p) {
        assertThat(p.getSources()).as(where + " sources").isNotEmpty();
        assertThat(p.getVerifiedOn()).as(where + " verifiedOn")
                .isAfter(LocalDate.of(2000, 1, 1)).isBeforeOrEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        for (Source s : p.getSources()) {
            URI u = s.getUrl();
            assertThat(u.isAbsolute() && ("https".equals(u.getScheme()) || "http".equals(u.getScheme())))
                    .as(where + " source address " + u).isTrue();
        }
        if (p.needsFlag()) {
            assertThat(p.unverifiedNote()).as(where + " unverified note").isPresent();
        }
    }

    private static void checkNumber(String where, ContactChannel c) {
        Optional<String> dial = c.getDial();
        assertThat(dial).as(where + " dial").isPresent();
        assertThat(dial.get()).as(where + " dial").matches("\\+?[0-9]{2,15}");
        assertThat(c.getDisplay()).as(where + " display").isPresent();
        assertThat(c.getDisplay().get().replaceAll("[^0-9]", "")).as(where + " display digits")
                .isEqualTo(dial.get().replace("+", ""));
        String digits = dial.get().replace("+", "");
        boolean shortCode = !dial.get().startsWith("+") && digits.length() <= 6;
        if (shortCode) {
            assertThat(c.getE164()).as(where + ": a short code has no E.164 form").isEmpty();
        } else {
            assertThat(c.getE164()).as(where + ": a full number has its E.164 form").isPresent();
            String e164 = c.getE164().get();
            assertThat(e164).as(where + " e164").matches("\\+[1-9][0-9]{6,14}");
            String national = digits.replaceFirst("^0+", "");
            assertThat(e164).as(where + " e164 is the same number as dial").endsWith(national);
        }
    }
}
