package org.redress.core.route;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.redress.core.internal.CheckedWhenBuilt;
import org.redress.core.model.Jurisdiction;
import org.redress.core.model.RouteIds;
import org.redress.core.validation.Validation;

/**
 * A place a person can report to or get help from: the police, a platform, a regulator, a helpline, a court.
 * Route ids are public API and never change meaning once published.
 *
 * @since 1.0
 */
@Value.Immutable
@CheckedWhenBuilt
@JsonSerialize(as = ImmutableRoute.class)
@JsonDeserialize(as = ImmutableRoute.class)
public abstract class Route {

    /** {@return the stable id, such as {@code uk.police} or {@code us.support.988}} */
    @NotNull
    @Pattern(regexp = RouteIds.PATTERN, message = RouteIds.MESSAGE)
    public abstract String id();

    /** {@return the name people know it by now} */
    @NotBlank
    @Size(max = 200)
    public abstract String name();

    /** {@return former names users still search for, such as "Action Fraud"} */
    @NotNull
    public abstract List<@NotBlank String> formerNames();

    /** {@return what kind of route it is} */
    @NotNull
    public abstract RouteKind kind();

    /** {@return what it is and what it does, in a sentence or two of plain language} */
    @NotBlank
    @Size(max = 2000)
    public abstract String summary();

    /** {@return where it serves} */
    @NotEmpty
    public abstract Set<@NotNull Jurisdiction> jurisdictions();

    /** {@return who it is for, when it is limited (such as "adults (18+)" or "under-18s")} */
    public abstract Optional<@Size(max = 300) String> audience();

    /**
     * The youngest age the route serves, inclusive, when it has one (an adults-only helpline has 18). A person whose
     * age is not known is never taken to meet it.
     *
     * @return the youngest age served, in whole years, when the route has a lower limit
     * @since 1.1
     */
    public abstract Optional<@Min(0) @Max(120) Integer> minAge();

    /**
     * The oldest age the route serves, inclusive, when it has one (a service for under-18s has 17).
     *
     * @return the oldest age served, in whole years, when the route has an upper limit
     * @since 1.1
     */
    public abstract Optional<@Min(0) @Max(120) Integer> maxAge();

    /**
     * {@return whether the route serves a person of this age}
     *
     * @param age the person's age in whole years
     */
    public boolean servesAge(int age) {
        return minAge().map(min -> age >= min).orElse(true) && maxAge().map(max -> age <= max).orElse(true);
    }

    /** {@return whether the route is only for adults (its youngest age is 18 or more)} */
    public boolean isAdultsOnly() {
        return minAge().map(min -> min >= 18).orElse(false);
    }

    /** {@return how to reach it} */
    @NotNull
    public abstract List<@NotNull @Valid ContactChannel> contacts();

    /** {@return what it needs from the person, in plain language} */
    @NotNull
    public abstract List<@NotBlank String> needs();

    /** {@return what it gives back, such as "a crime reference number"} */
    @NotNull
    public abstract List<@NotBlank String> givesBack();

    /** {@return what happens next, and the usual time frames} */
    @NotNull
    public abstract List<@NotBlank String> nextSteps();

    /** {@return honest expectations: what it cannot do} */
    public abstract Optional<@Size(max = 2000) String> limits();

    /** {@return the law it rests on} */
    @NotNull
    public abstract List<@NotNull @Valid LegalBasis> legalBasis();

    /** {@return where the route's facts come from, and when they were checked} */
    @NotNull
    @Valid
    public abstract Provenance provenance();

    /** {@return whether this route, or any contact or legal basis on it, is unverified and must be flagged} */
    public boolean hasUnverifiedFacts() {
        return !unverifiedNotes().isEmpty();
    }

    /** {@return every unverified note of the route, its contacts and its legal basis} */
    public List<String> unverifiedNotes() {
        List<String> notes = new ArrayList<>();
        provenance().unverifiedNote().ifPresent(n -> notes.add(name() + ": " + n));
        contacts().forEach(c -> c.provenance().unverifiedNote().ifPresent(n -> notes.add(c.label() + ": " + n)));
        legalBasis().forEach(l -> l.provenance().unverifiedNote().ifPresent(n -> notes.add(l.citation() + ": " + n)));
        return List.copyOf(notes);
    }

    /** {@return a builder} */
    public static ImmutableRoute.Builder builder() {
        return ImmutableRoute.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
