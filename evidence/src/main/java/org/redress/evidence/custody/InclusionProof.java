package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * An RFC 9162 inclusion proof: the event at {@link #leafIndex()} is in the tree of a checkpoint.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInclusionProof.class)
@JsonDeserialize(as = ImmutableInclusionProof.class)
public abstract class InclusionProof {

    /** {@return the event's sequence number} */
    @PositiveOrZero
    public abstract long leafIndex();

    /** {@return the checkpoint's tree size} */
    @PositiveOrZero
    public abstract long treeSize();

    /** {@return the event's hash (the leaf), hex} */
    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    public abstract String eventHash();

    /** {@return the audit path, hex, leaf to root} */
    @NotNull
    public abstract List<@NotNull @Pattern(regexp = "[0-9a-f]{64}") String> path();

    /**
     * {@return whether the proof holds for this root hash (hex)}
     *
     * @param rootHash the checkpoint's root hash, hex
     */
    public boolean verifies(String rootHash) {
        return MerkleTree.verifyInclusion(MerkleTree.leafHash(Hex.decode(eventHash())), leafIndex(),
                treeSize(), Hex.decodeAll(path()), Hex.decode(rootHash));
    }

    /** {@return a builder} */
    public static ImmutableInclusionProof.Builder builder() {
        return ImmutableInclusionProof.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
