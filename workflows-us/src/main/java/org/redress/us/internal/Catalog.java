package org.redress.us.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.core.json.RedressJson;
import org.redress.core.model.HarassmentKind;
import org.redress.core.plan.Severity;
import org.redress.core.plan.Warning;
import org.redress.core.route.ContactReferences;
import org.redress.core.route.ImmutableRoute;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.Route;

/**
 * The pack's data, read once from the JSON resources next to {@code org.redress.us}: routes, protective-order
 * variants, the law, which law each route rests on, the rules that say when conduct may amount to an offence, and
 * the warnings. Immutable and thread-safe.
 */
public final class Catalog {

    private static final String BASE = "/org/redress/us/";
    /** A contact named in warning data, {@code {route-id/contact label}}, shown as its number or address. */
    private static final Catalog INSTANCE = load();

    private final List<Route> routes;
    private final Map<String, Route> routesById;
    private final Map<String, Route> variants;
    private final List<OffenceRule> rules;
    private final List<Warning> warnings;
    private final Map<String, LegalBasis> law;
    private final Deadlines deadlines;
    private final Map<String, WarningSource> warningSources;

    private Catalog(List<Route> routes, Map<String, Route> variants, List<OffenceRule> rules,
            List<Warning> warnings, Map<String, LegalBasis> law, Deadlines deadlines,
            Map<String, WarningSource> warningSources) {
        this.law = Map.copyOf(law);
        this.warningSources = Map.copyOf(warningSources);
        this.deadlines = deadlines;
        this.routes = List.copyOf(routes);
        Map<String, Route> byId = new LinkedHashMap<>();
        routes.forEach(r -> byId.put(r.id(), r));
        this.routesById = Map.copyOf(byId);
        this.variants = Map.copyOf(variants);
        this.rules = List.copyOf(rules);
        this.warnings = List.copyOf(warnings);
    }

    /** The catalog. */
    public static Catalog get() {
        return INSTANCE;
    }

    /** Every public route, in a stable order. */
    public List<Route> routes() {
        return routes;
    }

    /** A public route by id. */
    public Route route(String id) {
        Route r = routesById.get(id);
        if (r == null) {
            throw new IllegalStateException("no route " + id + " in the pack's data");
        }
        return r;
    }

    /**
     * A protective-order variant (such as {@code us.protective-order.ca-civil-harassment}) as the public route
     * {@code us.protective-order}.
     */
    public Route protectiveOrderVariant(String variantId) {
        Route r = variants.get(variantId);
        if (r == null) {
            throw new IllegalStateException("no protective-order variant " + variantId + " in the pack's data");
        }
        return ImmutableRoute.copyOf(r).withId("us.protective-order");
    }

    /** The offence rules, in data order. */
    public List<OffenceRule> rules() {
        return rules;
    }

    /** A provision of the pack's law data by id. */
    public LegalBasis law(String id) {
        LegalBasis l = law.get(id);
        if (l == null) {
            throw new IllegalStateException("no law " + id + " in the pack's data");
        }
        return l;
    }

    /** The dates and time limits the plan reads (each kept once, in {@code deadlines.json}). */
    public Deadlines deadlines() {
        return deadlines;
    }

    /**
     * Dates and time limits kept as data.
     *
     * @param takeItDownInForceFrom the day covered platforms had to comply with the TAKE IT DOWN Act
     * @param takeItDownRemovalWithin how long a covered platform has to remove an image after a valid request
     * @param platformAnswerWithin how long a platform report may go unanswered before the plan escalates
     */
    public record Deadlines(java.time.LocalDate takeItDownInForceFrom, java.time.Duration takeItDownRemovalWithin,
            java.time.Period platformAnswerWithin) {
    }

    /** Where a warning's advice comes from and when it was checked. */
    public record WarningSource(List<String> sourceUrls, java.time.LocalDate verifiedOn) {
    }

    /** Where each warning's advice comes from, by warning id. */
    public Map<String, WarningSource> warningSources() {
        return warningSources;
    }

    /** Replaces each contact reference with that contact (see {@link ContactReferences}). */
    static String contacts(String text, Map<String, Route> byRoute) {
        return ContactReferences.fill(text, byRoute);
    }

