package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.Party;
import org.redress.core.model.Relationship;
import org.redress.us.internal.StateProfile.Fill;

/**
 * Florida: an injunction for protection against domestic violence (§ 741.30, form 12.980(a)) or dating violence
 * (§ 784.046, form 12.980(n)) where a family or household member or a partner threatened or stalked the person;
 * otherwise the injunction for protection against stalking, § 784.0485, form 12.980(t), which needs a course of
 * conduct.
 */
final class Florida implements StateProfile {

    static final String STALKING = "us.protective-order.fl-stalking";
    static final String DOMESTIC = "us.protective-order.fl-domestic-violence";
    static final String DATING = "us.protective-order.fl-dating-violence";

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
        if (f.safety.domesticHarasser() && (!f.threats.isEmpty() || !f.offline.isEmpty() || f.danger()
                || f.c.safety().isFearsViolence() || !f.stalking.isEmpty())) {
            boolean family = f.parties.values().stream().map(Party::relationship).anyMatch(r -> r
                    == Relationship.SPOUSE || r == Relationship.FORMER_SPOUSE || r == Relationship.FAMILY
                    || r == Relationship.HOUSEHOLD_MEMBER);
            if (family) {
                return new OrderChoice(DOMESTIC, "The harasser is a spouse, former spouse, relative or household "
                        + "member who threatened or stalked you: Florida's injunction for protection against "
                        + "domestic violence (§ 741.30, form 12.980(a)) is the one to ask for.", List.of());
            }
            return new OrderChoice(DATING, "The harasser is or was your partner and threatened or stalked you: "
                    + "Florida's injunction for protection against dating violence (§ 784.046, form 12.980(n)) "
                    + "covers a relationship within the past six months. If you live or lived together as a family "
                    + "or have a child together, ask for the domestic violence injunction (form 12.980(a)) instead.",
                    List.of());
        }
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
        if (!variantId.equals(STALKING)) {
            items.add(States.item("acts", "The violence, threats or stalking, with dates (most recent first)",
                    Fill.MOST_RECENT));
            items.add(States.item("earlier", "Earlier acts", Fill.EARLIER));
            items.add(States.item("fear", "Why you fear more violence: threats, weapons, earlier violence",
                    Fill.TO_COMPLETE));
            items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
            items.add(States.item("other-cases", "Other court cases between you", Fill.TO_COMPLETE));
            items.add(States.item("relief", "What you ask the court to order", Fill.TO_COMPLETE));
            return items;
        }
        items.add(States.item("acts", "The acts of stalking or cyberstalking, with dates (most recent first)", Fill.MOST_RECENT));
        items.add(States.item("earlier", "Earlier acts", Fill.EARLIER));
        items.add(States.item("witnesses", "Witnesses", Fill.WITNESSES));
        items.add(States.item("other-cases", "Other court cases between you", Fill.TO_COMPLETE));
        items.add(States.item("relief", "What you ask the court to order", Fill.TO_COMPLETE));
        return items;
    }
}
