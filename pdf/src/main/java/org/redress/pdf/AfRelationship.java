package org.redress.pdf;

/**
 * How an embedded file relates to the PDF (the PDF/A-3 {@code AFRelationship} of its file specification).
 *
 * @since 1.0
 */
public enum AfRelationship {
    /** The file the PDF was made from (the document's own JSON). */
    SOURCE("Source"),
    /** Data the PDF's content presents. */
    DATA("Data"),
    /** Another representation of the same content. */
    ALTERNATIVE("Alternative"),
    /** Supplementary material, such as an evidence bundle manifest. */
    SUPPLEMENT("Supplement"),
    /** No stated relationship. */
    UNSPECIFIED("Unspecified");

    private final String pdfName;

    AfRelationship(String pdfName) {
        this.pdfName = pdfName;
    }

    /** {@return the name written in the PDF, such as {@code Source}} */
    public String pdfName() {
        return pdfName;
    }
}
