package org.redress.core.model;

/**
 * The format of route ids: a country prefix and dot-separated lower-case words, such as {@code uk.support.shout}.
 *
 * @since 1.0
 */
public final class RouteIds {
    /** The pattern route ids match. */
    public static final String PATTERN = "[a-z]{2}(\\.[a-z0-9]+(-[a-z0-9]+)*)+";
    /** The problem and fix for a malformed route id. */
    public static final String MESSAGE = "is not a route id|Use a route id such as uk.police or us.take-it-down-request.";

    private RouteIds() {
    }
}
