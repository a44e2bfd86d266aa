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
 * An exhibit: its label, what it is, its hash, and optionally its image shown on an exhibit page.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExhibitReference.class)
@JsonDeserialize(as = ImmutableExhibitReference.class)
public abstract class ExhibitReference implements Block {

    /** {@return the exhibit label, such as {@code JS/1} or {@code Exhibit A}} */
    @NotBlank
    @Size(max = 32)
    public abstract String label();

    /** {@return what it is} */
    @NotBlank
    @Size(max = 5000)
    @Value.Redacted
    public abstract String description();

    /** {@return the evidence record it comes from} */
    public abstract Optional<@Size(max = 64) String> evidenceId();

    /** {@return the SHA-256 digest of the original bytes, in hex} */
    public abstract Optional<@Size(min = 64, max = 64) String> sha256();

    /**
     * {@return where to find the image to show, for a renderer to resolve (a file path, or an id its resolver knows)}
     */
    public abstract Optional<@Size(max = 4096) String> imageRef();

    /** {@return alternative text for the image, for people who cannot see it} */
    public abstract Optional<@Size(max = 2000) String> altText();

    /** {@return a builder} */
    public static ImmutableExhibitReference.Builder builder() {
        return ImmutableExhibitReference.builder();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.exhibit(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
