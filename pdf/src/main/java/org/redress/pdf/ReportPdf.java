package org.redress.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.pdf.internal.DocumentWriter;

/**
 * Reads back what a rendered PDF carries: the report document from its embedded JSON, and any other embedded file.
 * Stateless.
 *
 * @since 1.0
 */
public final class ReportPdf {

    /** The name of the document's JSON inside every rendered PDF. */
    public static final String DOCUMENT_JSON = DocumentWriter.JSON_NAME;

    private ReportPdf() {
    }

    /**
     * The report document embedded in a rendered PDF.
     *
     * @param pdf the PDF file
     * @return the document the PDF was rendered from
     * @throws InvalidDataException when the PDF has no embedded document or its JSON is invalid
     * @throws IOException when the file cannot be read as a PDF
     */
    public static ReportDocument readDocument(Path pdf) throws IOException {
        byte[] json = embeddedFiles(pdf).get(DOCUMENT_JSON);
        if (json == null) {
            throw new InvalidDataException("PDF", java.util.List.of(new Problem("", "has no embedded " + DOCUMENT_JSON,
                    "Use a PDF rendered by Redress.")));
        }
        return RedressJson.read(json, ReportDocument.class, "document");
    }

    /**
     * {@return the embedded document of a PDF read from a stream; see {@link #readDocument(Path)}}
     *
     * @param pdf the PDF's bytes; read to the end, not closed
     * @throws IOException when the stream cannot be read as a PDF
     */
    public static ReportDocument readDocument(InputStream pdf) throws IOException {
        byte[] json = embeddedFiles(pdf).get(DOCUMENT_JSON);
        if (json == null) {
            throw new InvalidDataException("PDF", java.util.List.of(new Problem("", "has no embedded " + DOCUMENT_JSON,
                    "Use a PDF rendered by Redress.")));
        }
        return RedressJson.read(json, ReportDocument.class, "document");
    }

    /**
     * {@return one embedded file's bytes, by name}
     *
     * @param pdf the PDF file
     * @param name the embedded file's name, such as the document's JSON file
     * @throws IOException when the file cannot be read as a PDF
     */
    public static Optional<byte[]> embeddedFile(Path pdf, String name) throws IOException {
        return Optional.ofNullable(embeddedFiles(pdf).get(name));
    }

    /**
     * {@return every embedded file (of the document-level name tree), by name, in name order}
     *
     * @param pdf the PDF file
     * @throws IOException when the file cannot be read as a PDF
     */
    public static Map<String, byte[]> embeddedFiles(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return read(doc);
        }
    }

    private static Map<String, byte[]> embeddedFiles(InputStream pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            return read(doc);
        }
    }

    private static Map<String, byte[]> read(PDDocument doc) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree == null || tree.getNames() == null) {
            return out;
        }
        for (Map.Entry<String, PDComplexFileSpecification> e : tree.getNames().entrySet()) {
            PDEmbeddedFile ef = e.getValue().getEmbeddedFileUnicode() != null ? e.getValue().getEmbeddedFileUnicode()
                    : e.getValue().getEmbeddedFile();
            if (ef != null) {
                out.put(e.getKey(), ef.toByteArray());
            }
        }
        return out;
    }
}
