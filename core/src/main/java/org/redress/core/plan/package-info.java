/**
 * Plans and the planner. A {@link org.redress.core.plan.JurisdictionPack} (found through
 * {@link java.util.ServiceLoader}) turns a case into a {@link org.redress.core.plan.Plan}: safety first, then
 * preserving evidence, then the routes that apply, each with its reasons, legal basis, what the case still lacks,
 * and warnings with stable ids. {@link org.redress.core.plan.Planner} picks the pack for the case's jurisdiction
 * and applies the host app's own routes and overrides.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.core.plan;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
