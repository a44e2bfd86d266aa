package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * The person the case is for. Every attribute is personal and redacted in {@code toString()}.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

    /** {@return full name, as it should appear on documents} */
    @NotBlank
    @Size(max = 200)
    @Value.Redacted
    public abstract String name();

    /** {@return the name they prefer to be called, if different} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> preferredName();

    /** {@return pronouns, such as "she/her"} */
    @Value.Redacted
    public abstract Optional<@Size(max = 50) String> pronouns();

    /** {@return date of birth; used to know whether they are under 18} */
    @Value.Redacted
    public abstract Optional<LocalDate> dateOfBirth();

    /** {@return occupation, as a police statement asks for it} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> occupation();

    /** {@return home address} */
    @Value.Redacted
    public abstract Optional<@Valid Address> address();

    /** {@return e-mail address} */
    @Value.Redacted
    public abstract Optional<@Email @Size(max = 320) String> email();

    /** {@return phone number, preferably in E.164 form ({@code +447700900123})} */
    @Value.Redacted
    public abstract Optional<@Pattern(regexp = "\\+?[0-9 ()-]{3,25}",
            message = "is not a phone number|Write the number with digits, spaces and an optional leading +.") String> phone();

    /** {@return preferred language for documents and contact, as a BCP 47 tag such as {@code en-GB}} */
    public abstract Optional<@Size(max = 35) String> language();

    /** {@return accounts the person holds on platforms where the harassment happened} */
    @NotNull
    @Value.Redacted
    public abstract List<@NotNull @Valid Account> accounts();

    /** {@return initials for exhibit labels such as {@code JS/1}: from the name unless given} */
    public abstract Optional<@Pattern(regexp = "[A-Z]{1,4}",
            message = "is not a set of initials|Use 1 to 4 capital letters, such as JS.") String> initials();

    /** {@return a builder} */
    public static ImmutablePerson.Builder builder() {
        return ImmutablePerson.builder();
    }

    /** {@return the initials to use in exhibit labels: {@link #initials()} or the first letters of the name's words} */
    public String exhibitInitials() {
        if (initials().isPresent()) {
            return initials().get();
        }
        StringBuilder sb = new StringBuilder();
        for (String part : name().trim().split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isLetter(part.codePointAt(0)) && sb.length() < 4) {
                sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return sb.length() == 0 ? "X" : sb.toString();
    }

    /**
     * {@return whether the person is under 18 on {@code day}, when the date of birth is known}
     *
     * @param day the day
     */
    public Optional<Boolean> under18On(LocalDate day) {
        return dateOfBirth().map(dob -> dob.plusYears(18).isAfter(day));
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
