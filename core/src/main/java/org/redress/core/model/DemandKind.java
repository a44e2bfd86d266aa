package org.redress.core.model;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;

/**
 * What a blackmailer or sextortionist demanded, whether or not a sum was named. JSON names are camelCase
 * ({@code GIFT_CARDS} is {@code "giftCards"}).
 *
 * @since 1.1
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum DemandKind {
    /** Money by bank transfer, a payment app or cash. */
    MONEY,
    /** Gift cards or vouchers. */
    GIFT_CARDS,
    /** Cryptocurrency. */
    CRYPTOCURRENCY,
    /** More intimate images or videos. */
    MORE_IMAGES,
    /** Sexual acts, on camera or in person. */
    SEXUAL_ACTS,
    /** Something else, described in the person's account. */
    OTHER;

    /** {@return whether the demand is for money or money's worth (money, gift cards, cryptocurrency)} */
    public boolean isFinancial() {
        return this == MONEY || this == GIFT_CARDS || this == CRYPTOCURRENCY;
    }
}
