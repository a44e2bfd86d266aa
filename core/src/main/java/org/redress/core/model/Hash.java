package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A digest of a piece of evidence's original bytes, as lower-case hex.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHash.class)
@JsonDeserialize(as = ImmutableHash.class)
public abstract class Hash {

    /**
     * {@return the algorithm name used by {@code sha256sum}'s family: {@code SHA-256}, {@code SHA-512}, {@code SHA3-256}}
     */
    @NotNull
    @Pattern(regexp = "SHA-256|SHA-384|SHA-512|SHA3-256|SHA3-512|BLAKE2B-512",
            message = "is not a supported algorithm|Use SHA-256 (required), SHA-384, SHA-512, SHA3-256, SHA3-512 or BLAKE2B-512.")
    public abstract String algorithm();

    /** {@return the digest in lower-case hex} */
    @NotNull
    @Pattern(regexp = "([0-9a-f]{2}){16,64}", message = "is not a lower-case hex digest|Write the digest in lower-case hexadecimal.")
    public abstract String value();

    /**
     * {@return a SHA-256 digest}
     *
     * @param hex the digest in lower-case hex (64 digits)
     */
    public static Hash sha256(String hex) {
        return ImmutableHash.builder().algorithm("SHA-256").value(hex).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
