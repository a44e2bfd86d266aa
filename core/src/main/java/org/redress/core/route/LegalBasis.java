package org.redress.core.route;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.redress.core.internal.CheckedWhenBuilt;
import org.redress.core.model.Jurisdiction;
import org.redress.core.validation.Validation;

/**
 * A provision of law with its citation: an offence the conduct may amount to, a claim, an order, a duty.
 * Always stated as what the conduct "may amount to", never as legal advice.
 *
 * @since 1.0
 */
@Value.Immutable
@CheckedWhenBuilt
@JsonSerialize(as = ImmutableLegalBasis.class)
@JsonDeserialize(as = ImmutableLegalBasis.class)
public abstract class LegalBasis {

    /** {@return a stable id, such as {@code uk.pha-1997-s2}} */
    @NotBlank
    @Size(max = 100)
    public abstract String id();

    /** {@return the full citation, such as "Protection from Harassment Act 1997, s.2"} */
    @NotBlank
    @Size(max = 300)
    public abstract String citation();

    /** {@return what the provision is, such as "Harassment"} */
    @NotBlank
    @Size(max = 300)
    public abstract String title();

    /** {@return what kind of law it is} */
    @NotNull
    public abstract LegalBasisKind kind();

    /** {@return what it covers, in plain language, phrased as "may amount to"} */
    @NotBlank
    @Size(max = 2000)
    public abstract String summary();

    /** {@return the maximum penalty or the relief available, when stated} */
    public abstract Optional<@Size(max = 300) String> penalty();

    /** {@return where it applies} */
    @NotEmpty
    public abstract Set<@NotNull Jurisdiction> jurisdictions();

    /** {@return where the statement comes from} */
    @NotNull
    @Valid
    public abstract Provenance provenance();

    /** {@return a builder} */
    public static ImmutableLegalBasis.Builder builder() {
        return ImmutableLegalBasis.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
