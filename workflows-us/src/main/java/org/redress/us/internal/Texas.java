package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.us.internal.StateProfile.Fill;

/**
 * Texas: a protective order for family or dating violence (Family Code ch. 85) where a family or household member
 * or a dating partner hurt or threatened the person; otherwise the protective order for victims of stalking, Code of
 * Criminal Procedure chapter 7B, whatever the relationship (it needs a course of conduct).
 */
final class Texas implements StateProfile {

    static final String STALKING = "us.protective-order.tx-stalking";
    static final String FAMILY_VIOLENCE = "us.protective-order.tx-family-violence";

    @Override
    public Jurisdiction jurisdiction() {
        return Jurisdiction.of("US-TX");
    }

    @Override
    public String name() {
        return "Texas";
    }

    @Override
    public OrderChoice protectiveOrder(Facts f) {
        if (f.safety.domesticHarasser() && (!f.threats.isEmpty() || !f.offline.isEmpty() || f.danger()
                || f.c.safety().isFearsViolence())) {
            return new OrderChoice(FAMILY_VIOLENCE, "The harasser is a family or household member or a partner or "
                    + "former partner, and threatened you or put you in fear of physical harm: that is family or "
                    + "dating violence, and a Family Code protective order is the one to ask for (Family Code "
                    + "§§ 71.004, 82.002, 85.001).", List.of());
        }
        return new OrderChoice(STALKING, "Texas lets a victim of stalking apply for a protective order without regard to "
                + "the relationship with the harasser (Code of Criminal Procedure art. 7B.001(a)(1)).", List.of());
    }

    /** Stalking needs conduct on two or more occasions by the same person. */
    @Override
    public boolean needsCourseOfConduct(String variantId) {
        return STALKING.equals(variantId);
    }

    @Override
    public List<PetitionItem> petitionItems(String variantId) {
        List<PetitionItem> items = new ArrayList<>(States.common("Applicant", "Respondent"));
        if (variantId.equals(FAMILY_VIOLENCE)) {
            items.add(States.item("violence", "The family violence or dating violence: what happened, with dates, most "
                    + "recent first", Fill.MOST_RECENT));
            items.add(States.item("earlier", "Earlier incidents", Fill.EARLIER));
            items.add(States.item("likely", "Why it is likely to happen again (Family Code § 85.001)", Fill.TO_COMPLETE));
            items.add(States.item("police", "Police reports", Fill.POLICE));
            items.add(States.item("other-cases", "Other cases between you: divorce, custody, earlier protective orders",
                    Fill.TO_COMPLETE));
            items.add(States.item("ex-parte", "Do you ask for a temporary ex parte order before the hearing?",
                    Fill.TO_COMPLETE));
            return items;
        }
        items.add(States.item("conduct", "The stalking conduct, most recent first", Fill.MOST_RECENT));
        items.add(States.item("earlier", "Earlier conduct", Fill.EARLIER));
        items.add(States.item("offences", "Offenses the conduct may amount to (Penal Code § 42.072 stalking)", Fill.OFFENCES));
        items.add(States.item("police", "Police reports", Fill.POLICE));
        items.add(States.item("relief", "Orders asked for under art. 7B.005 (no communication, no contact, stay away from home, work or school)", Fill.TO_COMPLETE));
        return items;
    }
}
