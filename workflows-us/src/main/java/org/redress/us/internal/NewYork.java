package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Party;
import org.redress.core.model.Relationship;
import org.redress.core.model.Jurisdiction;
import org.redress.core.plan.Dependency;
import org.redress.us.internal.StateProfile.Fill;

/**
 * New York: a family offense petition in Family Court when the relationship qualifies under Family Court Act
 * § 812 (married or formerly married, related by blood or marriage, a child in common, an intimate relationship);
 * otherwise an order of protection through a criminal case.
 */
final class NewYork implements StateProfile {

    static final String FAMILY = "us.protective-order.ny-family-court";
    static final String CRIMINAL = "us.protective-order.ny-criminal-court";

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of("US-NY");
    }

    @Override
    public String name() {
        return "New York";
    }

    @Override
    public OrderChoice protectiveOrder(Facts f) {
        boolean qualifies = f.parties.values().stream().map(Party::relationship)
                .anyMatch(r -> r.isPartnerOrFormerPartner() || r == Relationship.FAMILY);
        if (qualifies) {
            return new OrderChoice(FAMILY, "You and the harasser are or were partners or relatives, a relationship "
                    + "Family Court Act § 812 covers, so you can file a family offense petition in Family Court.",
                    List.of(Dependency.of("us.police", false, "A police report supports the petition but is not required.")));
        }
        return new OrderChoice(CRIMINAL, "The case shows no family, household or intimate relationship with the "
                + "harasser, which Family Court needs (Family Court Act § 812). An order of protection then comes "
                + "from the criminal court, once the harasser is charged.",
                List.of(Dependency.of("us.police", true, "A criminal court order of protection follows a police "
                        + "report and a charge.")));
    }

    @Override
    public List<PetitionItem> petitionItems(String variantId) {
        List<PetitionItem> items = new ArrayList<>(States.common("Petitioner", "Respondent"));
        if (variantId.equals(FAMILY)) {
            items.add(States.item("incidents", "Each family offense: date, place and what the respondent did (most recent first)", Fill.MOST_RECENT));
            items.add(States.item("earlier", "Earlier incidents", Fill.EARLIER));
            items.add(States.item("offences", "Family offenses the conduct may amount to", Fill.OFFENCES));
            items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
            items.add(States.item("prior-orders", "Other court cases: earlier orders of protection, family court or "
                    + "criminal cases between you (with the court and docket number)", Fill.TO_COMPLETE));
            items.add(States.item("firearms", "Firearms: does the respondent own or have a gun, a licence to carry "
                    + "one, or ammunition?", Fill.TO_COMPLETE));
            items.add(States.item("relief", "What you ask the court to order", Fill.TO_COMPLETE));
        } else {
            items.add(States.item("police", "Police report and any criminal case", Fill.POLICE));
            items.add(States.item("incidents", "What happened, most recent first", Fill.MOST_RECENT));
            items.add(States.item("earlier", "Earlier incidents", Fill.EARLIER));
            items.add(States.item("offences", "Offenses the conduct may amount to", Fill.OFFENCES));
            items.add(States.item("relief", "What you want the order to say (to tell the prosecutor)", Fill.TO_COMPLETE));
        }
        return items;
    }
}
