package org.redress.core.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.Incident;

/**
 * The one reading of "a course of conduct" that harassment and stalking offences and orders need (Protection from
 * Harassment Act 1997 s.7(3), 18 U.S.C. § 2261A, state stalking laws): conduct on at least two occasions <em>by the
 * same person</em>. Two abusive messages from two different strangers are two single incidents, not a course of
 * conduct.
 *
 * <p>An incident that names no perpetrator may have been done by anyone, so it counts towards every person's
 * conduct: the reading errs towards "may amount to", and never joins incidents that name two different people.
 */
public final class CourseOfConduct {

    private CourseOfConduct() {
    }

    /**
     * {@return whether the case's incidents include at least two that may be by the same person}
     *
     * @param c the case
     */
    public static boolean inCase(Case c) {
        return among(c, null);
    }

    /**
     * Whether at least two of the given incidents of the case may be by the same person.
     *
     * @param c the case
     * @param incidentIds ids of incidents of the case (others are ignored)
     * @return whether two of those incidents may be by one person (an incident that names no perpetrator may be by
     *     anyone)
     */
    public static boolean among(Case c, Collection<String> incidentIds) {
        Set<String> wanted = incidentIds == null ? null : new HashSet<>(incidentIds);
        int unattributed = 0;
        int matched = 0;
        Map<String, Integer> byPerson = new HashMap<>();
        int best = 0;
        for (Incident i : c.incidents()) {
            if (wanted != null && !wanted.contains(i.id())) {
                continue;
            }
            matched++;
            if (i.perpetratorIds().isEmpty()) {
                unattributed++;
            } else {
                for (String p : Set.copyOf(i.perpetratorIds())) {
                    best = Math.max(best, byPerson.merge(p, 1, Integer::sum));
                }
            }
        }
        return matched >= 2 && best + unattributed >= 2;
    }
}
