package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A way to contact the person that is safe: the harasser will not see or hear it.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSafeContact.class)
@JsonDeserialize(as = ImmutableSafeContact.class)
public abstract class SafeContact {

    /** {@return how} */
    @NotNull
    public abstract ContactMethod method();

    /** {@return the number, address or name to use} */
    @Value.Redacted
    public abstract Optional<@Size(max = 500) String> details();

    /** {@return when it is safe, such as "weekdays 9am to 3pm"} */
    @Value.Redacted
    public abstract Optional<@Size(max = 500) String> safeTimes();

    /** {@return whether it is safe to leave a message or voicemail} */
    @Value.Default
    public boolean messagesSafe() {
        return false;
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
