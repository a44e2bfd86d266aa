package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.us.internal.StateProfile.Fill;

/** Illinois: stalking no contact order, 740 ILCS 21. */
final class Illinois implements StateProfile {

    static final String STALKING = "us.protective-order.il-stalking-no-contact";
    static final String PROTECTION = "us.protective-order.il-order-of-protection";

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
        if (f.domesticHarasser()) {
            return new OrderChoice(PROTECTION, "The harasser is a partner, spouse, former spouse, family or household "
                    + "member, so Illinois's order of protection under the Domestic Violence Act (750 ILCS 60) is the "
                    + "order to ask for: a stalking no contact order is not available where that Act gives relief "
                    + "(740 ILCS 21/15).", List.of());
        }
        return new OrderChoice(STALKING, "Illinois lets a victim of stalking (two or more acts) ask for a stalking "
                + "no contact order (740 ILCS 21).", List.of());
    }

    /** Stalking needs conduct on two or more occasions by the same person. */
    @Override
    public boolean needsCourseOfConduct(String variantId) {
        return STALKING.equals(variantId);
    }

    @Override
    public List<PetitionItem> petitionItems(String variantId) {
        List<PetitionItem> items = new ArrayList<>(States.common("Petitioner", "Respondent"));
        if (variantId.equals(PROTECTION)) {
            items.add(States.item("abuse", "The abuse, harassment or intimidation, with dates, most recent first", Fill.MOST_RECENT));
            items.add(States.item("earlier", "Earlier incidents", Fill.EARLIER));
            items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
            items.add(States.item("police", "Police reports", Fill.POLICE));
            items.add(States.item("remedies", "Remedies asked for (750 ILCS 60/214): no contact, stay away, other", Fill.TO_COMPLETE));
            items.add(States.item("emergency", "Do you ask for an emergency order before the hearing?", Fill.TO_COMPLETE));
            return items;
        }
        items.add(States.item("acts", "The acts of stalking (two or more), with dates, most recent first", Fill.MOST_RECENT));
        items.add(States.item("earlier", "Earlier acts", Fill.EARLIER));
        items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
        items.add(States.item("police", "Police reports", Fill.POLICE));
        items.add(States.item("remedies", "Remedies asked for (740 ILCS 21/80): no contact, stay away, other", Fill.TO_COMPLETE));
        items.add(States.item("emergency", "Do you ask for an emergency order (§ 95) before the hearing?", Fill.TO_COMPLETE));
        return items;
    }
}
