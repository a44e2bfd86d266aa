package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A report already made to a route: when, the reference it gave back, and where it stands.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportMade.class)
@JsonDeserialize(as = ImmutableReportMade.class)
public abstract class ReportMade {

    /** {@return the report's id, unique within the case} */
    @NotNull
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
    public abstract String id();

    /** {@return the route it was made to, such as {@code uk.police} or {@code us.take-it-down-request}} */
    @NotNull
    @Pattern(regexp = RouteIds.PATTERN, message = RouteIds.MESSAGE)
    public abstract String routeId();

    /** {@return the platform, for platform reports and removal requests} */
    public abstract Optional<@Size(max = 100) String> platform();

    /** {@return when it was made} */
    @NotNull
    public abstract OffsetDateTime madeAt();

    /** {@return the reference the route gave back} */
    @Value.Redacted
    public abstract Optional<@Size(min = 1, max = 100) String> reference();

    /** {@return what kind of reference it is} */
    public abstract Optional<ReferenceKind> referenceKind();

    /** {@return where it stands} */
    @NotNull
    public abstract ReportStatus status();

    /** {@return what came of it, as far as the person can see} */
    public abstract Optional<ReportOutcome> outcome();

    /** {@return when the route last answered} */
    public abstract Optional<OffsetDateTime> respondedAt();

    /** {@return the incidents it covered} */
    @NotNull
    public abstract List<@NotBlank String> incidentIds();

    /** {@return notes, such as the name of the officer} */
    @Value.Redacted
    public abstract Optional<@Size(max = 5000) String> notes();

    /** {@return a builder} */
    public static ImmutableReportMade.Builder builder() {
        return ImmutableReportMade.builder();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
