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
 * A heading within a section.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubheading.class)
@JsonDeserialize(as = ImmutableSubheading.class)
public abstract class Subheading implements Block {

    /** {@return the heading text} */
    @NotBlank
    @Size(max = 300)
    public abstract String text();

    /**
     * {@return a subheading}
     *
     * @param text the subheading's text
     */
    public static Subheading of(String text) {
        return ImmutableSubheading.builder().text(text).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.subheading(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
