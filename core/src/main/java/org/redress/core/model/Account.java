package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * An account on a platform: a handle, the platform's id for it, and its profile URL.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccount.class)
@JsonDeserialize(as = ImmutableAccount.class)
public abstract class Account implements Validated {

    /** {@return the platform key, such as {@code instagram} (see {@link Incident#platform()})} */
    @NotBlank
    @Size(max = 100)
    public abstract String platform();

    /** {@return the handle or username as shown, such as {@code @example_handle}} */
    @NotNull
    @Size(min = 1, max = 200)
    @Value.Redacted
    public abstract String handle();

    /** {@return the platform's permanent id for the account, which survives a change of handle} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> accountId();

    /** {@return the profile's URL} */
    @Value.Redacted
    public abstract Optional<URI> profileUrl();

    /** {@return whether the account impersonates the person} */
    @Value.Default
    public boolean impersonating() {
        return false;
    }

    /**
     * {@return an account by platform and handle}
     *
     * @param platform the platform key, such as {@code instagram}
     * @param handle the handle on that platform, as the platform shows it
     */
    public static Account of(String platform, String handle) {
        return ImmutableAccount.builder().platform(platform).handle(handle).build();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (profileUrl().isPresent() && !profileUrl().get().isAbsolute()) {
            problems.add("profileUrl", "is not an absolute URL", "Use the full address, starting with https://.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
