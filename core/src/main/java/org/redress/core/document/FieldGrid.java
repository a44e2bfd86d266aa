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

/** A grid of labelled fields, such as the applicant's details. */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldGrid.class)
@JsonDeserialize(as = ImmutableFieldGrid.class)
public abstract class FieldGrid implements Block {

    /** The fields, in order. */
    @NotNull
    public abstract List<@NotNull @Valid Field> getFields();

    /** A grid. */
    public static FieldGrid of(Field... fields) {
        return ImmutableFieldGrid.builder().addFields(fields).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fields(this);
    }

    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
