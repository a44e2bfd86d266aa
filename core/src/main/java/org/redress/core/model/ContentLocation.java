package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * Where a piece of content is: its URL, its platform id, or both.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContentLocation.class)
@JsonDeserialize(as = ImmutableContentLocation.class)
public abstract class ContentLocation implements Validated {

    /** {@return the content's URL} */
    public abstract Optional<URI> url();

    /** {@return the platform's id for the content (post id, message id, video id)} */
    public abstract Optional<@Size(max = 256) String> platformId();

    /** {@return what is at this location, when the URL alone does not say} */
    @Value.Redacted
    public abstract Optional<@Size(max = 2000) String> description();

    /**
     * {@return a location by URL}
     *
     * @param url the address of the content, such as {@code https://example.com/post/1}
     */
    public static ContentLocation url(String url) {
        return ImmutableContentLocation.builder().url(URI.create(url)).build();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (url().isEmpty() && platformId().isEmpty() && description().isEmpty()) {
            problems.add("", "says nothing about where the content is",
                    "Give the 'url', the 'platformId' or a 'description' of where it is.");
        }
        url().ifPresent(u -> {
            if (!u.isAbsolute()) {
                problems.add("url", "is not an absolute URL", "Use the full address, starting with https://.");
            }
        });
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
