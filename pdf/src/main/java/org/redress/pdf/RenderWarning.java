package org.redress.pdf;

import java.util.Objects;

/**
 * Something the renderer did differently from what the document asked for, without failing: a character drawn as
 * a replacement, an image shown as a placeholder, a field too long to be fillable. Never contains personal values.
 *
 * @param code a stable id, such as {@code pdf.missing-glyph}
 * @param pointer a JSON Pointer into the document's JSON, such as {@code /sections/2/blocks/4}; {@code ""} for the
 *     whole document
 * @param message what happened, in plain language
 *
 * @since 1.0
 */
public record RenderWarning(String code, String pointer, String message) {

    /** A character no font can draw; it is described in words ({@code [unsupported character U+1FAE0]}). */
    public static final String MISSING_GLYPH = "pdf.missing-glyph";
    /** A control character or an unpaired surrogate in the text. */
    public static final String CONTROL_CHARACTER = "pdf.control-character";
    /** An image could not be shown and a placeholder was drawn instead. */
    public static final String IMAGE_PLACEHOLDER = "pdf.image-placeholder";
    /** A value too long for one form field on one page was printed instead. */
    public static final String FIELD_NOT_FILLABLE = "pdf.field-not-fillable";
    /** The document has no content beyond its title. */
    public static final String EMPTY_DOCUMENT = "pdf.empty-document";
    /** An attachment of the document could not be embedded. */
    public static final String ATTACHMENT_NOT_EMBEDDED = "pdf.attachment-not-embedded";

    /**
     * Checks the parts.
     *
     * @param code a stable id, such as {@code pdf.missing-glyph}
     * @param pointer a JSON Pointer into the document's JSON, such as {@code /sections/2/blocks/4}; {@code ""} for the
     *     whole document
     * @param message what happened, in plain language
     */
    public RenderWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** One line, for people. */
    @Override
    public String toString() {
        return code + " at " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
