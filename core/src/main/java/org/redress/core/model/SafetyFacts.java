package org.redress.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * Safety facts that change what is safe to do, and in what order.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSafetyFacts.class)
@JsonDeserialize(as = ImmutableSafetyFacts.class)
public abstract class SafetyFacts {

    /** {@return whether the person is in immediate danger now} */
    @Value.Default
    public Answer inImmediateDanger() {
        return Answer.UNKNOWN;
    }

    /** {@return whether {@link #inImmediateDanger()} is yes} */
    @JsonIgnore
    public boolean isInImmediateDanger() {
        return inImmediateDanger().isYes();
    }

    /** {@return whether the harasser knows where the person lives} */
    @Value.Default
    public Answer harasserKnowsAddress() {
        return Answer.UNKNOWN;
    }

    /** {@return whether {@link #harasserKnowsAddress()} is yes} */
    @JsonIgnore
    public boolean isHarasserKnowsAddress() {
        return harasserKnowsAddress().isYes();
    }

    /** {@return whether children live with the person or are otherwise involved} */
    @Value.Default
    public Answer childrenInvolved() {
        return Answer.UNKNOWN;
    }

    /** {@return whether {@link #childrenInvolved()} is yes} */
    @JsonIgnore
    public boolean isChildrenInvolved() {
        return childrenInvolved().isYes();
    }

    /** {@return whether the person fears for their life or thinks they may be hurt} */
    @Value.Default
    public Answer fearsViolence() {
        return Answer.UNKNOWN;
    }

    /** {@return whether {@link #fearsViolence()} is yes} */
    @JsonIgnore
    public boolean isFearsViolence() {
        return fearsViolence().isYes();
    }

    /** {@return whether the person has had thoughts of harming themselves} */
    @Value.Default
    public Answer thoughtsOfSelfHarm() {
        return Answer.UNKNOWN;
    }

    /** {@return whether {@link #thoughtsOfSelfHarm()} is yes} */
    @JsonIgnore
    public boolean isThoughtsOfSelfHarm() {
        return thoughtsOfSelfHarm().isYes();
    }

    /**
     * What the person has done to stay safe (a new lock, a changed route, staying with a friend). Kept for the
     * person and their advocates; never put into anything the other party receives.
     *
     * @return the measures, in the order recorded; empty when none
     */
    @NotNull
    @Value.Redacted
    public abstract List<@NotNull @Size(min = 1, max = 500) String> measuresTaken();

    /** {@return a safe way to contact the person} */
    public abstract Optional<@Valid SafeContact> safeContact();

    /** {@return safety facts with no concerns recorded} */
    public static SafetyFacts none() {
        return ImmutableSafetyFacts.builder().build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
