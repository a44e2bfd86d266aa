package org.redress.us.internal;

import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.core.plan.Dependency;

/**
 * What the pack knows about one covered state: which of the state's protective orders fits a case, and the items
 * of that order's petition. The order's route data (name, form, court, sources) is in
 * {@code protective-orders.json}, the state's offences in {@code law.json} and {@code offence-rules.json}. To add a
 * state, add its data there and one small implementation of this interface to {@link States#ALL}; the planner
 * does not change.
 */
public interface StateProfile {

    /** The state, such as {@code US-CA}. */
    Jurisdiction jurisdiction();

    /** The state's name, such as "California". */
    String name();

    /** The order that fits the case. */
    OrderChoice protectiveOrder(Facts facts);

    /**
     * Whether the order needs a course of conduct (stalking: conduct on two or more occasions by the same person),
     * so that it is not offered for one incident, or for incidents by different people. False by default.
     */
    default boolean needsCourseOfConduct(String variantId) {
        return false;
    }

    /** The items of the petition for a variant this profile chose, in the form's order. */
    List<PetitionItem> petitionItems(String variantId);

    /**
     * The protective order that fits a case.
     *
     * @param variantId the id of the variant in {@code protective-orders.json}
     * @param why why this order, in plain language
     * @param dependsOn steps that should come first
     */
    record OrderChoice(String variantId, String why, List<Dependency> dependsOn) {
    }

    /**
     * One item of a petition.
     *
     * @param key a stable field key
     * @param label the item as the form asks it
     * @param fill what fills it
     */
    record PetitionItem(String key, String label, Fill fill) {
    }

    /** What fills a petition item. */
    enum Fill {
        /** The person's name. */
        PETITIONER,
        /** The person's address and contact details (withheld from papers for service). */
        PETITIONER_CONTACT,
        /** The harasser's name and accounts. */
        RESPONDENT,
        /** What else is known about the harasser. */
        RESPONDENT_DESCRIPTION,
        /** The relationship between them. */
        RELATIONSHIP,
        /** The most recent incident. */
        MOST_RECENT,
        /** The earlier incidents. */
        EARLIER,
        /** The witnesses. */
        WITNESSES,
        /** The harm: the impact log. */
        HARM,
        /** Reports to the police. */
        POLICE,
        /** The state offences the conduct may amount to. */
        OFFENCES,
        /** For the person to complete (other protected people, other cases, orders asked for, firearms, ...). */
        TO_COMPLETE
    }
}
