package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A signed tree head of the custody log: the RFC 9162 Merkle root over the hashes of its first {@link #treeSize()}
 * events, signed with Ed25519 over the RFC 8785 canonical JSON of every attribute except the signature and the
 * time-stamp token; the token, when present, is an RFC 3161 time-stamp of the SHA-256 of those same signed bytes.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckpoint.class)
@JsonDeserialize(as = ImmutableCheckpoint.class)
public abstract class Checkpoint {

    /** {@return how many events the tree covers} */
    @PositiveOrZero
    public abstract long treeSize();

    /** {@return the Merkle root in lower-case hex} */
    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    public abstract String rootHash();

    /** {@return when it was made (UTC, the signer's clock)} */
    @NotNull
    public abstract Instant time();

    /** {@return the signer's raw 32-byte Ed25519 public key, base64} */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9+/]{43}=")
    public abstract String publicKey();

    /** {@return the Ed25519 signature, base64} */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9+/]{86}==")
    public abstract String signature();

    /** {@return the DER RFC 3161 time-stamp token, base64, when a time-stamp authority was configured} */
    public abstract Optional<String> timeStampToken();

    /** {@return a builder} */
    public static ImmutableCheckpoint.Builder builder() {
        return ImmutableCheckpoint.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
