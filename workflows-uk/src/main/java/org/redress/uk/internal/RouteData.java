package org.redress.uk.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Jurisdiction;
import org.redress.core.plan.Severity;
import org.redress.core.plan.Warning;
import org.redress.core.route.ContactChannel;
import org.redress.core.route.ContactReferences;
import org.redress.core.route.ImmutableRoute;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.Route;
import org.redress.uk.PlatformGuide;
import org.redress.uk.UkJurisdictions;

/**
 * The pack's data, read once from the JSON resources under {@code org/redress/uk/}: routes, the offences plans may
 * cite, the platform guides, which contacts serve which nations, the warnings (with their sources), the variants of
 * a route's wording for a nation or a situation, and the planning rules' numbers. Each fact lives once: warnings and
 * variants name contacts by reference ({@code {route-id/contact label}}) and the text is built from the route data.
 * Immutable and thread-safe.
 */
public final class RouteData {

    private static final String BASE = "/org/redress/uk/";
    private static final List<Jurisdiction> UK = List.of(UkJurisdictions.ENGLAND, UkJurisdictions.WALES,
            UkJurisdictions.SCOTLAND, UkJurisdictions.NORTHERN_IRELAND);

    private final List<Route> routes;
    private final Map<String, LegalBasis> offences;
    private final List<PlatformGuide> platforms;
    private final Map<Jurisdiction, Map<String, Route>> tailored;
    private final Map<String, Route> variants;
    private final List<Warning> warnings;
    private final Map<String, Warning> warningVariants;
    private final Map<String, WarningSource> warningSources;
    private final int platformReplyDays;
    private final Map<String, Route> routesById;
    private final Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where a warning's advice comes from and when it was checked. */
    public record WarningSource(List<String> sourceUrls, LocalDate verifiedOn) {
    }


