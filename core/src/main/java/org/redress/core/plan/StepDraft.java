package org.redress.core.plan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.redress.core.document.MissingItem;
import org.redress.core.route.LegalBasis;
import org.redress.core.route.Route;

/**
 * A plan step while a jurisdiction pack's planner is still deciding it: reasons, warnings, missing items,
 * dependencies, possible offences, documents and notes gathered in any order, then {@link #build built} into an
 * immutable {@link PlanStep} whose unverified notes cover everything the step states.
 *
 * <pre>{@code
 * StepDraft police = new StepDraft(route, StepPhase.REPORT)
 *         .reason("Threats to kill were made.", List.of("inc-3"))
 *         .offences(offences)
 *         .warn(StandardWarnings.KEEP_EVIDENCE);
 * PlanStep step = police.build();
 * }</pre>
 *
 * Not thread-safe: one per step of one plan.
 *
 * @since 1.0
 */
public final class StepDraft {

    private final Route route;
    private final StepPhase phase;
    private final List<Reason> reasons = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final List<MissingItem> missing = new ArrayList<>();
    private final List<Dependency> dependsOn = new ArrayList<>();
    private final List<LegalBasis> offences = new ArrayList<>();
    private final Set<String> documents = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private OffsetDateTime deadline;
    private String doneByReportId;

    /**
     * A step that takes {@code route} in {@code phase}, with nothing else yet.
     *
     * @param route the route the step takes
     * @param phase when the step belongs in the plan
     */
    public StepDraft(Route route, StepPhase phase) {
        this.route = Objects.requireNonNull(route, "route");
        this.phase = Objects.requireNonNull(phase, "phase");
    }

    /** {@return the route the step takes} */
    public Route route() {
        return route;
    }

    /** {@return the step's phase} */
    public StepPhase phase() {
        return phase;
    }

    /**
     * Adds a reason, naming the incidents it rests on.
     *
     * @param text the reason in words, for the person
     * @param incidentIds ids of the case's incidents the reason rests on
     * @return this draft, for chaining
     */
    public StepDraft reason(String text, List<String> incidentIds) {
        reasons.add(Reason.of(text, incidentIds));
        return this;
    }

    /**
     * Adds a reason that rests on no particular incident.
     *
     * @param text the reason in words, for the person
     * @return this draft, for chaining
     */
    public StepDraft reason(String text) {
        reasons.add(Reason.of(text));
        return this;
    }

    /**
     * Adds a warning by its id (once, however often it is added).
     *
     * @param warningId the id of one of the pack's warnings
     * @return this draft, for chaining
     */
    public StepDraft warn(String warningId) {
        warnings.add(warningId);
        return this;
    }

    /**
     * Adds a warning when {@code when} holds.
     *
     * @param when whether to add the warning
     * @param warningId the id of one of the pack's warnings
     * @return this draft, for chaining
     */
    public StepDraft warnIf(boolean when, String warningId) {
        return when ? warn(warningId) : this;
    }

    /**
     * Adds something the step needs that the case does not hold yet.
     *
     * @param pointer JSON Pointer of the field in the case that would hold it, such as {@code /harasser/name}
     * @param description what is missing, in words, for the person
     * @return this draft, for chaining
     */
    public StepDraft missing(String pointer, String description) {
        missing.add(MissingItem.of(pointer, description));
        return this;
    }

    /**
     * Adds a step this one depends on.
     *
     * @param dependency the step this one depends on, and why
     * @return this draft, for chaining
     */
    public StepDraft depends(Dependency dependency) {
        dependsOn.add(dependency);
        return this;
    }

    /**
     * Adds a possible offence.
     *
     * @param offence the offence the facts may amount to
     * @return this draft, for chaining
     */
    public StepDraft offence(LegalBasis offence) {
        offences.add(offence);
        return this;
    }

