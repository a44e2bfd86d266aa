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
 * A grid of labelled fields, such as the applicant's details.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldGrid.class)
@JsonDeserialize(as = ImmutableFieldGrid.class)
public abstract class FieldGrid implements Block {

    /** {@return the fields, in order} */
    @NotNull
    public abstract List<@NotNull @Valid Field> fields();

    /**
     * {@return a grid}
     *
     * @param fields the fields, in order
     */
    public static FieldGrid of(Field... fields) {
        return ImmutableFieldGrid.builder().addFields(fields).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fields(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
