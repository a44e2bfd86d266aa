package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A place to sign: who signs, in what capacity, and the date.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSignatureBlock.class)
@JsonDeserialize(as = ImmutableSignatureBlock.class)
public abstract class SignatureBlock implements Block {

    /** {@return the label, such as "Signed" or "Signature of witness"} */
    @NotBlank
    @Size(max = 200)
    public abstract String label();

    /** {@return the signer's name, printed under the line} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> name();

    /** {@return the capacity they sign in, such as "Applicant"} */
    public abstract Optional<@Size(max = 200) String> capacity();

    /** {@return the date, when already known; otherwise a blank to fill} */
    public abstract Optional<java.time.LocalDate> date();

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.signature(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
