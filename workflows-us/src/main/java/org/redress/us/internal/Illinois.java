package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.us.internal.StateProfile.Fill;

/** Illinois: stalking no contact order, 740 ILCS 21. */
final class Illinois implements StateProfile {

    static final String STALKING = "us.protective-order.il-stalking-no-contact";

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of("US-IL");
    }

    @Override
    public String name() {
        return "Illinois";
    }

    @Override
    public OrderChoice protectiveOrder(Facts f) {
        String why = "Illinois lets a victim of stalking (two or more acts) ask for a stalking no contact order "
                + "(740 ILCS 21).";
        if (f.domestic) {
            why += " Because the harasser is a partner or family or household member, ask the clerk or an "
                    + "advocate whether an order of protection fits better: this pack has not checked when the "
                    + "stalking no contact order is unavailable to family or household members.";
        }
        return new OrderChoice(STALKING, why, List.of());
    }

    @Override
    public List<PetitionItem> petitionItems(String variantId) {
        List<PetitionItem> items = new ArrayList<>(States.common("Petitioner", "Respondent"));
        items.add(States.item("acts", "The acts of stalking (two or more), with dates, most recent first", Fill.MOST_RECENT));
        items.add(States.item("earlier", "Earlier acts", Fill.EARLIER));
        items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
        items.add(States.item("police", "Police reports", Fill.POLICE));
        items.add(States.item("remedies", "Remedies asked for (740 ILCS 21/80): no contact, stay away, other", Fill.TO_COMPLETE));
        items.add(States.item("emergency", "Do you ask for an emergency order (§ 95) before the hearing?", Fill.TO_COMPLETE));
        return items;
    }
}
