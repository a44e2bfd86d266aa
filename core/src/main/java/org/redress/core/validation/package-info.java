/**
 * Validation of Redress value types and of a jurisdiction pack's own: {@link org.redress.core.validation.Validation}
 * checks a value and reports every {@link org.redress.core.Problem} by its JSON Pointer, and
 * {@link org.redress.core.validation.Validated} declares a type's cross-field rules.
 *
 * @since 1.0
 */
package org.redress.core.validation;
