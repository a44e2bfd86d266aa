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
 * A list of items.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBulletList.class)
@JsonDeserialize(as = ImmutableBulletList.class)
public abstract class BulletList implements Block {

    /** The items. */
    @NotEmpty
    public abstract List<@NotNull @Size(max = 20000) String> getItems();

    /** Whether the items are numbered (a, b, c) rather than bulleted. */
    @Value.Default
    public boolean isOrdered() {
        return false;
    }

    /** Where its facts came from. */
    @Value.Default
    public FactOrigin getOrigin() {
        return FactOrigin.GENERATED;
    }

    /** A bulleted list. */
    public static BulletList of(List<String> items) {
        return ImmutableBulletList.builder().items(items).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.list(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
