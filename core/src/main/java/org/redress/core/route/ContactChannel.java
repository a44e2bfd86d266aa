package org.redress.core.route;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * One way to reach a route: a number to call or text, a web form, an e-mail address.
 *
 * <p>For phones and texts, {@code dial} is what to key in (digits, with a leading {@code +} for international
 * form), {@code e164} is the international form when the number has one (short codes such as 999 or 85258 do
 * not), and {@code display} is how people write it ("0345 6000 459").
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContactChannel.class)
@JsonDeserialize(as = ImmutableContactChannel.class)
public abstract class ContactChannel implements Validated {

    /** {@return how} */
    @NotNull
    public abstract ContactKind kind();

    /** {@return what this channel is for, such as "Report online" or "Helpline"} */
    @NotBlank
    @Size(max = 200)
    public abstract String label();

    /** {@return for phones and texts: the digits to key in} */
    public abstract Optional<@Pattern(regexp = "\\+?[0-9]{2,15}",
            message = "is not a number to dial|Use digits only, with an optional leading +, such as 999 or +443456000459.") String> dial();

    /** {@return for phones and texts with an international form: the E.164 number} */
    public abstract Optional<@Pattern(regexp = "\\+[1-9][0-9]{6,14}",
            message = "is not an E.164 number|Use + and the country code, then the number without its leading 0, such as +443456000459.") String> e164();

    /** {@return how people write the number, such as "0345 6000 459", or the address as shown} */
    public abstract Optional<@Size(max = 100) String> display();

    /** {@return for texts: the keyword to send, such as "SHOUT"} */
    public abstract Optional<@Size(max = 50) String> keyword();

    /** {@return for web and e-mail: the address} */
    public abstract Optional<URI> url();

    /** {@return opening hours, such as "24 hours, every day" or "Monday to Friday, 8am to 8pm"} */
    public abstract Optional<@Size(max = 300) String> hours();

    /** {@return anything else to know: cost, languages, who it is for} */
    public abstract Optional<@Size(max = 1000) String> notes();

    /** {@return where this contact comes from} */
    @NotNull
    @Valid
    public abstract Provenance provenance();

    /** {@return a builder} */
    public static ImmutableContactChannel.Builder builder() {
        return ImmutableContactChannel.builder();
    }

    /** {@return the contact as one line for people: "Call 0345 6000 459 (Monday to Friday...)"} */
    public String describe() {
        StringBuilder sb = new StringBuilder(label()).append(": ");
        switch (kind()) {
            case PHONE:
                sb.append("call ").append(display().or(this::dial).orElse(""));
                break;
            case TEXT:
                sb.append("text ").append(keyword().map(k -> k + " to ").orElse(""))
                        .append(display().or(this::dial).orElse(""));
                break;
            default:
                sb.append(url().map(URI::toString).or(this::display).orElse(""));
        }
        hours().ifPresent(h -> sb.append(" (").append(h).append(')'));
        return sb.toString();
    }

    @Override
    public void collectProblems(Problems problems) {
        boolean phone = kind() == ContactKind.PHONE || kind() == ContactKind.TEXT;
        if (phone && dial().isEmpty()) {
            problems.add("dial", "is missing for a phone or text contact", "Give the digits to key in.");
        }
        if (phone && e164().isPresent() && dial().isPresent()
                && !e164().get().equals(dial().get()) && !dial().get().startsWith("+")
                && !nationalMatchesE164(dial().get(), e164().get())) {
            problems.add("e164", "does not match 'dial'", "Make 'e164' the international form of the same number.");
        }
        if (phone && display().isPresent() && dial().isPresent()
                && !display().get().replaceAll("[^0-9+]", "").equals(dial().get())
                && !display().get().replaceAll("[^0-9]", "").equals(dial().get().replace("+", ""))) {
            problems.add("display", "shows different digits from 'dial'", "Make 'display' the same number as 'dial', "
                    + "written the way people write it.");
        }
        if ((kind() == ContactKind.WEB || kind() == ContactKind.EMAIL) && url().isEmpty()) {
            problems.add("url", "is missing for a web or e-mail contact", "Give the address (https:// or mailto:).");
        }
        url().ifPresent(u -> {
            if (!u.isAbsolute()) {
                problems.add("url", "is not an absolute address", "Start it with https:// or mailto:.");
            }
        });
    }

    /** Whether a national number ("03456000459") is the same as an E.164 number ("+443456000459"). */
    private static boolean nationalMatchesE164(String dial, String e164) {
        if (dial.startsWith("0")) {
            return e164.endsWith(dial.substring(1)) && e164.length() - dial.length() <= 3;
        }
        return e164.endsWith(dial);
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
