package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * Who captured or handled a piece of evidence: a pseudonymous id, a role, and an organisation.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCollector.class)
@JsonDeserialize(as = ImmutableCollector.class)
public abstract class Collector {

    /** {@return a pseudonymous id, stable for this collector (not their name)} */
    @NotBlank
    @Size(max = 100)
    public abstract String id();

    /** {@return their role, such as "victim", "advocate", "investigator"} */
    @NotBlank
    @Size(max = 100)
    public abstract String role();

    /** {@return their organisation, when acting for one} */
    public abstract Optional<@Size(max = 200) String> organisation();

    /**
     * {@return a collector}
     *
     * @param id a pseudonymous id, stable for this collector (not their name)
     * @param role their role, such as "victim", "advocate" or "investigator"
     */
    public static Collector of(String id, String role) {
        return ImmutableCollector.builder().id(id).role(role).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
