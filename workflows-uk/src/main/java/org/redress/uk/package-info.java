/**
 * The United Kingdom jurisdiction pack: routes for England and Wales, Scotland and Northern Ireland as data with
 * sources, the rules that turn a case into a plan, and the documents the routes take.
 *
 * <p>{@link org.redress.uk.UkPack} is found by {@link java.util.ServiceLoader}; use it through
 * {@link org.redress.core.plan.Planner}. Route ids ({@link org.redress.uk.UkRouteIds}), warning ids
 * ({@link org.redress.uk.UkWarnings}) and document kind ids ({@link org.redress.uk.UkDocumentKinds}) are public API
 * and documented in {@code docs/routes-uk.md}.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.uk;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
