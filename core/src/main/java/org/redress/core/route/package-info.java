/**
 * Routes: the places a person can report to or get help from, as data with sources. A {@link
 * org.redress.core.route.Route} carries its contacts, legal basis, what it needs and gives back, and the
 * {@link org.redress.core.route.Provenance} (sources and {@code verifiedOn}) of every fact it states.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.core.route;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
