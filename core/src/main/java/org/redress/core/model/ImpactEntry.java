package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * One entry of the impact log: how the harassment affected the person, and what it cost.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImpactEntry.class)
@JsonDeserialize(as = ImmutableImpactEntry.class)
public abstract class ImpactEntry {

    /** {@return when} */
    @NotNull
    public abstract LocalDate date();

    /** {@return what kind of impact} */
    @NotNull
    public abstract ImpactKind kind();

    /** {@return what happened, in the person's words} */
    @NotBlank
    @Size(max = 10000)
    @Value.Redacted
    public abstract String description();

    /** {@return money lost or spent, when there was any} */
    public abstract Optional<@Valid Money> amount();

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
