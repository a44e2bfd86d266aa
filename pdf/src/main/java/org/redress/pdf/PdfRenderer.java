package org.redress.pdf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
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

    /**
     * A renderer with these options.
     *
     * @param options the options for every document this renderer renders
     */
    public PdfRenderer(RenderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** {@return the options} */
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
     * Renders {@code doc} to a stream. The PDF is finished in memory first (never in a temporary file: the document
     * may hold a person's case), so the stream receives nothing when rendering fails. A signed PDF is finished in a
     * private ({@code 0700}) temporary folder of its own, which is always removed. The stream is not closed.
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
        if (options.signing().isPresent()) {
            Path dir = Files.createTempDirectory("redress-"); // 0700 where the file system has POSIX permissions
            try {
                Path tmp = dir.resolve("document.pdf");
                RenderResult result = renderTo(doc, tmp, dir);
                Files.copy(tmp, out);
                out.flush();
                return result;
            } finally {
                try (var left = Files.list(dir)) {
                    for (Path p : left.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
        DocumentWriter writer = writeBody(doc, () -> {
            pdf.reset();
            return pdf;
        });
        byte[] bytes = pdf.toByteArray();
        out.write(bytes);
        out.flush();
        return new RenderResult(writer.pageCount(), writer.warnings(), HexFormat.of().formatHex(sha256().digest(bytes)),
                bytes.length, writer.conformance());
    }

    /** Renders to {@code file}; when signing is set, the unsigned body is written in {@code dir} first. */
    private RenderResult renderTo(ReportDocument doc, Path file, Path dir) throws IOException {
        boolean signed = options.signing().isPresent();
        Path body = signed ? Files.createTempFile(dir, ".unsigned-", ".tmp") : file;
        DocumentWriter writer;
        try {
            writer = writeBody(doc, () -> new BufferedOutputStream(Files.newOutputStream(body), 1 << 16));
            if (signed) {
                Instant time = options.creationTime().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
                new PadesSigner(options.signing().get()).sign(body, file, time);
            }
        } finally {
            if (signed) {
                Files.deleteIfExists(body);
            }
        }
        MessageDigest sha = sha256();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             InputStream in = Files.newInputStream(file);
             OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            in.transferTo(sink);
            ch.force(true);
        }
        return new RenderResult(writer.pageCount(), writer.warnings(), HexFormat.of().formatHex(sha.digest()),
                Files.size(file), writer.conformance());
    }

    /** Where a render's bytes go: opened afresh (emptied) for each attempt. */
    private interface Sink {
        OutputStream open() throws IOException;
    }

    /**
     * Writes the document's body to {@code sink}. Where its text asks for its page count
     * ({@link ReportDocument#PAGE_COUNT}) the body is first laid out with a one-digit count in place of the token,
     * only to count the pages (nothing is drawn, no font is subset and nothing is saved). The house fonts'
     * digits all have the same advance, so a count with as many digits takes exactly the same room: the real render
     * then takes exactly as many pages. A count of ten or more is one digit wider; should that digit move a line onto
     * another page, the document is written again with the new count.
     */
    private DocumentWriter writeBody(ReportDocument doc, Sink sink) throws IOException {
        if (!PageCount.wanted(doc)) {
            return written(doc, sink);
        }
        int counted = new DocumentWriter(PageCount.fill(doc, 1), options).countPages();
        DocumentWriter writer = written(PageCount.fill(doc, counted), sink);
        for (int tries = 0; tries < 3 && writer.pageCount() != counted; tries++) {
            counted = writer.pageCount();
            writer = written(PageCount.fill(doc, counted), sink);
        }
        return writer;
    }

    private DocumentWriter written(ReportDocument doc, Sink sink) throws IOException {
        DocumentWriter writer = new DocumentWriter(doc, options);
        try (OutputStream out = sink.open()) {
            writer.write(out);
        }
        return writer;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
