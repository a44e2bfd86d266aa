/** Implementation of the PDF renderer: layout, fonts, tagging, forms, metadata, signing. Not API. */
package org.redress.pdf.internal;
