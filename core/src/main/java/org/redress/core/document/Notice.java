package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * A boxed notice: a disclaimer, a safety warning, or a flag on an unverified fact.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNotice.class)
@JsonDeserialize(as = ImmutableNotice.class)
public abstract class Notice implements Block {

    /** {@return how prominent it is} */
    @NotNull
    public abstract NoticeLevel level();

    /** {@return its text} */
    @NotBlank
    @Size(max = 5000)
    public abstract String text();

    /**
     * {@return a notice}
     *
     * @param level how prominent the notice is
     * @param text its text
     */
    public static Notice of(NoticeLevel level, String text) {
        return ImmutableNotice.builder().level(level).text(text).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.notice(this);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
