/**
 * The versioned JSON format: reading with every problem reported at once, deterministic writing, and the shared
 * Jackson configuration. See {@code docs/json-format.md}.
 *
 * @since 1.0
 */
@NullMarked
package org.redress.core.json;

import org.jspecify.annotations.NullMarked;
