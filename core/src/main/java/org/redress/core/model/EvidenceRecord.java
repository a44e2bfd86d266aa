package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * What a court asks about a piece of evidence: the hashes of its original bytes, where it came from, when, who
 * captured it with what tool, whether it was captured live or imported later, and what it was derived from.
 * The bytes themselves live in an evidence vault; this is the record.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceRecord.class)
@JsonDeserialize(as = ImmutableEvidenceRecord.class)
public abstract class EvidenceRecord implements Validated {

    /** {@return the record's id, unique within the case} */
    @NotNull
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
    public abstract String id();

    /** {@return the exhibit label, in the style of the jurisdiction (such as {@code JS/1}), once assigned} */
    public abstract Optional<@Size(min = 1, max = 32) String> exhibitLabel();

    /** {@return what kind of thing it is} */
    @NotNull
    public abstract EvidenceKind kind();

    /** {@return what it shows, in a sentence} */
    @Value.Redacted
    public abstract Optional<@Size(max = 2000) String> description();

    /** {@return whether the original bytes are held} */
    @Value.Default
    public ContentStatus contentStatus() {
        return ContentStatus.STORED;
    }

    /** {@return the original file name} */
    @Value.Redacted
    public abstract Optional<@Size(max = 255) String> fileName();

    /** {@return the media type, such as {@code image/png}} */
    public abstract Optional<@Pattern(regexp = "[a-z]+/[a-zA-Z0-9.+-]+",
            message = "is not a media type|Use a media type such as image/png or application/pdf.") String> mediaType();

    /** {@return the size of the original bytes} */
    public abstract Optional<@PositiveOrZero Long> size();

    /** {@return digests of the original bytes; SHA-256 is required when the content is stored} */
    @NotNull
    public abstract List<@NotNull @Valid Hash> hashes();

    /** {@return the URL as requested} */
    public abstract Optional<URI> requestedUrl();

    /** {@return the URL as finally loaded, after redirects} */
    public abstract Optional<URI> loadedUrl();

    /** {@return the platform key (see {@link Incident#platform()})} */
    public abstract Optional<@Size(max = 100) String> platform();

    /** {@return the author's handle as shown} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> authorHandle();

    /** {@return the platform's permanent id for the author} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> authorId();

    /** {@return the post or message id} */
    public abstract Optional<@Size(max = 256) String> contentId();

    /** {@return the content's own time, as the platform showed it} */
    public abstract Optional<@Valid ShownTime> contentTime();

    /** {@return when it was captured (or imported), with the capturer's offset} */
    @NotNull
    public abstract OffsetDateTime capturedAt();

    /** {@return the capturer's zone} */
    @NotNull
    public abstract ZoneId captureZone();

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
    public abstract Optional<@Valid CaptureEnvironment> environment();

    /** {@return whether the item was captured live or imported later} */
    @NotNull
    public abstract EvidenceOrigin origin();

    /** {@return for a derivative (such as a redacted copy): the id of the original it was made from} */
    public abstract Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> derivedFrom();

    /** {@return for a derivative: what was done to the original} */
    public abstract Optional<@Size(max = 2000) String> transformation();

    /** {@return the SHA-256 digest, when stored} */
    public Optional<String> sha256() {
        return hashes().stream().filter(h -> h != null && "SHA-256".equals(h.algorithm()))
                .map(Hash::value).filter(java.util.Objects::nonNull).findFirst();
    }

    /** {@return a builder} */
    public static ImmutableEvidenceRecord.Builder builder() {
        return ImmutableEvidenceRecord.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (contentStatus() == ContentStatus.STORED && sha256().isEmpty()) {
            problems.add("hashes", "has no SHA-256 digest for stored content",
                    "Capture the evidence through the evidence API, which hashes it, or add its SHA-256 digest.");
        }
        if (contentStatus() == ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL
                && (!hashes().isEmpty() || fileName().isPresent() || size().isPresent())) {
            problems.add("contentStatus", "says the content is never stored, but file details are present",
                    "Keep only the location and a description of such content; remove hashes, file name and size.");
        }
        if (transformation().isPresent() && derivedFrom().isEmpty()) {
            problems.add("derivedFrom", "is missing for a derivative",
                    "Give the id of the original this was made from.");
        }
        if (derivedFrom().isPresent() && derivedFrom().get().equals(id())) {
            problems.add("derivedFrom", "names the record itself", "Give the id of the original record.");
        }
        if (requestedUrl().isPresent() && !requestedUrl().get().isAbsolute()) {
            problems.add("requestedUrl", "is not an absolute URL", "Use the full address, starting with https://.");
        }
        if (loadedUrl().isPresent() && !loadedUrl().get().isAbsolute()) {
            problems.add("loadedUrl", "is not an absolute URL", "Use the full address, starting with https://.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
