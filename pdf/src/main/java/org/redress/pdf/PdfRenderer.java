package org.redress.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ReportDocument;
import org.redress.pdf.internal.DocumentWriter;
import org.redress.pdf.internal.PageCount;
import org.redress.pdf.internal.PadesSigner;

/**
 * Renders any {@link ReportDocument} as PDF/A-3 (tagged PDF/A-3a and PDF/UA-1 by default), with the document's
 * JSON embedded as an associated file, flat or fillable, optionally PAdES-signed.
 *
 * <pre>{@code
 * PdfRenderer renderer = new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE).build());
 * RenderResult result = renderer.render(document, Path.of("statement.pdf"));
 * }</pre>
 *
 * <p>Thread-safe and stateless: one renderer can serve many threads. Each render works on its own PDF whose page
 * content goes to a scratch file, not the heap. Nothing is written to the destination unless the whole document
 * rendered (and signed): a path is written through a temporary file in the same directory that is renamed over
 * it; a stream receives the finished bytes only.
 *
 * @since 1.0
 */
public final class PdfRenderer {

    private final RenderOptions options;

    /** A renderer with {@link RenderOptions#defaults()}. */
    public PdfRenderer() {
        this(RenderOptions.defaults());
    }

    /** A renderer with these options. */
    public PdfRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The options. */
    public RenderOptions options() {
        return options;
    }

    /**
     * Renders {@code doc} to a file, atomically: the file is replaced only once the PDF is complete.
     *
     * @param doc the document
     * @param target the PDF file to write; its directory must exist
     * @return page count, warnings and digest
     * @throws InvalidDataException when the document cannot be rendered, such as an exhibit image that cannot
     *     be read (the problem names the block by JSON Pointer, never a personal value)
     * @throws IOException when writing, reading an image resolver or time-stamping fails
     */
    public RenderResult render(ReportDocument doc, Path target) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            RenderResult result = renderTo(doc, tmp, dir);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Renders {@code doc} to a stream. The PDF is finished in a temporary file first, so the stream receives
     * nothing when rendering fails. The stream is not closed.
     *
     * @param doc the document
     * @param out where the PDF goes
     * @return page count, warnings and digest
     * @throws InvalidDataException when the document cannot be rendered
     * @throws IOException when writing fails
     */
    public RenderResult render(ReportDocument doc, OutputStream out) throws IOException {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        Path tmp = Files.createTempFile("redress-", ".pdf");
        try {
            RenderResult result = renderTo(doc, tmp, null);
            try (InputStream in = Files.newInputStream(tmp)) {
                in.transferTo(out);
            }
            out.flush();
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private RenderResult renderTo(ReportDocument doc, Path file, Path dir) throws IOException {
        DocumentWriter writer = new DocumentWriter(withPageCount(doc, dir), options);
        if (options.signing().isEmpty()) {
            write(writer, file);
        } else {
            Path unsigned = dir == null ? Files.createTempFile("redress-", ".pdf")
                    : Files.createTempFile(dir, ".unsigned-", ".tmp");
            try {
                write(writer, unsigned);
                Instant time = options.creationTime().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
                new PadesSigner(options.signing().get()).sign(unsigned, file, time);
            } finally {
                Files.deleteIfExists(unsigned);
            }
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             InputStream in = Files.newInputStream(file);
             OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(sink);
            ch.force(true);
        }
        return new RenderResult(writer.pageCount(), writer.warnings(), HexFormat.of().formatHex(sha.digest()),
                Files.size(file), writer.conformance());
    }

    /**
     * The document with its page count where its text asks for it ({@link ReportDocument#PAGE_COUNT}): laid out
     * once to count the pages, and again until the count written matches the pages it takes (a shorter number can
     * save a line).
     */
    private ReportDocument withPageCount(ReportDocument doc, Path dir) throws IOException {
        if (!PageCount.wanted(doc)) {
            return doc;
        }
        Path probe = dir == null ? Files.createTempFile("redress-", ".pdf") : Files.createTempFile(dir, ".count-", ".tmp");
        try {
            DocumentWriter counting = new DocumentWriter(doc, options);
            write(counting, probe);
            int pages = counting.pageCount();
            for (int tries = 0; tries < 3; tries++) {
                ReportDocument filled = PageCount.fill(doc, pages);
                DocumentWriter check = new DocumentWriter(filled, options);
                write(check, probe);
                if (check.pageCount() == pages) {
                    return filled;
                }
                pages = check.pageCount();
            }
            return PageCount.fill(doc, pages);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static void write(DocumentWriter writer, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writer.write(out);
        }
    }
}
