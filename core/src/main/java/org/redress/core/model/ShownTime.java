package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A time as a platform showed it next to the content ("3 March at 21:04", "2h ago"), kept verbatim, with the zone
 * the platform displayed it in and, when it can be worked out, the instant it means.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableShownTime.class)
@JsonDeserialize(as = ImmutableShownTime.class)
public abstract class ShownTime {

    /** {@return the time exactly as shown} */
    @NotBlank
    @Size(max = 200)
    public abstract String text();

    /** {@return the zone the platform displayed it in, when known} */
    public abstract Optional<ZoneId> zone();

    /** {@return the instant it means, when it can be worked out} */
    public abstract Optional<OffsetDateTime> instant();

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
