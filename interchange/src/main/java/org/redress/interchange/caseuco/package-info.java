/**
 * CASE/UCO JSON-LD exports of evidence bundles, for forensic tools
 * ({@link org.redress.interchange.caseuco.CaseUcoExport}).
 */
package org.redress.interchange.caseuco;
