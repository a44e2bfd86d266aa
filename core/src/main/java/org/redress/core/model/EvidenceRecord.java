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

    /** The record's id, unique within the case. */
    @NotNull
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
    public abstract String getId();

    /** The exhibit label, in the style of the jurisdiction (such as {@code JS/1}), once assigned. */
    public abstract Optional<@Size(min = 1, max = 32) String> getExhibitLabel();

    /** What kind of thing it is. */
    @NotNull
    public abstract EvidenceKind getKind();

    /** What it shows, in a sentence. */
    @Value.Redacted
    public abstract Optional<@Size(max = 2000) String> getDescription();

    /** Whether the original bytes are held. */
    @Value.Default
    public ContentStatus getContentStatus() {
        return ContentStatus.STORED;
    }

    /** The original file name. */
    @Value.Redacted
    public abstract Optional<@Size(max = 255) String> getFileName();

    /** The media type, such as {@code image/png}. */
    public abstract Optional<@Pattern(regexp = "[a-z]+/[a-zA-Z0-9.+-]+",
            message = "is not a media type|Use a media type such as image/png or application/pdf.") String> getMediaType();

    /** The size of the original bytes. */
    public abstract Optional<@PositiveOrZero Long> getSize();

    /** Digests of the original bytes; SHA-256 is required when the content is stored. */
    @NotNull
    public abstract List<@NotNull @Valid Hash> getHashes();

    /** The URL as requested. */
    public abstract Optional<URI> getRequestedUrl();

    /** The URL as finally loaded, after redirects. */
    public abstract Optional<URI> getLoadedUrl();

    /** The platform key (see {@link Incident#getPlatform()}). */
    public abstract Optional<@Size(max = 100) String> getPlatform();

    /** The author's handle as shown. */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> getAuthorHandle();

    /** The platform's permanent id for the author. */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> getAuthorId();

    /** The post or message id. */
    public abstract Optional<@Size(max = 256) String> getContentId();

    /** The content's own time, as the platform showed it. */
    public abstract Optional<@Valid ShownTime> getContentTime();

    /** When it was captured (or imported), with the capturer's offset. */
    @NotNull
    public abstract OffsetDateTime getCapturedAt();

    /** The capturer's zone. */
    @NotNull
    public abstract ZoneId getCaptureZone();

    /** Where the capture time came from. */
    @Value.Default
    public ClockSource getClockSource() {
        return ClockSource.SYSTEM_CLOCK;
    }

    /** Who captured it. */
    @NotNull
    @Valid
    public abstract Collector getCollector();

    /** The tool that captured it. */
    @NotNull
    @Valid
    public abstract Tool getTool();

    /** The device and system it was captured on. */
    public abstract Optional<@Valid CaptureEnvironment> getEnvironment();

    /** Captured live, or imported later. */
    @NotNull
    public abstract EvidenceOrigin getOrigin();

    /** For a derivative (such as a redacted copy): the id of the original it was made from. */
    public abstract Optional<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> getDerivedFrom();

    /** For a derivative: what was done to the original. */
    public abstract Optional<@Size(max = 2000) String> getTransformation();

    /** {@return the SHA-256 digest, when stored} */
    public Optional<String> sha256() {
        return getHashes().stream().filter(h -> h != null && "SHA-256".equals(h.getAlgorithm()))
                .map(Hash::getValue).filter(java.util.Objects::nonNull).findFirst();
    }

    /** {@return a builder} */
    public static ImmutableEvidenceRecord.Builder builder() {
        return ImmutableEvidenceRecord.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (getContentStatus() == ContentStatus.STORED && sha256().isEmpty()) {
            problems.add("hashes", "has no SHA-256 digest for stored content",
                    "Capture the evidence through the evidence API, which hashes it, or add its SHA-256 digest.");
        }
        if (getContentStatus() == ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL
                && (!getHashes().isEmpty() || getFileName().isPresent() || getSize().isPresent())) {
            problems.add("contentStatus", "says the content is never stored, but file details are present",
                    "Keep only the location and a description of such content; remove hashes, file name and size.");
        }
        if (getTransformation().isPresent() && getDerivedFrom().isEmpty()) {
            problems.add("derivedFrom", "is missing for a derivative",
                    "Give the id of the original this was made from.");
        }
        if (getDerivedFrom().isPresent() && getDerivedFrom().get().equals(getId())) {
            problems.add("derivedFrom", "names the record itself", "Give the id of the original record.");
        }
        if (getRequestedUrl().isPresent() && !getRequestedUrl().get().isAbsolute()) {
            problems.add("requestedUrl", "is not an absolute URL", "Use the full address, starting with https://.");
        }
        if (getLoadedUrl().isPresent() && !getLoadedUrl().get().isAbsolute()) {
            problems.add("loadedUrl", "is not an absolute URL", "Use the full address, starting with https://.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
