package org.redress.pdf;

import java.util.List;
import java.util.Objects;

/**
 * What rendering produced.
 *
 * @param pageCount the number of pages
 * @param warnings what the renderer did differently from what the document asked, in document order
 * @param sha256 the SHA-256 digest of the PDF's bytes, lower-case hex
 * @param size the PDF's size in bytes
 * @param conformance the PDF/A conformance claimed in its metadata, such as {@code PDF/A-3a, PDF/UA-1}
 *
 * @since 1.0
 */
public record RenderResult(int pageCount, List<RenderWarning> warnings, String sha256, long size,
                           String conformance) {

    /**
     * Checks the parts and copies the list.
     *
     * @param pageCount the number of pages
     * @param warnings what the renderer did differently from what the document asked, in document order
     * @param sha256 the SHA-256 digest of the PDF's bytes, lower-case hex
     * @param size the PDF's size in bytes
     * @param conformance the PDF/A conformance claimed in its metadata, such as {@code PDF/A-3a, PDF/UA-1}
     */
    public RenderResult {
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(conformance, "conformance");
        warnings = List.copyOf(warnings);
    }
}
