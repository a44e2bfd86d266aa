package org.redress.evidence;

import java.util.List;
import org.redress.core.route.Route;

/**
 * What to tell a person who met content involving a child: do not keep or share it, report it. The routes come from
 * the jurisdiction pack (routes of kind {@link org.redress.core.route.RouteKind#CHILD_PROTECTION}); when no pack
 * covers the jurisdiction, the guidance is generic and {@link #routes()} is empty.
 *
 * @param message plain-language guidance
 * @param routes the child-protection routes of the jurisdiction, with their contacts and sources
 *
 * @since 1.0
 */
public record ChildProtectionGuidance(String message, List<Route> routes) {

    /** The generic guidance, used when no route is known. */
    public static final String GENERIC = "Do not save, screenshot, copy or send this content to anyone, even as "
            + "evidence: doing so can itself be a crime. Redress has recorded only where it is and your description. "
            + "Report it to the police, and to your country's child-protection hotline if there is one; they can "
            + "preserve it lawfully.";

    /**
     * A copy with an immutable list.
     *
     * @param message plain-language guidance
     * @param routes the child-protection routes of the jurisdiction, with their contacts and sources
     */
    public ChildProtectionGuidance {
        routes = List.copyOf(routes);
    }
}
