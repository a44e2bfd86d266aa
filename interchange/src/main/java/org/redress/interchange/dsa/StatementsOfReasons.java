package org.redress.interchange.dsa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.redress.core.InvalidDataException;
import org.redress.core.model.Case;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.ImageMaker;
import org.redress.core.model.Incident;
import org.redress.core.plan.SafetyAssessment;
import org.redress.interchange.dsa.ContentDecision.Api;
import org.redress.interchange.dsa.ContentDecision.Category;
import org.redress.interchange.dsa.ContentDecision.ContentType;
import org.redress.interchange.dsa.ContentDecision.Ground;
import org.redress.interchange.dsa.ContentDecision.Keyword;
import org.redress.interchange.dsa.ContentDecision.Monetary;
import org.redress.interchange.dsa.ContentDecision.Visibility;
import org.redress.interchange.internal.Checks;

/**
 * DSA statements of reasons in the form the DSA Transparency Database API takes ({@code POST /api/v1/statement},
 * and {@code POST /api/v1/statements} with at most {@value #MAX_BATCH} at a time). Every limit the API states is
 * checked before any JSON is produced: required attributes, enumerations (by construction), lengths (500, 2,000 and
 * 5,000 characters), dates, the platform id's characters, and EU/EEA country codes. A refusal names every problem
 * with its pointer ({@code /statements/3/decision_facts}).
 *
 * <p>A statement holds no personal data (Article 24(5) DSA). {@link #decisionFor} builds the decision from a case
 * using only the kinds of abuse and the dates, never names, handles, addresses, words quoted or web addresses.
 *
 * @since 1.1
 */
public final class StatementsOfReasons {

    /** The most statements the API takes in one call. */
    public static final int MAX_BATCH = 100;

    /** The EU member states' two-letter codes, for a decision that applies in the whole EU. */
    public static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** The EU/EEA codes the API accepts in {@code territorial_scope}. */
    public static final Set<String> EEA;

    static {
        Set<String> eea = new HashSet<>(EU);
        eea.addAll(List.of("IS", "LI", "NO"));
        EEA = Set.copyOf(eea);
    }

    private static final Pattern PUID = Pattern.compile("[A-Za-z0-9_-]{1,500}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Z]{2}");
    private static final LocalDate CONTENT_FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate APPLICATION_FROM = LocalDate.of(2020, 1, 1);

    private StatementsOfReasons() {
    }

    /**
     * The statement for one decision, as the API's JSON.
     *
     * @param d the decision
     * @return one statement, in the JSON the EU DSA Transparency Database API takes
     * @throws InvalidDataException naming every limit the decision breaks
     */
    public static ObjectNode toJson(ContentDecision d) {
        Objects.requireNonNull(d, "d (the decision) must not be null");
        Checks checks = new Checks("statement of reasons");
        check(d, "", checks);
        checks.throwIfAny();
        return json(d);
    }

