package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * Someone who saw an incident.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWitness.class)
@JsonDeserialize(as = ImmutableWitness.class)
public abstract class Witness {

    /** {@return the witness's name} */
    @NotBlank
    @Size(max = 200)
    @Value.Redacted
    public abstract String name();

    /** {@return how to reach them} */
    @Value.Redacted
    public abstract Optional<@Size(max = 500) String> contact();

    /** {@return what they saw} */
    @Value.Redacted
    public abstract Optional<@Size(max = 5000) String> saw();

    /** {@return whether they are willing to give a statement} */
    @Value.Default
    public boolean willingToGiveStatement() {
        return false;
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
