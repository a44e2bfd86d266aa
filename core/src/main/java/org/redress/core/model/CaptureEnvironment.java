package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * The device and system a capture was made on. Device ids, IP addresses and location are recorded only when the
 * person opts in, and export profiles can leave them out.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCaptureEnvironment.class)
@JsonDeserialize(as = ImmutableCaptureEnvironment.class)
public abstract class CaptureEnvironment {

    /** {@return the kind of device, such as "Android phone" or "Windows laptop"} */
    public abstract Optional<@Size(max = 200) String> device();

    /** {@return the operating system and version} */
    public abstract Optional<@Size(max = 200) String> operatingSystem();

    /** {@return a device identifier (opt-in only)} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> deviceId();

    /** {@return the public IP address at capture (opt-in only)} */
    @Value.Redacted
    public abstract Optional<@Size(max = 64) String> ipAddress();

    /** {@return the location at capture, as "latitude,longitude" (opt-in only)} */
    @Value.Redacted
    public abstract Optional<@Size(max = 64) String> location();

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