    /**
     * The statements for many decisions, in request bodies of at most {@value #MAX_BATCH} statements each
     * ({@code {"statements": [...]}}), in order. The platform ids must be unique.
     *
     * @param decisions the decisions, in order
     * @return one request body per batch, in order; empty when there are no decisions
     * @throws InvalidDataException naming every problem of every decision, as {@code /statements/N/...}
     */
    public static List<ObjectNode> batches(List<ContentDecision> decisions) {
        Objects.requireNonNull(decisions, "decisions must not be null");
        Checks checks = new Checks("statements of reasons");
        Set<String> puids = new HashSet<>();
        for (int n = 0; n < decisions.size(); n++) {
            ContentDecision d = decisions.get(n);
            check(d, "/statements/" + n, checks);
            if (!puids.add(d.puid())) {
                checks.add("/statements/" + n + "/puid", "repeats the id of an earlier statement",
                        "give each statement its own platform id; the database refuses a repeated one");
            }
        }
        checks.throwIfAny();
        List<ObjectNode> out = new ArrayList<>();
        for (int from = 0; from < decisions.size(); from += MAX_BATCH) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            ArrayNode arr = body.putArray("statements");
            for (ContentDecision d : decisions.subList(from, Math.min(decisions.size(), from + MAX_BATCH))) {
                arr.add(json(d));
            }
            out.add(body);
        }
        return out;
    }

    /**
     * The decision about one incident of a survivor's case that a platform acted on. What the case knows about the
     * content (its kind, its date, the category and keywords) comes from the incident's kinds and time; the facts
     * and the explanation are written from those alone, so that no personal data reaches the database.
     *
     * @param c the case
     * @param incidentId the incident whose content the platform acted on
     * @param action what the platform did
     * @return the decision, ready for {@link #toJson(ContentDecision)}
     * @throws IllegalArgumentException when the case has no such incident
     */
    public static ContentDecision decisionFor(Case c, String incidentId, PlatformAction action) {
        Objects.requireNonNull(c, "c (the case) must not be null");
        Objects.requireNonNull(action, "action must not be null");
        Incident i = c.incident(incidentId).orElseThrow(() -> new IllegalArgumentException(
                "the case has no incident with id " + incidentId));
        SafetyAssessment safety = SafetyAssessment.of(c, action.applicationDate().atStartOfDay()
                .atOffset(ZoneOffset.UTC));
        boolean childImage = safety.childSexualImage(i);
        Set<Keyword> keywords = keywords(i, childImage);
        Category category = childImage ? Category.PROTECTION_OF_MINORS
                : keywords.stream().allMatch(k -> k == Keyword.HATE_SPEECH || k == Keyword.DEFAMATION)
                        ? Category.ILLEGAL_OR_HARMFUL_SPEECH : Category.CYBER_VIOLENCE;
        LocalDate contentDate = i.occurredAt().earliest().atZone(i.occurredAt().zone()).toLocalDate();
        String what = String.join(", ", keywords.stream().map(Checks::words).toList());
        String facts = "A notice reported content of these kinds: " + what + ". It was posted on " + contentDate
                + ". The platform reviewed the content " + (action.automatedDecision() == ContentDecision
                .AutomatedDecision.NOT_AUTOMATED ? "by a person" : "with automated means") + " against "
                + (action.ground() == Ground.ILLEGAL_CONTENT ? "the law" : "its terms and conditions") + ".";
        String explanation = "The content is " + what + (action.ground() == Ground.ILLEGAL_CONTENT
                ? ", which the legal ground cited makes illegal."
                : ", which the terms and conditions cited do not allow.");
        return ContentDecision.builder().puid(action.puid()).contentTypes(contentTypes(i, childImage))
                .contentDate(contentDate).applicationDate(action.applicationDate())
                .visibility(action.visibility()).account(action.account()).ground(action.ground())
                .groundReference(action.groundReference()).groundExplanation(explanation).facts(facts)
                .category(category).keywords(keywords).territorialScope(action.territorialScope())
                .source(action.source()).automatedDetection(action.automatedDetection())
                .automatedDecision(action.automatedDecision()).build();
    }

    private static Set<Keyword> keywords(Incident i, boolean childImage) {
        Set<Keyword> k = new LinkedHashSet<>();
        if (childImage) {
            k.add(i.kinds().contains(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE) || madeByAi(i)
                    ? Keyword.CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE : Keyword.CHILD_SEXUAL_ABUSE_MATERIAL);
            return k;
        }
        for (HarassmentKind kind : i.kinds()) {
            switch (kind) {
                case NON_CONSENSUAL_INTIMATE_IMAGE, SEXTORTION_OR_BLACKMAIL, CYBERFLASHING ->
                        k.add(Keyword.NON_CONSENSUAL_IMAGE_SHARING);
                case DEEPFAKE_INTIMATE_IMAGE -> k.add(Keyword.NON_CONSENSUAL_MATERIAL_DEEPFAKE);
                case STALKING_OR_MONITORING -> k.add(Keyword.CYBER_STALKING);
                case HATE -> k.add(Keyword.HATE_SPEECH);
                case RUMOURS_OR_DEFAMATION -> k.add(Keyword.DEFAMATION);
                case IMPERSONATION, HACKING_OR_ACCOUNT_COMPROMISE -> k.add(Keyword.IMPERSONATION_ACCOUNT_HIJACKING);
                case BULLYING, TROLLING, ENCOURAGING_SELF_HARM -> k.add(Keyword.CYBER_BULLYING_INTIMIDATION);
                default -> k.add(Keyword.CYBER_HARASSMENT);
            }
        }
        if (k.isEmpty()) {
            k.add(Keyword.CYBER_HARASSMENT);
        }
        return k;
    }

    private static boolean madeByAi(Incident i) {
        return i.imageMadeBy().map(m -> m == ImageMaker.AI_GENERATED).orElse(false)
                || i.kinds().contains(HarassmentKind.AI_GENERATED_ABUSE);
    }

    private static Set<ContentType> contentTypes(Incident i, boolean childImage) {
        Set<ContentType> t = EnumSet.noneOf(ContentType.class);
        if (childImage || SafetyAssessment.intimateImage(i)) {
            t.add(ContentType.IMAGE);
        }
        if (madeByAi(i) || i.kinds().contains(HarassmentKind.DEEPFAKE_INTIMATE_IMAGE)) {
            t.add(ContentType.SYNTHETIC_MEDIA);
        }
        if (t.isEmpty() || !i.quotes().isEmpty()) {
            t.add(ContentType.TEXT);
        }
        return t;
    }

    private static void check(ContentDecision d, String at, Checks c) {
        if (d.puid() == null || !PUID.matcher(d.puid()).matches()) {
            c.add(at + "/puid", "is missing, longer than 500 characters or holds characters other than letters, "
                    + "digits, '-' and '_'", "use the platform's own id for the statement, such as sor-2026-000123");
        }
        if (d.contentTypes() == null || d.contentTypes().isEmpty()) {
            c.add(at + "/content_type", "is empty", "name at least one type of content, such as TEXT or IMAGE");
        } else if (d.contentTypes().contains(ContentType.OTHER)) {
            required(c, at + "/content_type_other", d.contentTypeOther().orElse(null), 500,
                    "say what the other type of content is");
        }
        if (d.contentDate() == null || d.contentDate().isBefore(CONTENT_FROM)) {
            c.add(at + "/content_date", "is missing or before 2000-01-01", "give the day the content was posted");
        }
        if (d.applicationDate() == null || d.applicationDate().isBefore(APPLICATION_FROM)) {
            c.add(at + "/application_date", "is missing or before 2020-01-01", "give the day the decision took effect");
        } else if (d.contentDate() != null && d.applicationDate().isBefore(d.contentDate())) {
            c.add(at + "/application_date", "is before the content was posted",
                    "check both dates: a decision applies to content already posted");
        }
        Set<Visibility> vis = d.visibility() == null ? Set.of() : d.visibility();
        if (vis.isEmpty() && d.monetary().isEmpty() && d.provision().isEmpty() && d.account().isEmpty()) {
            c.add(at + "/decision_visibility", "is empty, and no monetary, service or account decision is given",
                    "say what was done: a visibility restriction, a monetary, service or account decision");
        }
        if (vis.contains(Visibility.OTHER)) {
            required(c, at + "/decision_visibility_other", d.visibilityOther().orElse(null), 500,
                    "say what the other visibility restriction is");
        }
        if (d.monetary().filter(m -> m == Monetary.OTHER).isPresent()) {
            required(c, at + "/decision_monetary_other", d.monetaryOther().orElse(null), 500,
                    "say what the other monetary restriction is");
        }
        if (d.ground() == null) {
            c.add(at + "/decision_ground", "is missing", "say whether the content is illegal or breaks the terms");
        } else {
            boolean illegal = d.ground() == Ground.ILLEGAL_CONTENT;
            required(c, at + (illegal ? "/illegal_content_legal_ground" : "/incompatible_content_ground"),
                    d.groundReference(), 500, illegal ? "cite the law relied on" : "cite the clause of the terms");
            required(c, at + (illegal ? "/illegal_content_explanation" : "/incompatible_content_explanation"),
                    d.groundExplanation(), 2000, "explain why the content falls under that ground");
        }
        d.groundReferenceUrl().ifPresent(u -> {
            if (!u.isAbsolute() || !("https".equals(u.getScheme()) || "http".equals(u.getScheme()))
                    || u.toString().length() > 500) {
                c.add(at + "/decision_ground_reference_url", "is not an absolute web address of at most 500 characters",
                        "link to the law or the terms, such as https://example.com/terms#abuse");
            }
        });
        required(c, at + "/decision_facts", d.facts(), 5000, "describe the facts and circumstances relied on");
        if (d.category() == null) {
            c.add(at + "/category", "is missing", "choose the category, such as CYBER_VIOLENCE");
        }
        if (d.keywords() != null && d.keywords().contains(Keyword.OTHER)) {
            required(c, at + "/category_specification_other", d.keywordOther().orElse(null), 500,
                    "say what the other keyword is");
        }
        Set<String> scope = d.territorialScope() == null ? Set.of() : d.territorialScope();
        if (scope.isEmpty()) {
            c.add(at + "/territorial_scope", "is empty", "list the EU/EEA countries the decision applies in");
        } else if (!EEA.containsAll(scope)) {
            c.add(at + "/territorial_scope", "holds a code that is not an EU or EEA country's",
                    "use two-letter codes of EU and EEA countries, such as DE, FR or NO");
        }
        d.contentLanguage().ifPresent(l -> {
            if (!LANGUAGE.matcher(l).matches()) {
                c.add(at + "/content_language", "is not an upper-case two-letter ISO 639-1 code",
                        "use a code such as EN or DE");
            }
        });
        if (d.source() == null) {
            c.add(at + "/source_type", "is missing", "say whether a notice, a trusted flagger or the platform itself");
        }
        if (d.automatedDecision() == null) {
            c.add(at + "/automated_decision", "is missing", "say whether the decision was automated");
        }
    }

    private static void required(Checks c, String pointer, String text, int max, String fix) {
        if (text == null || text.isBlank()) {
            c.add(pointer, "is missing", fix);
        } else {
            c.maxLength(pointer, text, max);
        }
    }

    private static ObjectNode json(ContentDecision d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (!d.visibility().isEmpty()) {
            apis(o.putArray("decision_visibility"), d.visibility());
            d.visibilityOther().filter(x -> d.visibility().contains(Visibility.OTHER))
                    .ifPresent(x -> o.put("decision_visibility_other", x));
        }
        d.monetary().ifPresent(m -> {
            o.put("decision_monetary", m.api());
            d.monetaryOther().filter(x -> m == Monetary.OTHER).ifPresent(x -> o.put("decision_monetary_other", x));
        });
        d.provision().ifPresent(p -> o.put("decision_provision", p.api()));
        d.account().ifPresent(a -> o.put("decision_account", a.api()));
        d.accountType().ifPresent(a -> o.put("account_type", a.api()));
        o.put("decision_ground", d.ground().api());
        d.groundReferenceUrl().ifPresent(u -> o.put("decision_ground_reference_url", u.toString()));
        if (d.ground() == Ground.ILLEGAL_CONTENT) {
            o.put("illegal_content_legal_ground", d.groundReference());
            o.put("illegal_content_explanation", d.groundExplanation());
        } else {
            o.put("incompatible_content_ground", d.groundReference());
            o.put("incompatible_content_explanation", d.groundExplanation());
            d.alsoIllegal().ifPresent(b -> o.put("incompatible_content_illegal", b ? "Yes" : "No"));
        }
        apis(o.putArray("content_type"), d.contentTypes());
        d.contentTypeOther().filter(x -> d.contentTypes().contains(ContentType.OTHER))
                .ifPresent(x -> o.put("content_type_other", x));
        o.put("category", d.category().api());
        if (!d.keywords().isEmpty()) {
            apis(o.putArray("category_specification"), d.keywords());
            d.keywordOther().filter(x -> d.keywords().contains(Keyword.OTHER))
                    .ifPresent(x -> o.put("category_specification_other", x));
        }
        ArrayNode scope = o.putArray("territorial_scope");
        d.territorialScope().stream().sorted().forEach(scope::add);
        d.contentLanguage().ifPresent(l -> o.put("content_language", l.toUpperCase(Locale.ROOT)));
        o.put("content_date", d.contentDate().toString());
        o.put("application_date", d.applicationDate().toString());
        o.put("decision_facts", d.facts());
        o.put("source_type", d.source().api());
        o.put("automated_detection", d.automatedDetection() ? "Yes" : "No");
        o.put("automated_decision", d.automatedDecision().api());
        o.put("puid", d.puid());
        return o;
    }

    private static void apis(ArrayNode arr, Set<? extends Api> values) {
        values.stream().map(Api::api).sorted().forEach(arr::add);
    }
}
