package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * Who is filling the case in: the person themselves, a friend, an advocate, a lawyer or a platform.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaseFiler.class)
@JsonDeserialize(as = ImmutableCaseFiler.class)
public abstract class CaseFiler {

    /** {@return their role} */
    @NotNull
    public abstract FilledBy role();

    /** {@return their name, when not the person themselves} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> name();

    /** {@return their organisation} */
    public abstract Optional<@Size(max = 200) String> organisation();

    /** {@return the person themselves} */
    public static CaseFiler self() {
        return ImmutableCaseFiler.builder().role(FilledBy.SELF).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