    /** The warnings, most serious first. */
    public List<Warning> warnings() {
        return warnings;
    }

    private static Catalog load() {
        Map<String, LegalBasis> law = new LinkedHashMap<>();
        for (LegalBasis l : RedressJson.readList(bytes("law.json"), LegalBasis.class, "US law data")) {
            law.put(l.id(), l);
        }
        ObjectMapper mapper = RedressJson.newMapper();
        JsonNode routeLaw = tree(mapper, "route-law.json");
        List<Route> routes = new ArrayList<>();
        for (Route r : RedressJson.readList(bytes("routes.json"), Route.class, "US route data")) {
            routes.add(withLaw(r, routeLaw, law));
        }
        Map<String, Route> variants = new LinkedHashMap<>();
        for (Route r : RedressJson.readList(bytes("protective-orders.json"), Route.class, "US protective orders")) {
            variants.put(r.id(), withLaw(r, routeLaw, law));
        }
        List<OffenceRule> rules = new ArrayList<>();
        for (JsonNode n : tree(mapper, "offence-rules.json")) {
            Set<HarassmentKind> kinds = EnumSet.noneOf(HarassmentKind.class);
            for (JsonNode k : n.get("kinds")) {
                kinds.add(mapper.convertValue(k, HarassmentKind.class));
            }
            Set<OffenceRule.Flag> flags = EnumSet.noneOf(OffenceRule.Flag.class);
            for (JsonNode f : n.get("flags")) {
                flags.add(OffenceRule.Flag.fromJson(f.asText()));
            }
            String lawId = n.get("law").asText();
            if (!law.containsKey(lawId)) {
                throw new IllegalStateException("offence rule names unknown law " + lawId);
            }
            rules.add(new OffenceRule(law.get(lawId), kinds, flags, n.get("minIncidents").asInt()));
        }
        Map<String, Route> byId = new LinkedHashMap<>();
        routes.forEach(r -> byId.put(r.id(), r));
        List<Warning> warnings = new ArrayList<>();
        Map<String, WarningSource> warningSources = new LinkedHashMap<>();
        for (JsonNode w : tree(mapper, "warnings.json")) {
            String id = w.get("id").asText();
            Severity severity = mapper.convertValue(w.get("severity"), Severity.class);
            warnings.add(Warning.of(id, severity, contacts(w.get("title").asText(), byId),
                    contacts(w.get("text").asText(), byId)));
            List<String> urls = new ArrayList<>();
            w.path("sources").forEach(s -> urls.add(s.get("url").asText()));
            if (urls.isEmpty() || !w.hasNonNull("verifiedOn")) {
                throw new IllegalStateException("US warning " + id + " has no source or verifiedOn");
            }
            warningSources.put(id, new WarningSource(List.copyOf(urls),
                    java.time.LocalDate.parse(w.get("verifiedOn").asText())));
        }
        JsonNode dl = tree(mapper, "deadlines.json");
        JsonNode tida = dl.get("us.47-usc-223a");
        Deadlines deadlines = new Deadlines(java.time.LocalDate.parse(tida.get("inForceFrom").asText()),
                java.time.Duration.parse(tida.get("removalWithin").asText()),
                java.time.Period.parse(dl.get("platformAnswerWithin").asText()));
        return new Catalog(routes, variants, rules, warnings, law, deadlines, warningSources);
    }

    private static Route withLaw(Route r, JsonNode routeLaw, Map<String, LegalBasis> law) {
        JsonNode ids = routeLaw.get(r.id());
        if (ids == null) {
            return r;
        }
        List<LegalBasis> basis = new ArrayList<>(r.legalBasis());
        for (JsonNode id : ids) {
            LegalBasis l = law.get(id.asText());
            if (l == null) {
                throw new IllegalStateException("route " + r.id() + " names unknown law " + id.asText());
            }
            basis.add(l);
        }
        return ImmutableRoute.copyOf(r).withLegalBasis(basis);
    }

    private static JsonNode tree(ObjectMapper mapper, String name) {
        try {
            return mapper.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
