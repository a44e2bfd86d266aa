package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A file that goes with a document, such as the evidence bundle manifest.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachment.class)
@JsonDeserialize(as = ImmutableAttachment.class)
public abstract class Attachment {

    /** {@return the file name} */
    @NotBlank
    @Size(max = 255)
    @Pattern(regexp = "[^/\\\\:*?\"<>|]+", message = "is not a plain file name|Use a name without path separators.")
    public abstract String name();

    /** {@return the media type} */
    @NotBlank
    public abstract String mediaType();

    /** {@return what it is} */
    public abstract Optional<@Size(max = 1000) String> description();

    /** {@return where the renderer finds its bytes (a file path, or an id its resolver knows)} */
    @NotBlank
    @Size(max = 4096)
    public abstract String ref();

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
