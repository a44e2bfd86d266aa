package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A hand-over of evidence: from whom, to whom, how, and the receiver's reference.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransfer.class)
@JsonDeserialize(as = ImmutableTransfer.class)
public abstract class Transfer {

    /** {@return who handed it over (a pseudonymous id or an organisation)} */
    @NotBlank
    @Size(max = 200)
    public abstract String from();

    /** {@return who received it} */
    @NotBlank
    @Size(max = 200)
    public abstract String to();

    /** {@return how it was transferred, such as "bundle on encrypted USB stick" or "police upload portal"} */
    @NotBlank
    @Size(max = 200)
    public abstract String method();

    /** {@return the receiver's reference, such as a crime reference number} */
    public abstract Optional<@Size(max = 100) String> reference();

    /** {@return a builder} */
    public static ImmutableTransfer.Builder builder() {
        return ImmutableTransfer.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
