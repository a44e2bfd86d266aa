package org.redress.pdf;

/**
 * Whether the fields of a rendered document are printed text or editable form fields.
 *
 * @since 1.0
 */
public enum FormMode {
    /** Every value is printed on the page; the PDF has no form. */
    FLAT,
    /**
     * Every {@link org.redress.core.document.Field} becomes an AcroForm text field named by its key, so a person can
     * correct a value before submitting. Flattening the form keeps the values on the page.
     */
    FILLABLE
}
