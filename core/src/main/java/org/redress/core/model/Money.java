package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.redress.core.validation.Validation;

/**
 * An amount of money in an ISO 4217 currency.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoney.class)
@JsonDeserialize(as = ImmutableMoney.class)
public abstract class Money {

    /** {@return the amount, such as {@code 250.00}} */
    @NotNull
    @PositiveOrZero
    public abstract BigDecimal amount();

    /** {@return the ISO 4217 currency code, such as {@code GBP} or {@code USD}} */
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "is not an ISO 4217 currency code|Use three capital letters such as GBP, USD or EUR.")
    public abstract String currency();

    /**
     * {@return an amount in a currency}
     *
     * @param amount the amount as a decimal number, such as {@code "250.00"}
     * @param currency the ISO 4217 code, such as {@code GBP}
     * @throws NumberFormatException if {@code amount} is not a decimal number
     */
    public static Money of(String amount, String currency) {
        return ImmutableMoney.builder().amount(new BigDecimal(amount)).currency(currency).build();
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
