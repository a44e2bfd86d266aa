/**
 * X-ARF v4 abuse reports for hosting providers' abuse desks ({@link org.redress.interchange.xarf.XarfReports}).
 *
 * @since 1.0
 */
@NullMarked
package org.redress.interchange.xarf;

import org.jspecify.annotations.NullMarked;
