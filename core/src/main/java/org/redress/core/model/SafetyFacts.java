package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.internal.Validation;

/** Safety facts that change what is safe to do, and in what order. */
@Value.Immutable
@JsonSerialize(as = ImmutableSafetyFacts.class)
@JsonDeserialize(as = ImmutableSafetyFacts.class)
public abstract class SafetyFacts {

    /** Whether the person is in immediate danger now. */
    @Value.Default
    public boolean isInImmediateDanger() {
        return false;
    }

    /** Whether the harasser knows where the person lives. */
    @Value.Default
    public boolean isHarasserKnowsAddress() {
        return false;
    }

    /** Whether children live with the person or are otherwise involved. */
    @Value.Default
    public boolean isChildrenInvolved() {
        return false;
    }

    /** Whether the person fears for their life or thinks they may be hurt. */
    @Value.Default
    public boolean isFearsViolence() {
        return false;
    }

    /** Whether the person has had thoughts of harming themselves. */
    @Value.Default
    public boolean isThoughtsOfSelfHarm() {
        return false;
    }

    /** A safe way to contact the person. */
    public abstract Optional<@Valid SafeContact> getSafeContact();

    /** No safety concerns recorded. */
    public static SafetyFacts none() {
        return ImmutableSafetyFacts.builder().build();
    }

    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
