package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.redress.core.internal.CheckedWhenBuilt;
import org.redress.core.validation.Validation;

/**
 * A warning that goes with a plan, such as {@code never-pay} or {@code harasser-may-be-alerted}. Warning ids are
 * public API and shared across jurisdiction packs where the warning means the same.
 *
 * @since 1.0
 */
@Value.Immutable
@CheckedWhenBuilt
@JsonSerialize(as = ImmutableWarning.class)
@JsonDeserialize(as = ImmutableWarning.class)
public abstract class Warning {

    /** {@return the stable id, such as {@code keep-evidence}} */
    @NotNull
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "is not a warning id|Use lower-case words joined by '-'.")
    public abstract String id();

    /** {@return how serious it is} */
    @NotNull
    public abstract Severity severity();

    /** {@return a short title, such as "Never pay"} */
    @NotBlank
    @Size(max = 200)
    public abstract String title();

    /** {@return what to do or not do, and why, in plain language} */
    @NotBlank
    @Size(max = 3000)
    public abstract String text();

    /**
     * {@return a warning}
     *
     * @param id the stable id, such as {@code keep-evidence}
     * @param severity how serious it is
     * @param title a short title, such as "Never pay"
     * @param text what to do or not do, and why, in plain language
     */
    public static Warning of(String id, Severity severity, String title, String text) {
        return ImmutableWarning.builder().id(id).severity(severity).title(title).text(text).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
