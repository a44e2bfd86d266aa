package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A postal address. Personal: redacted in {@code toString()} and withheld from papers served on a harasser.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public abstract class Address {

    /** {@return street lines} */
    @NotNull
    @Value.Redacted
    public abstract List<@NotNull @Size(max = 200) String> lines();

    /** {@return town or city} */
    @Value.Redacted
    public abstract Optional<@Size(max = 100) String> locality();

    /** {@return county, state or region} */
    @Value.Redacted
    public abstract Optional<@Size(max = 100) String> region();

    /** {@return postcode or ZIP code} */
    @Value.Redacted
    public abstract Optional<@Size(max = 20) String> postalCode();

    /** {@return ISO 3166-1 alpha-2 country code} */
    public abstract Optional<@Pattern(regexp = "[A-Z]{2}",
            message = "is not a country code|Use two capital letters such as GB or US.") String> country();

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
