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
 * A paragraph of text; numbered paragraphs are numbered in order across the whole document.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
public abstract class Paragraph implements Block {

    /** {@return the text} Line breaks are kept. */
    @NotNull
    @Size(max = 100000)
    @Value.Redacted
    public abstract String text();

    /** {@return whether it takes the next paragraph number} */
    @Value.Default
    public boolean numbered() {
        return false;
    }

    /** {@return where its facts came from} */
    @Value.Default
    public FactOrigin origin() {
        return FactOrigin.GENERATED;
    }

    /**
     * {@return a numbered paragraph}
     *
     * @param text the paragraph's text
     * @param origin where its facts came from
     */
    public static Paragraph numbered(String text, FactOrigin origin) {
        return ImmutableParagraph.builder().text(text).numbered(true).origin(origin).build();
    }

    /**
     * {@return an unnumbered paragraph of generated text}
     *
     * @param text the paragraph's text
     */
    public static Paragraph of(String text) {
        return ImmutableParagraph.builder().text(text).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.paragraph(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
