package org.redress.uk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.route.Provenance;
import org.redress.core.validation.Validation;

/**
 * How to report on one platform (or, with key {@code hosting}, to a website's hosting provider): the report
 * category for each kind of harm where it is known, how to report, and how to follow the report. Categories not
 * checked are absent; a guide whose facts could not be verified says so through its {@link #provenance()}.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlatformGuide.class)
@JsonDeserialize(as = ImmutablePlatformGuide.class)
public abstract class PlatformGuide {

    /**
     * {@return the platform key, as in {@code Incident.platform} ({@code facebook}, {@code x}, ... or {@code hosting})}
     */
    @NotBlank
    @Size(max = 100)
    public abstract String key();

    /** {@return the platform's name} */
    @NotBlank
    @Size(max = 200)
    public abstract String name();

    /** {@return the category to choose for harassment or bullying, when checked} */
    public abstract Optional<@Size(max = 500) String> harassment();

    /** {@return the category to choose for impersonation, when checked} */
    public abstract Optional<@Size(max = 500) String> impersonation();

    /** {@return the category or form for private information (doxxing), when checked} */
    public abstract Optional<@Size(max = 500) String> privateInformation();

    /** {@return the category or form for intimate images shared without consent, when checked} */
    public abstract Optional<@Size(max = 500) String> intimateImages();

    /** {@return how to report, in a sentence} */
    @NotBlank
    @Size(max = 1000)
    public abstract String howToReport();

    /** {@return how to follow the report's status, when known} */
    public abstract Optional<@Size(max = 500) String> reportStatus();

    /** {@return the platform's help pages} */
    @NotNull
    public abstract URI helpUrl();

    /** {@return where these facts come from} */
    @NotNull
    @Valid
    public abstract Provenance provenance();

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
