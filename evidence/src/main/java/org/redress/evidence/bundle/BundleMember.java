package org.redress.evidence.bundle;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A file in a bundle, with its size and SHA-256.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBundleMember.class)
@JsonDeserialize(as = ImmutableBundleMember.class)
public abstract class BundleMember {

    /** {@return its path in the archive, with '/' separators} */
    @NotBlank
    public abstract String path();

    /** {@return its size in bytes} */
    @PositiveOrZero
    public abstract long size();

    /** {@return its SHA-256, lower-case hex} */
    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    public abstract String sha256();

    /**
     * {@return a member}
     *
     * @param path its path in the archive, with '/' separators
     * @param size its size in bytes
     * @param sha256 its SHA-256, lower-case hex
     */
    public static BundleMember of(String path, long size, String sha256) {
        return ImmutableBundleMember.builder().path(path).size(size).sha256(sha256).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
