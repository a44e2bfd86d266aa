/**
 * The PDF renderer for report documents: {@link org.redress.pdf.PdfRenderer} turns any
 * {@link org.redress.core.document.ReportDocument} into a PDF/A-3 (tagged, PDF/UA-1) with the document's JSON
 * embedded, flat or fillable, optionally PAdES-signed; {@link org.redress.pdf.ReportPdf} reads the JSON back.
 *
 * @since 1.0
 */
@NullMarked
package org.redress.pdf;

import org.jspecify.annotations.NullMarked;
