/**
 * CASE/UCO JSON-LD exports of evidence bundles, for forensic tools
 * ({@link org.redress.interchange.caseuco.CaseUcoExport}).
 *
 * @since 1.0
 */
@NullMarked
package org.redress.interchange.caseuco;

import org.jspecify.annotations.NullMarked;
