package org.redress.uk.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Jurisdiction;
import org.redress.core.route.ContactChannel;
import org.redress.core.route.ImmutableRoute;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.Route;
import org.redress.uk.PlatformGuide;

/**
 * The pack's data, read once from the JSON resources under {@code org/redress/uk/}: routes, the offences plans may
 * cite, the platform guides, and which contacts serve which nations. Immutable and thread-safe.
 */
public final class RouteData {

    private static final String BASE = "/org/redress/uk/";
    private static final List<Jurisdiction> UK = List.of(Jurisdiction.ENGLAND, Jurisdiction.WALES,
            Jurisdiction.SCOTLAND, Jurisdiction.NORTHERN_IRELAND);

    private final List<Route> routes;
    private final Map<String, LegalBasis> offences;
    private final List<PlatformGuide> platforms;
    private final Map<Jurisdiction, Map<String, Route>> tailored;

    private RouteData() {
        routes = List.copyOf(RedressJson.readList(resource("routes.json"), Route.class, "UK route data"));
        Map<String, LegalBasis> byId = new LinkedHashMap<>();
        for (LegalBasis b : RedressJson.readList(resource("offences.json"), LegalBasis.class, "UK offence data")) {
            byId.put(b.getId(), b);
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
                forJ.put(r.getId(), tailor(r, j, scope.getOrDefault(r.getId(), Map.of())));
            }
            t.put(j, Map.copyOf(forJ));
        }
        tailored = Map.copyOf(t);
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
        Route r = tailored.getOrDefault(j, tailored.get(Jurisdiction.ENGLAND)).get(id);
        if (r == null) {
            throw new IllegalStateException("no UK route " + id);
        }
        return r;
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
        return platforms.stream().filter(p -> p.getKey().equals(k)).findFirst()
                .orElseGet(() -> platforms.stream().filter(p -> p.getKey().equals("hosting")).findFirst()
                        .orElseThrow());
    }

    private static Route tailor(Route r, Jurisdiction j, Map<String, List<String>> contactScope) {
        List<ContactChannel> contacts = r.getContacts().stream()
                .filter(c -> !contactScope.containsKey(c.getLabel()) || contactScope.get(c.getLabel()).contains(j.code()))
                .toList();
        List<LegalBasis> bases = r.getLegalBasis().stream().filter(b -> b.getJurisdictions().contains(j)).toList();
        if (contacts.size() == r.getContacts().size() && bases.size() == r.getLegalBasis().size()) {
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
