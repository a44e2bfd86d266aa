package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A section of a document: an optional heading and its blocks.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
public abstract class Section {

    /** {@return the heading} */
    public abstract Optional<@Size(max = 300) String> heading();

    /** {@return whether the section starts on a new page (exhibit pages, a back page)} */
    @Value.Default
    public boolean newPage() {
        return false;
    }

    /** {@return the blocks, in order} */
    @NotNull
    public abstract List<@NotNull @Valid Block> blocks();

    /**
     * {@return a section with a heading}
     *
     * @param heading the section's heading
     * @param blocks its blocks, in order
     */
    public static Section of(String heading, Block... blocks) {
        return ImmutableSection.builder().heading(heading).addBlocks(blocks).build();
    }

    /** {@return a builder} */
    public static ImmutableSection.Builder builder() {
        return ImmutableSection.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
