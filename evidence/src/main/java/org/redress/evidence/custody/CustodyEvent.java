package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.model.Collector;
import org.redress.core.model.Tool;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * One entry of the custody log. Its hash is the SHA-256 of its RFC 8785 canonical JSON, and the next event holds
 * that hash in {@link #previousHash()}, so no event can be changed, removed or reordered unnoticed.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustodyEvent.class)
@JsonDeserialize(as = ImmutableCustodyEvent.class)
public abstract class CustodyEvent implements Validated {

    /** The previous hash of the first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    /** {@return the position of the event in the log, from 0} */
    @PositiveOrZero
    public abstract long sequence();

    /** {@return what happened} */
    @NotNull
    public abstract CustodyEventType type();

    /** {@return when it happened (UTC)} */
    @NotNull
    public abstract Instant time();

    /** {@return who did it} */
    @NotNull
    @Valid
    public abstract Collector actor();

    /** {@return the software the event was done with} */
    @NotNull
    @Valid
    public abstract Tool tool();

    /** {@return the evidence items it concerns (for a derivative: the original first, then the derivative)} */
    @NotNull
    public abstract List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String> itemIds();

    /** {@return the hash of the previous event in lower-case hex, or {@link #GENESIS} for the first} */
    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}", message = "is not a SHA-256 hex digest|Give 64 lower-case hex digits.")
    public abstract String previousHash();

    /** {@return for a transfer or a receipt: who, to whom, how} */
    @Valid
    public abstract Optional<Transfer> transfer();

    /** {@return for a hash verification: the SHA-256 expected (from the record)} */
    public abstract Optional<@Pattern(regexp = "[0-9a-f]{64}") String> expectedSha256();

    /** {@return for a hash verification: the SHA-256 observed now} */
    public abstract Optional<@Pattern(regexp = "[0-9a-f]{64}") String> observedSha256();

    /** {@return for a signing key change: the new key, a raw 32-byte Ed25519 public key in base64} */
    public abstract Optional<@Pattern(regexp = "[A-Za-z0-9+/]{43}=") String> publicKey();

    /** {@return a note, such as the reason for a disposal or the bundle an export went into} */
    @Value.Redacted
    public abstract Optional<@Size(max = 2000) String> note();

    /** {@return a builder} */
    public static ImmutableCustodyEvent.Builder builder() {
        return ImmutableCustodyEvent.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        boolean transfer = type() == CustodyEventType.TRANSFERRED || type() == CustodyEventType.RECEIVED;
        if (transfer && transfer().isEmpty()) {
            problems.add("transfer", "is missing for a transfer or a receipt", "Say from whom, to whom and how.");
        }
        if (type() == CustodyEventType.HASH_VERIFIED
                && (expectedSha256().isEmpty() || observedSha256().isEmpty())) {
            problems.add("observedSha256", "is missing for a hash verification",
                    "Give both the expected and the observed SHA-256.");
        }
        if (type() == CustodyEventType.SIGNING_KEY_CHANGED && publicKey().isEmpty()) {
            problems.add("publicKey", "is missing for a signing key change", "Give the new Ed25519 public key.");
        }
        if (type() != CustodyEventType.SEALED && type() != CustodyEventType.SIGNING_KEY_CHANGED
                && itemIds().isEmpty()) {
            problems.add("itemIds", "is empty", "Name the evidence items the event concerns.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
