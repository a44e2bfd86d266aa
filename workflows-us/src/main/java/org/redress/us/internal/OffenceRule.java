package org.redress.us.internal;

import java.util.Locale;
import java.util.Set;
import org.redress.core.model.HarassmentKind;
import org.redress.core.model.Incident;
import org.redress.core.route.LegalBasis;

/**
 * When conduct may amount to an offence or found a claim: an incident matches when it has one of the kinds or one
 * of the flags, and the rule holds when at least {@code minIncidents} incidents match (2 for a course of conduct).
 *
 * @param law the provision
 * @param kinds the kinds of harassment that bring it
 * @param flags the incident facts that bring it
 * @param minIncidents how many matching incidents it needs
 */
public record OffenceRule(LegalBasis law, Set<HarassmentKind> kinds, Set<Flag> flags, int minIncidents) {

    /** Incident facts a rule can name. */
    public enum Flag {
        /** {@link Incident#isIntimateImage()}. */
        INTIMATE_IMAGE,
        /** {@link Incident#isInvolvesChild()}. */
        INVOLVES_CHILD,
        /** {@link Incident#isFinancialDemand()}. */
        FINANCIAL_DEMAND,
        /** {@link Incident#isOfflineContact()}. */
        OFFLINE_CONTACT;

        static Flag fromJson(String camel) {
            return valueOf(camel.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
        }
    }

    /** Whether an incident matches. */
    public boolean matches(Incident i) {
        for (HarassmentKind k : i.kinds()) {
            if (kinds.contains(k)) {
                return true;
            }
        }
        return flags.contains(Flag.INTIMATE_IMAGE) && i.isIntimateImage()
                || flags.contains(Flag.INVOLVES_CHILD) && i.isInvolvesChild()
                || flags.contains(Flag.FINANCIAL_DEMAND) && i.isFinancialDemand()
                || flags.contains(Flag.OFFLINE_CONTACT) && i.isOfflineContact();
    }
}
