package org.redress.core.document;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * Who a document is written for. What the person needs to know (what is still missing, what was withheld and why,
 * what to do next, safety advice) is written only in documents for {@link #PERSON}; a document for anyone else
 * carries it in its companion ({@link ReportDocument#companion()}). JSON names are camelCase.
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum Audience {
    /** The person themself: notes, worksheets and logs they keep. */
    PERSON,
    /** The police or another criminal investigator (such as the FBI's IC3 or Report Fraud). */
    POLICE,
    /** A court: claims, applications, petitions, statements and certifications filed with it. */
    COURT,
    /** The person harassing them (a cease-and-desist letter). */
    OTHER_PARTY,
    /** A platform, hosting or service provider (a removal request, a copyright notice). */
    PLATFORM,
    /** A regulator (such as Ofcom). */
    REGULATOR;

    /**
     * Whether a document for this audience reaches the other party: always for {@link #OTHER_PARTY}; for a court
     * or the police when the papers are to be served on, or disclosed to, the other party.
     *
     * @param forService whether the papers are prepared for service on the other party
     * @return whether the other party sees the document
     */
    public boolean reachesOtherParty(boolean forService) {
        return this == OTHER_PARTY || forService && (this == COURT || this == POLICE);
    }
}
