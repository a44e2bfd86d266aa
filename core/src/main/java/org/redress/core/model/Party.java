package org.redress.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A person or account involved in the harassment, known or unknown: who they are to the person, and the accounts
 * they use.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public abstract class Party {

    /** {@return the party's id, unique within the case} */
    @NotNull
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
    public abstract String id();

    /** {@return their name, when known} An unknown party has none. */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> name();

    /** {@return who they are to the person} */
    @NotNull
    public abstract Relationship relationship();

    /** {@return the accounts they use} */
    @NotNull
    @Value.Redacted
    public abstract List<@NotNull @Valid Account> accounts();

    /** {@return their address, when known (for papers to be served on them)} */
    @Value.Redacted
    public abstract Optional<@Valid Address> address();

    /** {@return what else is known: description, age, where they work} */
    @Value.Redacted
    public abstract Optional<@Size(max = 5000) String> description();

    /** {@return whether they are under 18} */
    @Value.Default
    public Answer minor() {
        return Answer.UNKNOWN;
    }

    /** {@return whether {@link #minor()} is yes} */
    @JsonIgnore
    public boolean isMinor() {
        return minor().isYes();
    }

    /** {@return whether the person knows who they are} */
    public boolean isKnown() {
        return name().isPresent();
    }

    /** {@return whether they are, or were, the person's partner} */
    public boolean isPartnerOrFormerPartner() {
        return relationship().isPartnerOrFormerPartner();
    }

    /** {@return whether the relationship is domestic: partner, former partner, family or household member} */
    public boolean isDomestic() {
        return relationship().isDomestic();
    }

    /** {@return a builder} */
    public static ImmutableParty.Builder builder() {
        return ImmutableParty.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