    private RouteData() {
        routes = List.copyOf(RedressJson.readList(resource("routes.json"), Route.class, "UK route data"));
        Map<String, LegalBasis> byId = new LinkedHashMap<>();
        for (LegalBasis b : RedressJson.readList(resource("offences.json"), LegalBasis.class, "UK offence data")) {
            byId.put(b.id(), b);
        }
        offences = Map.copyOf(byId);
        platforms = List.copyOf(RedressJson.readList(resource("platforms.json"), PlatformGuide.class,
                "UK platform data"));
        Map<String, Map<String, List<String>>> scope;
        try {
            scope = RedressJson.newMapper().readValue(resource("contact-scope.json"),
                    new TypeReference<Map<String, Map<String, List<String>>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Jurisdiction, Map<String, Route>> t = new LinkedHashMap<>();
        for (Jurisdiction j : UK) {
            Map<String, Route> forJ = new LinkedHashMap<>();
            for (Route r : routes) {
                forJ.put(r.id(), tailor(r, j, scope.getOrDefault(r.id(), Map.of())));
            }
            t.put(j, forJ);
        }
        ObjectMapper mapper = RedressJson.newMapper();
        Map<String, Route> byRoute = new HashMap<>();
        routes.forEach(r -> byRoute.put(r.id(), r));
        routesById = Map.copyOf(byRoute);
        Map<String, Route> v = new HashMap<>();
        try {
            JsonNode variantsJson = mapper.readTree(resource("route-variants.json"));
            for (Jurisdiction j : UK) {
                for (Route r : routes) {
                    JsonNode forRoute = variantsJson.path(r.id());
                    Route base = t.get(j).get(r.id());
                    if (forRoute.has(j.code())) {
                        base = vary(base, forRoute.get(j.code()), byRoute);
                        t.get(j).put(r.id(), base);
                    }
                    var names = forRoute.fieldNames();
                    while (names.hasNext()) {
                        String key = names.next();
                        if (!key.startsWith("GB-")) {
                            v.put(variantKey(r.id(), j, key), vary(base, forRoute.get(key), byRoute));
                        }
                    }
                }
            }
            List<Warning> ws = new ArrayList<>();
            Map<String, Warning> wv = new HashMap<>();
            Map<String, WarningSource> sources = new LinkedHashMap<>();
            for (JsonNode w : mapper.readTree(resource("warnings.json"))) {
                String id = w.get("id").asText();
                Severity severity = Severity.valueOf(w.get("severity").asText());
                String title = contacts(w.get("title").asText(), byRoute);
                ws.add(Warning.of(id, severity, title, contacts(w.get("text").asText(), byRoute)));
                var vs = w.path("variants").fields();
                while (vs.hasNext()) {
                    var e = vs.next();
                    wv.put(id + "#" + e.getKey(), Warning.of(id, severity, title, contacts(e.getValue().asText(), byRoute)));
                }
                List<String> urls = new ArrayList<>();
                w.get("sources").forEach(s -> urls.add(s.get("url").asText()));
                if (urls.isEmpty() || !w.hasNonNull("verifiedOn")) {
                    throw new IllegalStateException("UK warning " + id + " has no source or verifiedOn");
                }
                sources.put(id, new WarningSource(List.copyOf(urls), LocalDate.parse(w.get("verifiedOn").asText())));
            }
            warnings = List.copyOf(ws);
            warningVariants = Map.copyOf(wv);
            warningSources = Map.copyOf(sources);
            platformReplyDays = mapper.readTree(resource("rules.json")).get("platformReplyDays").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Jurisdiction, Map<String, Route>> frozen = new LinkedHashMap<>();
        t.forEach((j, m) -> frozen.put(j, Map.copyOf(m)));
        tailored = Map.copyOf(frozen);
        variants = Map.copyOf(v);
    }

    private static String variantKey(String routeId, Jurisdiction j, String key) {
        return j.code() + "|" + routeId + "|" + key;
    }

    /** A route with the wording a variant gives (name, summary, needs, next steps), contacts filled in. */
    private static Route vary(Route r, JsonNode v, Map<String, Route> byRoute) {
        ImmutableRoute out = ImmutableRoute.copyOf(r);
        if (v.has("name")) {
            out = out.withName(contacts(v.get("name").asText(), byRoute));
        }
        if (v.has("summary")) {
            out = out.withSummary(contacts(v.get("summary").asText(), byRoute));
        }
        if (v.has("needs")) {
            List<String> needs = new ArrayList<>();
            v.get("needs").forEach(n -> needs.add(contacts(n.asText(), byRoute)));
            out = out.withNeeds(needs);
        }
        if (v.has("nextSteps")) {
            List<String> next = new ArrayList<>();
            v.get("nextSteps").forEach(n -> next.add(contacts(n.asText(), byRoute)));
            out = out.withNextSteps(next);
        }
        return out;
    }

    /** Replaces each contact reference with that contact (see {@link ContactReferences}). */
    static String contacts(String text, Map<String, Route> byRoute) {
        return ContactReferences.fill(text, byRoute);
    }

    private static final class Holder {
        static final RouteData INSTANCE = new RouteData();
    }

    /** The data (loaded on first use). */
    public static RouteData get() {
        return Holder.INSTANCE;
    }

    /** Every route, in the data's order. */
    public List<Route> routes() {
        return routes;
    }

    /** The route with this id as it applies in a jurisdiction: contacts and legal bases of other nations removed. */
    public Route route(String id, Jurisdiction j) {
        Route r = tailored.getOrDefault(j, tailored.get(UkJurisdictions.ENGLAND)).get(id);
        if (r == null) {
            throw new IllegalStateException("no UK route " + id);
        }
        return r;
    }

    /** The route with this id in a jurisdiction, worded for a situation (such as {@code danger}), when it has such a variant. */
    public Route route(String id, Jurisdiction j, String variant) {
        Route r = variants.get(variantKey(id, Nation.of(j).isPresent() ? j : UkJurisdictions.ENGLAND, variant));
        return r != null ? r : route(id, j);
    }

    /** Text with each contact reference ({@code {route-id/contact label}}) replaced by the route data's number or address. */
    public String text(String template) {
        // The planner's templates are constants: each is filled in once, then read from the cache.
        return texts.computeIfAbsent(template, t -> contacts(t, routesById));
    }

    /** Every warning, most serious first, built from the warning data. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** The warning with this id worded for a situation (such as {@code childImage}), else its usual wording. */
    public Warning warning(String id, String variant) {
        Warning w = warningVariants.get(id + "#" + variant);
        if (w != null) {
            return w;
        }
        return warnings.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no UK warning " + id));
    }

    /** Where each warning's advice comes from, by warning id. */
    public Map<String, WarningSource> warningSources() {
        return warningSources;
    }

    /** How many days a platform has to answer a report before the plan says to escalate. */
    public int platformReplyDays() {
        return platformReplyDays;
    }

    /** The offence with this id. */
    public LegalBasis offence(String id) {
        LegalBasis b = offences.get(id);
        if (b == null) {
            throw new IllegalStateException("no UK offence " + id);
        }
        return b;
    }

    /** The platform guides. */
    public List<PlatformGuide> platforms() {
        return platforms;
    }

    /** The guide for a platform key; websites and unknown services get the hosting provider guide. */
    public PlatformGuide platform(Optional<String> key) {
        String k = key.orElse("hosting");
        return platforms.stream().filter(p -> p.key().equals(k)).findFirst()
                .orElseGet(() -> platforms.stream().filter(p -> p.key().equals("hosting")).findFirst()
                        .orElseThrow());
    }

    private static Route tailor(Route r, Jurisdiction j, Map<String, List<String>> contactScope) {
        List<ContactChannel> contacts = r.contacts().stream()
                .filter(c -> !contactScope.containsKey(c.label()) || contactScope.get(c.label()).contains(j.code()))
                .toList();
        List<LegalBasis> bases = r.legalBasis().stream().filter(b -> b.jurisdictions().contains(j)).toList();
        if (contacts.size() == r.contacts().size() && bases.size() == r.legalBasis().size()) {
            return r;
        }
        return ImmutableRoute.copyOf(r).withContacts(contacts).withLegalBasis(bases);
    }

    private static byte[] resource(String name) {
        try (InputStream in = RouteData.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
