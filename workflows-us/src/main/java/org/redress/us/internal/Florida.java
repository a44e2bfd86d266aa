package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.us.internal.StateProfile.Fill;

/** Florida: injunction for protection against stalking, § 784.0485, form 12.980(t). */
final class Florida implements StateProfile {

    static final String STALKING = "us.protective-order.fl-stalking";

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of("US-FL");
    }

    @Override
    public String name() {
        return "Florida";
    }

    @Override
    public OrderChoice protectiveOrder(Facts f) {
        return new OrderChoice(STALKING, "Florida lets a victim of stalking or cyberstalking petition for an "
                + "injunction for protection against stalking (§ 784.0485), on form 12.980(t).", List.of());
    }

    /** Stalking needs conduct on two or more occasions by the same person. */
    @Override
    public boolean needsCourseOfConduct(String variantId) {
        return STALKING.equals(variantId);
    }

    @Override
    public List<PetitionItem> petitionItems(String variantId) {
        List<PetitionItem> items = new ArrayList<>(States.common("Petitioner", "Respondent"));
        items.add(States.item("acts", "The acts of stalking or cyberstalking, with dates (most recent first)", Fill.MOST_RECENT));
        items.add(States.item("earlier", "Earlier acts", Fill.EARLIER));
        items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
        items.add(States.item("other-cases", "Other court cases between you", Fill.TO_COMPLETE));
        items.add(States.item("relief", "What you ask the court to order", Fill.TO_COMPLETE));
        return items;
    }
}
