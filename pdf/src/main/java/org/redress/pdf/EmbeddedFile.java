package org.redress.pdf;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An extra file to embed in the PDF as a PDF/A-3 associated file, such as an evidence bundle manifest.
 *
 * @param name the file name shown by PDF readers, without path separators
 * @param mediaType the MIME type, such as {@code application/json}
 * @param description what it is, shown by PDF readers; optional
 * @param bytes the content
 * @param relationship how it relates to the document
 *
 * @since 1.0
 */
public record EmbeddedFile(String name, String mediaType, Optional<String> description, byte[] bytes,
                           AfRelationship relationship) {

    /**
     * Checks the parts and copies the bytes.
     *
     * @param name the file name shown by PDF readers, without path separators
     * @param mediaType the MIME type, such as {@code application/json}
     * @param description what it is, shown by PDF readers; optional
     * @param bytes the content
     * @param relationship how it relates to the document
     * @throws IllegalArgumentException when the name is blank, longer than 255 characters or contains a path separator
     *     or a character file systems reject, or the media type is not {@code type/subtype}
     */
    public EmbeddedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(relationship, "relationship");
        if (name.isBlank() || name.length() > 255 || name.matches(".*[/\\\\:*?\"<>|\\p{Cntrl}].*")) {
            throw new IllegalArgumentException("an embedded file needs a plain file name without path separators");
        }
        if (!mediaType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("an embedded file needs a media type such as application/json");
        }
        bytes = bytes.clone();
    }

    /**
     * {@return a supplementary file, such as a bundle manifest}
     *
     * @param name the file name shown by PDF readers, without path separators
     * @param mediaType the MIME type, such as {@code application/json}
     * @param description what it is, shown by PDF readers; {@code null} for none
     * @param bytes the content (copied)
     */
    public static EmbeddedFile supplement(String name, String mediaType, String description, byte[] bytes) {
        return new EmbeddedFile(name, mediaType, Optional.ofNullable(description), bytes, AfRelationship.SUPPLEMENT);
    }

    /** {@return a copy of the content} */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EmbeddedFile e && name.equals(e.name) && mediaType.equals(e.mediaType)
                && description.equals(e.description) && java.util.Arrays.equals(bytes, e.bytes)
                && relationship == e.relationship;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, description, java.util.Arrays.hashCode(bytes), relationship);
    }

    @Override
    public String toString() {
        return "EmbeddedFile[" + name + ", " + mediaType + ", " + bytes.length + " bytes, " + relationship + "]";
    }
}
