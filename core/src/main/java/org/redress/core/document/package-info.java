/**
 * Report documents: a jurisdiction-neutral form (header fields, sections of numbered paragraphs, field grids,
 * tables, exhibit references, declarations, signature blocks, notices, attachments) that jurisdiction packs build
 * and any renderer renders. {@link org.redress.core.document.PlainTextRenderer} renders one as text.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.core.document;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
