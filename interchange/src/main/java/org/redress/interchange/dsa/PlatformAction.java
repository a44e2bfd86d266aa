package org.redress.interchange.dsa;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.redress.interchange.dsa.ContentDecision.AccountAction;
import org.redress.interchange.dsa.ContentDecision.AutomatedDecision;
import org.redress.interchange.dsa.ContentDecision.Ground;
import org.redress.interchange.dsa.ContentDecision.SourceType;
import org.redress.interchange.dsa.ContentDecision.Visibility;

/**
 * What a platform did about content a survivor reported: the part of a {@link ContentDecision} that the case cannot
 * know. {@link StatementsOfReasons#decisionFor} adds what the case does know (the kind of content, its date, the
 * category) and nothing personal.
 *
 * @param puid the platform's own unique id for the statement (letters, digits, '-' and '_')
 * @param applicationDate the day the decision took effect
 * @param visibility restrictions of the content's visibility (may be empty when {@code account} is given)
 * @param account a suspension or termination of the account, if any
 * @param ground whether the content was found illegal or incompatible with the terms
 * @param groundReference the legal or contractual ground relied on
 * @param source what the decision was based on
 * @param automatedDetection whether the content was detected by automated means
 * @param automatedDecision how far the decision was automated
 * @param territorialScope two-letter codes of the EU/EEA countries the decision applies in
 * @since 1.1
 */
public record PlatformAction(String puid, LocalDate applicationDate, Set<Visibility> visibility,
        Optional<AccountAction> account, Ground ground, String groundReference, SourceType source,
        boolean automatedDetection, AutomatedDecision automatedDecision, Set<String> territorialScope) {

    /**
     * Checks that nothing is null and copies the sets.
     *
     * @param puid the platform's own unique id for the statement (letters, digits, '-' and '_')
     * @param applicationDate the day the decision took effect
     * @param visibility restrictions of the content's visibility (may be empty when {@code account} is given)
     * @param account a suspension or termination of the account, if any
     * @param ground whether the content was found illegal or incompatible with the terms
     * @param groundReference the legal or contractual ground relied on
     * @param source what the decision was based on
     * @param automatedDetection whether the content was detected by automated means
     * @param automatedDecision how far the decision was automated
     * @param territorialScope two-letter codes of the EU/EEA countries the decision applies in
     */
    public PlatformAction {
        Objects.requireNonNull(puid, "puid must not be null");
        Objects.requireNonNull(applicationDate, "applicationDate must not be null");
        visibility = Set.copyOf(visibility);
        Objects.requireNonNull(account, "account must not be null");
        Objects.requireNonNull(ground, "ground must not be null");
        Objects.requireNonNull(groundReference, "groundReference must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(automatedDecision, "automatedDecision must not be null");
        territorialScope = Set.copyOf(territorialScope);
    }

    /**
     * The commonest action on a notice: the content removed after a person reviewed it, under the terms and
     * conditions, everywhere in the EU.
     *
     * @param puid the platform's id for the statement
     * @param applicationDate the day the content was removed
     * @param termsReference the clause of the terms relied on
     * @return the action, with the removal's visibility, ground and scope set as described
     */
    public static PlatformAction removedOnNotice(String puid, LocalDate applicationDate, String termsReference) {
        return new PlatformAction(puid, applicationDate, Set.of(Visibility.CONTENT_REMOVED), Optional.empty(),
                Ground.INCOMPATIBLE_CONTENT, termsReference, SourceType.ARTICLE_16, false,
                AutomatedDecision.NOT_AUTOMATED, StatementsOfReasons.EU);
    }
}
