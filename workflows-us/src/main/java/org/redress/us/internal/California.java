package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.us.internal.StateProfile.Fill;

/** California: civil harassment restraining order (CH-100), or a domestic violence restraining order (DV-100). */
final class California implements StateProfile {

    static final String CIVIL = "us.protective-order.ca-civil-harassment";
    static final String DOMESTIC = "us.protective-order.ca-domestic-violence";

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of("US-CA");
    }

    @Override
    public String name() {
        return "California";
    }

    @Override
    public OrderChoice protectiveOrder(Facts f) {
        if (f.domestic) {
            return new OrderChoice(DOMESTIC, "The harasser is a partner, former partner or family or household "
                    + "member, so California's domestic violence restraining order (form DV-100) is the order to "
                    + "ask for, not a civil harassment restraining order.", List.of());
        }
        return new OrderChoice(CIVIL, "In California a person harassed by someone who is not a partner or close "
                + "relative asks for a civil harassment restraining order under "
                + Catalog.get().law("us-ca.ccp-527-6").citation() + " (form CH-100).", List.of());
    }

    @Override
    public List<PetitionItem> petitionItems(String variantId) {
        List<PetitionItem> items = new ArrayList<>();
        if (variantId.equals(CIVIL)) {
            items.addAll(States.common("Person in need of protection (item 1)", "Person to be restrained (item 2)"));
            items.add(States.item("other-protected", "Other protected people: family or household members (item 3)", Fill.TO_COMPLETE));
            items.add(States.item("venue", "Why this court: where the respondent lives or the harassment happened (item 5)", Fill.TO_COMPLETE));
            items.add(States.item("other-cases", "Other court cases or restraining orders between you (item 6)", Fill.TO_COMPLETE));
            items.add(States.item("most-recent", "The most recent harassment: date, what happened, who saw it, harm (item 7)", Fill.MOST_RECENT));
            items.add(States.item("earlier", "Other incidents of harassment (item 8)", Fill.EARLIER));
            items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
            items.add(States.item("harm", "How the harassment harmed you", Fill.HARM));
            items.add(States.item("police", "Did the police come, or was a report made?", Fill.POLICE));
            items.add(States.item("orders", "Orders you ask for: personal conduct, stay-away (distance, places), and others (items 9 to 12)", Fill.TO_COMPLETE));
            items.add(States.item("firearms", "Firearms: does the respondent own or have guns or ammunition? (item 13)", Fill.TO_COMPLETE));
            items.add(States.item("temporary", "Temporary restraining order: do you want one until the hearing? (item 14)", Fill.TO_COMPLETE));
        } else {
            items.addAll(States.common("Person asking for protection", "Person you want protection from"));
            items.add(States.item("other-cases", "Other court cases between you: restraining or protective orders, "
                    + "divorce, custody or criminal cases (with the case number and court)", Fill.TO_COMPLETE));
            items.add(States.item("most-recent", "Describe the most recent abuse: when, who else was there, what "
                    + "happened, weapons, injuries, police", Fill.MOST_RECENT));
            items.add(States.item("earlier", "Describe other abuse", Fill.EARLIER));
            items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
            items.add(States.item("police", "Police reports", Fill.POLICE));
            items.add(States.item("firearms", "Firearms: does the respondent own or have guns, firearm parts or "
                    + "ammunition? (where, and how many, if you know)", Fill.TO_COMPLETE));
            items.add(States.item("children", "Children and other protected people", Fill.TO_COMPLETE));
            items.add(States.item("orders", "Orders you ask for (personal conduct, stay-away, move-out, firearms)", Fill.TO_COMPLETE));
        }
        return items;
    }
}
