package org.redress.evidence;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.redress.core.model.CaptureEnvironment;
import org.redress.core.model.ClockSource;
import org.redress.core.model.Collector;
import org.redress.core.model.ContentLocation;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.ShownTime;
import org.redress.core.model.Tool;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * What the caller knows about a capture: everything an {@link org.redress.core.model.EvidenceRecord} holds except
 * what the capture itself measures (size and digests). Attributes mean what they mean on the record.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaptureMetadata.class)
@JsonDeserialize(as = ImmutableCaptureMetadata.class)
public abstract class CaptureMetadata implements Validated {

    /** {@return the new record's id, unique within the case} */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "is not a valid id|Use 1 to 64 letters, digits, "
            + "'.', '_' or '-', starting with a letter or digit.")
    public abstract String id();

    /** {@return the exhibit label, once assigned} */
    public abstract Optional<@Size(min = 1, max = 32) String> exhibitLabel();

    /** {@return what kind of thing it is} */
    @NotNull
    public abstract EvidenceKind kind();

    /** {@return what it shows, in a sentence} */
    @Value.Redacted
    public abstract Optional<@Size(max = 2000) String> description();

    /** {@return the original file name} */
    @Value.Redacted
    public abstract Optional<@Size(max = 255) String> fileName();

    /** {@return the media type, such as {@code image/png}} */
    public abstract Optional<String> mediaType();

    /** {@return the URL as requested} */
    public abstract Optional<URI> requestedUrl();

    /** {@return the URL as finally loaded} */
    public abstract Optional<URI> loadedUrl();

    /** {@return the platform key} */
    public abstract Optional<@Size(max = 100) String> platform();

    /** {@return the author's handle as shown} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> authorHandle();

    /** {@return the platform's permanent id for the author} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> authorId();

    /** {@return the post or message id} */
    public abstract Optional<@Size(max = 256) String> contentId();

    /** {@return the content's own time, as shown} */
    @Valid
    public abstract Optional<ShownTime> contentTime();

    /** {@return when it was captured; the capture's clock when absent} */
    public abstract Optional<OffsetDateTime> capturedAt();

    /** {@return the capturer's zone; the capture's clock zone when absent} */
    public abstract Optional<ZoneId> captureZone();

    /** {@return where the capture time came from} */
    @Value.Default
    public ClockSource clockSource() {
        return ClockSource.SYSTEM_CLOCK;
    }

    /** {@return who captured it} */
    @NotNull
    @Valid
    public abstract Collector collector();

    /** {@return the tool that captured it} */
    @NotNull
    @Valid
    public abstract Tool tool();

    /** {@return the device and system it was captured on} */
    @Valid
    public abstract Optional<CaptureEnvironment> environment();

    /** {@return whether the item was captured live or imported later} */
    @NotNull
    public abstract EvidenceOrigin origin();

    /** {@return for a derivative (a redacted copy): the id of the original, which must be in the vault} */
    public abstract Optional<String> derivedFrom();

    /** {@return for a derivative: what was done to the original} */
    public abstract Optional<@Size(max = 2000) String> transformation();

    /** {@return digests to compute besides SHA-256 (SHA-384, SHA-512, SHA3-256, SHA3-512, BLAKE2B-512)} */
    public abstract Set<@NotNull @Pattern(regexp = "SHA-384|SHA-512|SHA3-256|SHA3-512|BLAKE2B-512") String>
            extraAlgorithms();

    /**
     * Whether the content involves a child sexually. Then the bytes are never read, stored or copied, whatever else
     * is asked: only {@link #location()} and the description are kept.
     *
     * @return {@code true} when the content involves a child sexually (default {@code false})
     */
    @Value.Default
    public boolean involvesChild() {
        return false;
    }

    /** {@return where the content is; required when it involves a child} */
    @Valid
    public abstract Optional<ContentLocation> location();

    /** {@return the jurisdiction whose child-protection route to give, when the content involves a child} */
    public abstract Optional<Jurisdiction> jurisdiction();

    /** {@return a builder} */
    public static ImmutableCaptureMetadata.Builder builder() {
        return ImmutableCaptureMetadata.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (involvesChild() && location().isEmpty() && requestedUrl().isEmpty()) {
            problems.add("location", "is missing for content involving a child",
                    "Record where the content is (its URL or platform id); its bytes are never kept.");
        }
        if (transformation().isPresent() && derivedFrom().isEmpty()) {
            problems.add("derivedFrom", "is missing for a derivative", "Give the id of the original.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
