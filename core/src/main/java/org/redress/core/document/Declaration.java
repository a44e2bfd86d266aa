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
 * A declaration the signer makes, such as a statement of truth, shown in a box.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclaration.class)
@JsonDeserialize(as = ImmutableDeclaration.class)
public abstract class Declaration implements Block {

    /** {@return its title, such as "Statement of truth"} */
    @NotBlank
    @Size(max = 300)
    public abstract String title();

    /** {@return the exact wording} */
    @NotBlank
    @Size(max = 10000)
    public abstract String text();

    /**
     * {@return a declaration}
     *
     * @param title the declaration's title, such as "Statement of truth"
     * @param text its wording
     */
    public static Declaration of(String title, String text) {
        return ImmutableDeclaration.builder().title(title).text(text).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.declaration(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
