package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * An RFC 9162 consistency proof: the log at an earlier checkpoint is a prefix of the log at a later one.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsistencyProof.class)
@JsonDeserialize(as = ImmutableConsistencyProof.class)
public abstract class ConsistencyProof {

    /** {@return the earlier tree size} */
    @Positive
    public abstract long firstSize();

    /** {@return the later tree size} */
    @Positive
    public abstract long secondSize();

    /** {@return the proof's node hashes, hex} */
    @NotNull
    public abstract List<@NotNull @Pattern(regexp = "[0-9a-f]{64}") String> path();

    /**
     * {@return whether the proof holds between these two roots (hex)}
     *
     * @param firstRoot the earlier checkpoint's root hash, hex
     * @param secondRoot the later checkpoint's root hash, hex
     */
    public boolean verifies(String firstRoot, String secondRoot) {
        return MerkleTree.verifyConsistency(firstSize(), secondSize(), Hex.decode(firstRoot),
                Hex.decode(secondRoot), Hex.decodeAll(path()));
    }

    /** {@return a builder} */
    public static ImmutableConsistencyProof.Builder builder() {
        return ImmutableConsistencyProof.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
