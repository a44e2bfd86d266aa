package org.redress.evidence.bundle;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.validation.Validation;

/**
 * One exhibit in a bundle: its label, its file, and its record as the export profile lets the recipient see it.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBundleItem.class)
@JsonDeserialize(as = ImmutableBundleItem.class)
public abstract class BundleItem {

    /** {@return the exhibit label (the record's, or the item id when it has none)} */
    @NotBlank
    public abstract String exhibitLabel();

    /** {@return the evidence file's path in the archive} */
    @NotBlank
    public abstract String path();

    /** {@return its size in bytes} */
    @PositiveOrZero
    public abstract long size();

    /** {@return the SHA-256 of its original bytes, lower-case hex} */
    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    public abstract String sha256();

    /** {@return the capture record} */
    @NotNull
    @Valid
    public abstract EvidenceRecord record();

    /** {@return a builder} */
    public static ImmutableBundleItem.Builder builder() {
        return ImmutableBundleItem.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
