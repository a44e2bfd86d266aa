package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/** Someone who saw an incident. */
@Value.Immutable
@JsonSerialize(as = ImmutableWitness.class)
@JsonDeserialize(as = ImmutableWitness.class)
public abstract class Witness {

    /** The witness's name. */
    @NotBlank
    @Size(max = 200)
    @Value.Redacted
    public abstract String getName();

    /** How to reach them. */
    @Value.Redacted
    public abstract Optional<@Size(max = 500) String> getContact();

    /** What they saw. */
    @Value.Redacted
    public abstract Optional<@Size(max = 5000) String> getSaw();

    /** Whether they are willing to give a statement. */
    @Value.Default
    public boolean isWillingToGiveStatement() {
        return false;
    }

    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
