/**
 * What every part of Redress reports bad input with: {@link org.redress.core.InvalidDataException}, carrying every
 * {@link org.redress.core.Problem} of a value by its JSON Pointer, with what is wrong and how to fix it.
 *
 * @since 1.0
 */
@NullMarked
package org.redress.core;

import org.jspecify.annotations.NullMarked;
