package org.redress.core.route;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * Where a fact comes from: a statute, an official page, a charity's page.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {

    /** {@return the source's title, such as "Protection from Harassment Act 1997, s.2"} */
    @NotBlank
    @Size(max = 500)
    public abstract String title();

    /** {@return where to read it} */
    @NotNull
    public abstract URI url();

    /** {@return who publishes it} */
    public abstract Optional<@Size(max = 200) String> publisher();

    /** {@return how far the fact was checked against it} */
    @NotNull
    public abstract Confidence confidence();

    /**
     * {@return a source}
     *
     * @param title the source's title, such as "Protection from Harassment Act 1997, s.2"
     * @param url where to read it: an absolute URI
     * @param confidence how far the fact was checked against it
     * @throws IllegalArgumentException if {@code url} is not a URI
     */
    public static Source of(String title, String url, Confidence confidence) {
        return ImmutableSource.builder().title(title).url(URI.create(url)).confidence(confidence).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
