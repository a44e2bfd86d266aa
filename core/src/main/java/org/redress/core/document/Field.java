package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A labelled value on a form, such as "Date of birth". A field without a value is a blank for the person to fill
 * in; a fillable PDF makes every field editable.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableField.class)
@JsonDeserialize(as = ImmutableField.class)
public abstract class Field {

    /** {@return a stable key, unique within the document, such as {@code applicant.name}; used for form field names} */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}",
            message = "is not a field key|Use letters, digits, '.', '_' or '-', such as applicant.name.")
    public abstract String key();

    /** {@return the label, such as "Full name"} */
    @NotBlank
    @Size(max = 300)
    public abstract String label();

    /** {@return the value; empty means a blank to fill in} */
    @Value.Redacted
    public abstract Optional<@Size(max = 100000) String> value();

    /** {@return where the value came from} */
    @Value.Default
    public FactOrigin origin() {
        return FactOrigin.CASE_RECORD;
    }

    /** {@return whether to show the value in a monospace face (hashes, ids)} */
    @Value.Default
    public boolean monospace() {
        return false;
    }

    /**
     * {@return a field with a value from the case record}
     *
     * @param key the field's stable key, such as {@code sender.name}
     * @param label the label shown
     * @param value the value
     */
    public static Field of(String key, String label, String value) {
        return ImmutableField.builder().key(key).label(label).value(Optional.ofNullable(value)).build();
    }

    /**
     * {@return a blank for the person to fill in}
     *
     * @param key the field's stable key, such as {@code sender.name}
     * @param label the label shown
     */
    public static Field blank(String key, String label) {
        return ImmutableField.builder().key(key).label(label).origin(FactOrigin.TO_COMPLETE).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
