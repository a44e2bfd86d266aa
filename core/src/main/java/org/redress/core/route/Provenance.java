package org.redress.core.route;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * Where a route, contact or legal statement comes from, and when it was last checked. A statement is
 * {@linkplain #unverified() unverified} when it says so or when all its sources are; outputs that use it must
 * say so (see {@link #unverifiedNote()}).
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance implements Validated {

    /** {@return the sources; at least one} */
    @NotEmpty
    public abstract List<@NotNull @Valid Source> sources();

    /** {@return when the statement was last checked against its sources} */
    @NotNull
    public abstract LocalDate verifiedOn();

    /** {@return whether the statement could not be verified} */
    @Value.Default
    public boolean unverified() {
        return false;
    }

    /** {@return what could not be verified, in plain language; required when unverified} */
    public abstract Optional<@Size(max = 1000) String> note();

    /** {@return whether outputs must flag this statement as unverified} */
    public boolean needsFlag() {
        return unverified() || sources().stream().allMatch(s -> s.confidence() == Confidence.UNVERIFIED);
    }

    /** {@return the text every output shows next to an unverified statement, or empty when verified} */
    public Optional<String> unverifiedNote() {
        if (!needsFlag()) {
            return Optional.empty();
        }
        return Optional.of("Unverified" + note().map(n -> ": " + n).orElse(": check this before relying on it")
                + " (last checked " + verifiedOn() + ").");
    }

    /**
     * {@return a verified statement from one source}
     *
     * @param source the one source
     * @param verifiedOn the day the statement was last checked against it
     */
    public static Provenance of(Source source, LocalDate verifiedOn) {
        return ImmutableProvenance.builder().addSources(source).verifiedOn(verifiedOn).build();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (unverified() && note().isEmpty()) {
            problems.add("note", "is missing for an unverified statement", "Say what could not be verified.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
