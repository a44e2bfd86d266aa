package org.redress.us.internal;

import java.util.List;
import java.util.Optional;
import org.redress.core.model.Jurisdiction;

/** The covered states. Add a state here (with its data); nothing else changes. */
public final class States {

    /** Every covered state, in a stable order. */
    public static final List<StateProfile> ALL = List.of(new California(), new NewYork(), new Texas(),
            new Florida(), new Illinois());

    private States() {
    }

    /** The profile of a covered state. */
    public static Optional<StateProfile> of(Jurisdiction j) {
        return ALL.stream().filter(s -> s.jurisdiction().equals(j)).findFirst();
    }

    /** The items almost every petition asks: parties, relationship, incidents, witnesses, harm, police. */
    static List<StateProfile.PetitionItem> common(String petitioner, String respondent) {
        return List.of(
                item("petitioner.name", petitioner + ": name", StateProfile.Fill.PETITIONER),
                item("petitioner.contact", petitioner + ": address and contact details (or a safe mailing address)",
                        StateProfile.Fill.PETITIONER_CONTACT),
                item("respondent.name", respondent + ": name and accounts used", StateProfile.Fill.RESPONDENT),
                item("respondent.description", respondent + ": description", StateProfile.Fill.RESPONDENT_DESCRIPTION),
                item("relationship", "Relationship between " + petitioner.toLowerCase(java.util.Locale.ROOT) + " and "
                        + respondent.toLowerCase(java.util.Locale.ROOT), StateProfile.Fill.RELATIONSHIP));
    }

    static StateProfile.PetitionItem item(String key, String label, StateProfile.Fill fill) {
        return new StateProfile.PetitionItem(key, label, fill);
    }
}
