package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * The software that captured or handled evidence, with its version.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTool.class)
@JsonDeserialize(as = ImmutableTool.class)
public abstract class Tool {

    /** {@return the tool's name} */
    @NotBlank
    @Size(max = 100)
    public abstract String name();

    /** {@return its version} */
    @NotBlank
    @Size(max = 50)
    public abstract String version();

    /**
     * {@return a tool}
     *
     * @param name the tool's name
     * @param version its version
     */
    public static Tool of(String name, String version) {
        return ImmutableTool.builder().name(name).version(version).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
