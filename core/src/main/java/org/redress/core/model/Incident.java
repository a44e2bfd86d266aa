package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.redress.core.internal.Consistent;
import org.redress.core.internal.SelfChecking;
import org.redress.core.internal.Validation;

/** One entry of the harassment log: what happened, when, where, who did it, and what shows it. */
@Value.Immutable
@Consistent
@JsonSerialize(as = ImmutableIncident.class)
@JsonDeserialize(as = ImmutableIncident.class)
public abstract class Incident implements SelfChecking {

    /** The incident's id, unique within the case. */
    @NotNull
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
    public abstract String getId();

    /** When it happened. */
    @NotNull
    @Valid
    public abstract IncidentTime getOccurredAt();

    /** The kind of channel it happened on. */
    @NotNull
    public abstract Channel getChannel();

    /**
     * The platform or service, as a lower-case key such as {@code facebook}, {@code instagram}, {@code x},
     * {@code tiktok}, {@code youtube}, {@code snapchat}, {@code discord}, {@code reddit}, {@code whatsapp}, or a
     * domain name for other services.
     */
    public abstract Optional<@Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,99}",
            message = "is not a platform key|Use a lower-case key such as instagram, x or example.org.") String> getPlatform();

    /** Where the content is (URLs and platform ids). */
    @NotNull
    public abstract List<@NotNull @Valid ContentLocation> getLocations();

    /** What kinds of harassment it was; at least one. */
    @NotEmpty
    public abstract Set<@NotNull HarassmentKind> getKinds();

    /** For identity-based or hate harassment: the characteristics targeted. */
    @NotNull
    public abstract Set<@NotNull ProtectedCharacteristic> getProtectedCharacteristics();

    /** A short title for lists, such as "Threatening comment on a photo". */
    @Value.Redacted
    public abstract Optional<@Size(max = 200) String> getSummary();

    /** The person's own account of what happened, in their words. */
    @Value.Redacted
    public abstract Optional<@Size(max = 50000) String> getAccount();

    /** The harasser's words, verbatim, kept apart from the person's account. */
    @NotNull
    public abstract List<@NotNull @Valid Quote> getQuotes();

    /** Ids of the parties who did it (see {@link Case#getParties()}); empty when not known. */
    @NotNull
    public abstract List<@NotBlank String> getPerpetratorIds();

    /** People who saw it. */
    @NotNull
    public abstract List<@NotNull @Valid Witness> getWitnesses();

    /** Ids of the evidence records that show it (see {@link Case#getEvidence()}). */
    @NotNull
    public abstract List<@NotBlank String> getEvidenceIds();

    /** Whether money, images or anything else was demanded under threat. */
    @Value.Default
    public boolean isFinancialDemand() {
        return false;
    }

    /** What was demanded, when a sum was named. */
    public abstract Optional<@Valid Money> getAmountDemanded();

    /** Whether the person paid anything. */
    @Value.Default
    public boolean isMoneyPaid() {
        return false;
    }

    /** Whether intimate images of the person were involved (shared, threatened, or faked). */
    @Value.Default
    public boolean isIntimateImage() {
        return false;
    }

    /** Whether the person was under 18 at the time (or when an image of them was made). */
    @Value.Default
    public boolean isPersonUnder18() {
        return false;
    }

    /**
     * Whether the content involves a child sexually. Such content is never stored or copied: evidence is kept as its
     * location and a description only, and it is reported to the child-protection hotline.
     */
    @Value.Default
    public boolean isInvolvesChild() {
        return false;
    }

    /** Whether the harasser threatened to come to, or showed up at, the person's home, work or school. */
    @Value.Default
    public boolean isOfflineContact() {
        return false;
    }

    /** A builder. */
    public static ImmutableIncident.Builder builder() {
        return ImmutableIncident.builder();
    }

    @Override
    public void collectProblems(Problems problems) {
        if (getKinds().contains(HarassmentKind.HATE) && getProtectedCharacteristics().isEmpty()) {
            problems.add("protectedCharacteristics", "is empty for hate harassment",
                    "Say which characteristic was targeted, or use 'other'.");
        }
        if (getAmountDemanded().isPresent() && !isFinancialDemand()) {
            problems.add("financialDemand", "is false although 'amountDemanded' is given",
                    "Set 'financialDemand' to true, or remove 'amountDemanded'.");
        }
    }

    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
