package org.redress.evidence.bundle;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.evidence.custody.Checkpoint;
import org.redress.core.validation.Validation;

/**
 * A bundle's {@code manifest.json}: what the bundle is about, every exhibit with its capture record, every other
 * member with its size and SHA-256, the signer's fingerprint and the custody checkpoint it was sealed with.
 * It lists every member except itself, its signature and time-stamp, and the checksum file and its signature.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBundleManifest.class)
@JsonDeserialize(as = ImmutableBundleManifest.class)
public abstract class BundleManifest {

    /** The format of this manifest. */
    public static final String FORMAT = "redress-bundle/1";

    /** {@return the format, {@value #FORMAT}} */
    @NotNull
    @Pattern(regexp = "redress-bundle/1")
    public abstract String format();

    /** {@return when the bundle was made (UTC)} */
    @NotNull
    public abstract Instant createdAt();

    /** {@return the case's id} */
    @NotBlank
    public abstract String caseId();

    /** {@return the case's jurisdiction code, such as {@code GB-ENG}} */
    public abstract Optional<String> jurisdiction();

    /** {@return a summary of the case written for the recipient} */
    @Value.Redacted
    public abstract Optional<@Size(max = 5000) String> summary();

    /** {@return the export profile's name} */
    @NotBlank
    public abstract String profile();

    /** {@return the OpenPGP v4 fingerprint of the signing key (upper-case hex)} */
    @NotNull
    @Pattern(regexp = "[0-9A-F]{40}")
    public abstract String signerFingerprint();

    /** {@return the exhibits} */
    @NotNull
    public abstract List<@NotNull @Valid BundleItem> items();

    /** {@return every member the manifest covers (evidence files, custody files, public key, VERIFY.txt)} */
    @NotNull
    public abstract List<@NotNull @Valid BundleMember> members();

    /**
     * {@return the custody checkpoint made for this export (also the last line of {@code custody/checkpoints.jsonl})}
     */
    @NotNull
    @Valid
    public abstract Checkpoint checkpoint();

    /** {@return a builder} */
    public static ImmutableBundleManifest.Builder builder() {
        return ImmutableBundleManifest.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
