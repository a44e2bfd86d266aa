/**
 * The case model: a {@link org.redress.core.model.Case} and everything it holds (incidents, parties, evidence
 * records, reports made, the impact log, safety facts). All types are immutable, built with builders, validated on
 * construction and serialised by {@link org.redress.core.json.RedressJson}.
 *
 * <p>Attributes that hold personal data are redacted in {@code toString()}.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.core.model;

import org.jspecify.annotations.NullMarked;
