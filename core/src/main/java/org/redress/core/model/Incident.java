package org.redress.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * One entry of the harassment log: what happened, when, where, who did it, and what shows it.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncident.class)
@JsonDeserialize(as = ImmutableIncident.class)
public abstract class Incident implements Validated {

    /** {@return the incident's id, unique within the case} */
    @NotNull
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
    public abstract String id();

    /** {@return when it happened} */
    @NotNull
    @Valid
    public abstract IncidentTime occurredAt();

    /** {@return the kind of channel it happened on} */
    @NotNull
    public abstract Channel channel();

    /**
     * The platform or service, as a lower-case key such as {@code facebook}, {@code instagram}, {@code x},
     * {@code tiktok}, {@code youtube}, {@code snapchat}, {@code discord}, {@code reddit}, {@code whatsapp}, or a
     * domain name for other services.
     *
     * @return the platform key, when known
     */
    public abstract Optional<@Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,99}",
            message = "is not a platform key|Use a lower-case key such as instagram, x or example.org.") String> platform();

    /** {@return where the content is (URLs and platform ids)} */
    @NotNull
    public abstract List<@NotNull @Valid ContentLocation> locations();

    /** {@return what kinds of harassment it was; at least one} */
    @NotEmpty
    public abstract Set<@NotNull HarassmentKind> kinds();

    /** {@return for identity-based or hate harassment: the characteristics targeted} */
    @NotNull
    public abstract Set<@NotNull ProtectedCharacteristic> protectedCharacteristics();

    /** {@return a short title for lists, such as "Threatening comment on a photo"} */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> summary();

    /** {@return the person's own account of what happened, in their words} */
    @Value.Redacted
    public abstract Optional<@Size(max = 50000) String> account();

    /** {@return the harasser's words, verbatim, kept apart from the person's account} */
    @NotNull
    public abstract List<@NotNull @Valid Quote> quotes();

    /** {@return ids of the parties who did it (see {@link Case#parties()}); empty when not known} */
    @NotNull
    public abstract List<@NotBlank String> perpetratorIds();

    /** {@return people who saw it} */
    @NotNull
    public abstract List<@NotNull @Valid Witness> witnesses();

    /** {@return ids of the evidence records that show it (see {@link Case#evidence()})} */
    @NotNull
    public abstract List<@NotBlank String> evidenceIds();

    /**
     * Whether money, images or anything else was demanded under threat. {@link #isFinancialDemand()} is the
     * convenience for "recorded as yes".
     *
     * @return {@code YES}, {@code NO} or {@code UNKNOWN}
     */
    @Value.Default
    public Answer financialDemand() {
        return Answer.UNKNOWN;
    }

    /** {@return what was demanded, when a sum was named} */
    public abstract Optional<@Valid Money> amountDemanded();

    /**
     * {@return what kinds of thing were demanded, whether or not a sum was named (gift cards, cryptocurrency, images)}
     */
    @NotNull
    public abstract Set<@NotNull DemandKind> demandKinds();

    /** {@return whether the person paid anything} */
    @Value.Default
    public Answer moneyPaid() {
        return Answer.UNKNOWN;
    }

    /** {@return whether intimate images of the person were involved (shared, threatened, or faked)} */
    @Value.Default
    public Answer intimateImage() {
        return Answer.UNKNOWN;
    }

    /**
     * Who made the intimate image, when one is involved. Only an image the person made themself is theirs under
     * copyright law.
     *
     * @return who made the image, when recorded
     */
    public abstract Optional<ImageMaker> imageMadeBy();

    /**
     * Whether the person was under 18 at the time (or when an image of them was made). Unknown is never read as
     * "no"; a date of birth, where the case has one, decides.
     *
     * @return {@code YES}, {@code NO} or {@code UNKNOWN}
     */
    @Value.Default
    public Answer personUnder18() {
        return Answer.UNKNOWN;
    }

    /**
     * Whether the content involves a child sexually. Such content is never stored or copied: evidence is kept as its
     * location and a description only, and it is reported to the child-protection hotline.
     *
     * @return {@code YES}, {@code NO} or {@code UNKNOWN}
     */
    @Value.Default
    public Answer involvesChild() {
        return Answer.UNKNOWN;
    }

    /** {@return whether the harasser threatened to come to, or showed up at, the person's home, work or school} */
    @Value.Default
    public Answer offlineContact() {
        return Answer.UNKNOWN;
    }

    /** {@return whether a threat in this incident is to be carried out now or within a day} */
    @Value.Default
    public Answer threatImminent() {
        return Answer.UNKNOWN;
    }

    /** {@return when the harasser said a threat would be carried out ("tonight", "at 5 tomorrow"), as an instant} */
    public abstract Optional<OffsetDateTime> threatDueAt();

    /** {@return the places of the person's where a threat is to be carried out} */
    @NotNull
    public abstract Set<@NotNull Place> threatPlaces();

    /** {@return whether a weapon was shown or described (in a photo, a video or the message)} */
    @Value.Default
    public Answer weaponShown() {
        return Answer.UNKNOWN;
    }

    /** {@return whether the harasser is, or says they are, near the person now (outside their home, at their work)} */
    @Value.Default
    public Answer harasserNearby() {
        return Answer.UNKNOWN;
    }

    /** {@return the places of the person's that the harasser urged others to go to} */
    @NotNull
    public abstract Set<@NotNull Place> othersUrgedTo();

    /** {@return whether the person's own account was taken over} */
    @Value.Default
    public Answer accountTakenOver() {
        return Answer.UNKNOWN;
    }

    /** {@return for a pile-on: roughly how many accounts took part} */
    public abstract Optional<@PositiveOrZero @Max(100_000_000) Integer> pileOnSize();

    /**
     * Whether something was demanded under threat: {@link #financialDemand()} is yes, or a sum or a kind of
     * demand is recorded.
     *
     * @return {@code true} when something was demanded under threat
     */
    @JsonIgnore
    public boolean isFinancialDemand() {
        return financialDemand().isYes() || amountDemanded().isPresent() || !demandKinds().isEmpty();
    }

    /** {@return whether {@link #moneyPaid()} is yes} */
    @JsonIgnore
    public boolean isMoneyPaid() {
        return moneyPaid().isYes();
    }

    /** {@return whether {@link #intimateImage()} is yes} */
    @JsonIgnore
    public boolean isIntimateImage() {
        return intimateImage().isYes();
    }

    /** {@return whether {@link #personUnder18()} is yes (see {@code SafetyAssessment} for the age by date of birth)} */
    @JsonIgnore
    public boolean isPersonUnder18() {
        return personUnder18().isYes();
    }

    /** {@return whether {@link #involvesChild()} is yes} */
    @JsonIgnore
    public boolean isInvolvesChild() {
        return involvesChild().isYes();
    }

    /** {@return whether {@link #offlineContact()} is yes} */
    @JsonIgnore
    public boolean isOfflineContact() {
        return offlineContact().isYes();
    }

    /** {@return a builder} */
    public static ImmutableIncident.Builder builder() {
        return ImmutableIncident.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (kinds().contains(HarassmentKind.HATE) && protectedCharacteristics().isEmpty()) {
            problems.add("protectedCharacteristics", "is empty for hate harassment",
                    "Say which characteristic was targeted, or use 'other'.");
        }
        if (amountDemanded().isPresent() && financialDemand().isNo()) {
            problems.add("financialDemand", "is false although 'amountDemanded' is given",
                    "Set 'financialDemand' to true, or remove 'amountDemanded'.");
        }
        if (!demandKinds().isEmpty() && financialDemand().isNo()) {
            problems.add("financialDemand", "is false although 'demandKinds' is given",
                    "Set 'financialDemand' to true, or remove 'demandKinds'.");
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
