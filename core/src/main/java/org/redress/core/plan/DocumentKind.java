package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A kind of document a pack can build, such as {@code uk.mg11-witness-statement}. Ids are public API.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentKind.class)
@JsonDeserialize(as = ImmutableDocumentKind.class)
public abstract class DocumentKind {

    /** {@return the stable id} */
    @NotBlank
    @Size(max = 100)
    public abstract String id();

    /** {@return the title} */
    @NotBlank
    @Size(max = 300)
    public abstract String title();

    /** {@return what it is for, in a sentence} */
    @NotNull
    @Size(max = 1000)
    public abstract String description();

    /**
     * {@return a document kind}
     *
     * @param id the kind's stable id, starting with the pack's id
     * @param title the document's title
     * @param description what it is for, in a sentence
     */
    public static DocumentKind of(String id, String title, String description) {
        return ImmutableDocumentKind.builder().id(id).title(title).description(description).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