    /**
     * Adds possible offences.
     *
     * @param more the offences, in order
     * @return this draft, for chaining
     */
    public StepDraft offences(List<LegalBasis> more) {
        offences.addAll(more);
        return this;
    }

    /**
     * Adds document kinds the step produces (each once).
     *
     * @param kinds ids of the pack's document kinds
     * @return this draft, for chaining
     */
    public StepDraft documents(String... kinds) {
        Collections.addAll(documents, kinds);
        return this;
    }

    /**
     * Adds a note that the step's statements are unverified, shown with the route's own.
     *
     * @param note the note, in words, for the person
     * @return this draft, for chaining
     */
    public StepDraft note(String note) {
        notes.add(note);
        return this;
    }

    /**
     * Adds notes, as {@link #note(String)}.
     *
     * @param more the notes, in order
     * @return this draft, for chaining
     */
    public StepDraft notes(List<String> more) {
        notes.addAll(more);
        return this;
    }

    /**
     * Sets the step's deadline.
     *
     * @param when the last moment the step can be taken (a replaced deadline is dropped)
     * @return this draft, for chaining
     */
    public StepDraft deadline(OffsetDateTime when) {
        deadline = when;
        return this;
    }

    /**
     * Records that the case's report with this id already took the step.
     *
     * @param reportId the id of a report in the case's {@code reports}
     * @return this draft, for chaining
     */
    public StepDraft doneBy(String reportId) {
        doneByReportId = reportId;
        return this;
    }

    /** {@return the reasons so far, in order (read-only)} */
    public List<Reason> reasons() {
        return Collections.unmodifiableList(reasons);
    }

    /** {@return the warning ids so far, in the order first added (read-only)} */
    public Set<String> warnings() {
        return Collections.unmodifiableSet(warnings);
    }

    /** {@return what the step still needs, so far (read-only)} */
    public List<MissingItem> missing() {
        return Collections.unmodifiableList(missing);
    }

    /** {@return the steps this one depends on, so far (read-only)} */
    public List<Dependency> dependsOn() {
        return Collections.unmodifiableList(dependsOn);
    }

    /** {@return the report that already took the step, when one did} */
    public Optional<String> doneBy() {
        return Optional.ofNullable(doneByReportId);
    }

    /**
     * {@return whether any reason rests on any of these incidents}
     *
     * @param incidentIds ids of the case's incidents
     */
    public boolean concernsAny(Set<String> incidentIds) {
        return !incidentIds.isEmpty() && reasons.stream()
                .anyMatch(r -> r.incidentIds().stream().anyMatch(incidentIds::contains));
    }

    /** {@return the step, with its warnings in the order first added} */
    public PlanStep build() {
        return build(List.copyOf(warnings));
    }

    /**
     * The step, with its warnings in the order of {@code warningOrder} (warnings it does not list are left out).
     * Its unverified notes are the route's, then each possible offence's (with its citation), then the notes
     * added here, each once.
     *
     * @param warningOrder every warning id in the order the plan lists warnings
     * @return the finished step
     */
    public PlanStep build(List<String> warningOrder) {
        Set<String> unverified = new LinkedHashSet<>(route.unverifiedNotes());
        for (LegalBasis b : offences) {
            b.provenance().unverifiedNote().ifPresent(n -> unverified.add(b.citation() + ": " + n));
        }
        unverified.addAll(notes);
        List<String> ordered = new ArrayList<>();
        for (String w : warningOrder) {
            if (warnings.contains(w)) {
                ordered.add(w);
            }
        }
        return PlanStep.builder().routeId(route.id()).phase(phase).route(route).reasons(reasons)
                .possibleOffences(offences).missing(missing).dependsOn(dependsOn).warningIds(ordered)
                .documentKinds(documents).deadline(Optional.ofNullable(deadline))
                .doneByReportId(Optional.ofNullable(doneByReportId)).unverifiedNotes(List.copyOf(unverified))
                .build();
    }
}
