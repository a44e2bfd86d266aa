package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * Words the harasser used, exactly as written or said. Kept apart from the person's own account of the incident,
 * because documents must show which is which.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuote.class)
@JsonDeserialize(as = ImmutableQuote.class)
public abstract class Quote {

    /** {@return the verbatim text} */
    @NotBlank
    @Size(max = 20000)
    @Value.Redacted
    public abstract String text();

    /** {@return the language of the text, as a BCP 47 tag such as {@code en} or {@code pl}} */
    public abstract Optional<@Size(max = 35) String> language();

    /** {@return ids of evidence records that show these words} */
    @NotNull
    public abstract List<@NotBlank String> evidenceIds();

    /**
     * {@return a quote}
     *
     * @param text the words exactly as written
     */
    public static Quote of(String text) {
        return ImmutableQuote.builder().text(text).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
