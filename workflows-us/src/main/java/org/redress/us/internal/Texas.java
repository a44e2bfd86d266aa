package org.redress.us.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.model.Jurisdiction;
import org.redress.us.internal.StateProfile.Fill;

/** Texas: protective order for victims of stalking, Code of Criminal Procedure chapter 7B, any relationship. */
final class Texas implements StateProfile {

    static final String STALKING = "us.protective-order.tx-stalking";

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
        items.add(States.item("conduct", "The stalking conduct, most recent first", Fill.MOST_RECENT));
        items.add(States.item("earlier", "Earlier conduct", Fill.EARLIER));
        items.add(States.item("offences", "Offenses the conduct may amount to (Penal Code § 42.072 stalking)", Fill.OFFENCES));
        items.add(States.item("police", "Police reports", Fill.POLICE));
        items.add(States.item("relief", "Orders asked for under art. 7B.005 (no communication, no contact, stay away from home, work or school)", Fill.TO_COMPLETE));
        return items;
    }
}
