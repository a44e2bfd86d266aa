package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.redress.core.internal.CheckedWhenBuilt;
import org.redress.core.validation.Validation;

/**
 * Something a document or a route needs that the case does not have yet.
 *
 * @since 1.0
 */
@Value.Immutable
@CheckedWhenBuilt
@JsonSerialize(as = ImmutableMissingItem.class)
@JsonDeserialize(as = ImmutableMissingItem.class)
public abstract class MissingItem {

    /** {@return the JSON Pointer in the case where it belongs, such as {@code /subject/address}} */
    @NotNull
    @Size(max = 500)
    public abstract String pointer();

    /** {@return what is missing and why it is needed, in plain language} */
    @NotBlank
    @Size(max = 1000)
    public abstract String description();

    /**
     * {@return a missing item}
     *
     * @param pointer JSON Pointer of the field in the case that would hold it
     * @param description what is missing, in words
     */
    public static MissingItem of(String pointer, String description) {
        return ImmutableMissingItem.builder().pointer(pointer).description(description).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
