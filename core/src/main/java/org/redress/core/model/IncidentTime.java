package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * When something happened, as precisely as it is known: an exact instant, a day, or a range of instants. Always
 * with the zone in which the person experienced it, so "9 pm" means what they meant.
 *
 * <p>Exactly one form is set: {@code instant}; or {@code date}; or {@code from} and {@code to}.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncidentTime.class)
@JsonDeserialize(as = ImmutableIncidentTime.class)
public abstract class IncidentTime implements Validated {

    /** {@return the zone the times are understood in, such as {@code Europe/London}} */
    @NotNull
    public abstract ZoneId zone();

    /** {@return the exact instant, with its offset, when known} */
    public abstract Optional<OffsetDateTime> instant();

    /** {@return the day, when only the day is known} */
    public abstract Optional<LocalDate> date();

    /** {@return the start of the range, when only a range is known} */
    public abstract Optional<OffsetDateTime> from();

    /** {@return the end of the range, when only a range is known} */
    public abstract Optional<OffsetDateTime> to();

    /** {@return the earliest instant this time can mean; used to order incidents} */
    public Instant earliest() {
        if (instant().isPresent()) {
            return instant().get().toInstant();
        }
        if (date().isPresent()) {
            return date().get().atStartOfDay(zone()).toInstant();
        }
        return from().map(OffsetDateTime::toInstant).orElse(Instant.EPOCH);
    }

    /**
     * {@return an exact instant}
     *
     * @param instant the instant
     * @param zone the zone the person experienced it in, such as {@code Europe/London}
     */
    public static IncidentTime at(OffsetDateTime instant, ZoneId zone) {
        return ImmutableIncidentTime.builder().zone(zone).instant(instant).build();
    }

    /**
     * {@return a day, when the time of day is not known}
     *
     * @param date the day
     * @param zone the zone the person experienced it in, such as {@code Europe/London}
     */
    public static IncidentTime on(LocalDate date, ZoneId zone) {
        return ImmutableIncidentTime.builder().zone(zone).date(date).build();
    }

    /**
     * {@return a range, when only a window is known}
     *
     * @param from the start of the window
     * @param to the end of the window
     * @param zone the zone the person experienced it in, such as {@code Europe/London}
     */
    public static IncidentTime between(OffsetDateTime from, OffsetDateTime to, ZoneId zone) {
        return ImmutableIncidentTime.builder().zone(zone).from(from).to(to).build();
    }

    @Override
    public void collectProblems(Problems problems) {
        int forms = (instant().isPresent() ? 1 : 0) + (date().isPresent() ? 1 : 0)
                + (from().isPresent() || to().isPresent() ? 1 : 0);
        if (forms != 1) {
            problems.add("", forms == 0 ? "has no time" : "has more than one form of time",
                    "Give exactly one of: 'instant'; 'date'; or 'from' and 'to'.");
        }
        if (from().isPresent() != to().isPresent()) {
            problems.add(from().isPresent() ? "to" : "from", "is missing: a range needs both ends",
                    "Give both 'from' and 'to', or use 'date' or 'instant' instead.");
        }
        offsetMatchesZone("instant", instant(), problems);
        offsetMatchesZone("from", from(), problems);
        offsetMatchesZone("to", to(), problems);
        if (from().isPresent() && to().isPresent() && to().get().isBefore(from().get())) {
            problems.add("to", "is before 'from'", "Swap 'from' and 'to', or correct one of them.");
        }
    }

    /**
     * A time written with a UTC offset other than zero must use the offset its zone had at that instant (22:15-07:00
     * on 1 November 2026 in America/Los_Angeles is wrong: the zone was at -08:00). A time in UTC ({@code Z}) is
     * exact whatever the zone, and is accepted.
     */
    private void offsetMatchesZone(String field, Optional<OffsetDateTime> t, Problems problems) {
        if (t.isEmpty() || zone() == null || t.get().getOffset().getTotalSeconds() == 0) {
            return;
        }
        java.time.ZoneOffset actual = zone().getRules().getOffset(t.get().toInstant());
        if (!actual.equals(t.get().getOffset())) {
            problems.add(field, "has a UTC offset its zone did not have at that moment (the zone was at " + actual
                    + ")", "Write the time with the offset " + actual + ", or in UTC with 'Z', or correct 'zone'.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
