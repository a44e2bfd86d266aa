/** The PDF/A-3 renderer for report documents. */
package org.redress.pdf;
