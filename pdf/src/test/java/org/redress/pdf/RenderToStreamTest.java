package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;

/**
 * {@link PdfRenderer#render(ReportDocument, java.io.OutputStream)} never writes the document to a temporary file:
 * a PDF of a person's case must not sit in plaintext in the system's temporary folder, where a kill would leave it.
 * Checked in a separate JVM whose {@code java.io.tmpdir} is a folder that does not exist: any temporary file fails
 * the rendering there.
 */
class RenderToStreamTest {

    @TempDir
    Path dir;

    /** A document with a page count to fill in, so the counting pass runs as well. */
    static ReportDocument counted() {
        return ReportDocument.builder().kind("core.test-counted").title("Fictional document")
                .addHeaderFields(Field.of("a.b", "Label", "Value one"))
                .addSections(Section.of("Only", Paragraph.numbered("This document has " + ReportDocument.PAGE_COUNT
                        + " pages.", FactOrigin.GENERATED)))
                .build();
    }

    @Test
    void renderingToAStreamUsesNoTemporaryFile() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        Path out = dir.resolve("child.out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Djava.io.tmpdir=" + missing, "-cp", System.getProperty("java.class.path"),
                Child.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        String said = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isZero();
        assertThat(said).contains("rendered %PDF-");
        assertThat(missing).doesNotExist();
    }

    @Test
    void theStreamGetsWhatTheResultDescribes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult r = new PdfRenderer().render(counted(), out);
        assertThat(r.size()).isEqualTo(out.size());
        assertThat(r.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(out.toByteArray())));
        Path file = dir.resolve("same.pdf");
        Files.write(file, out.toByteArray());
        assertThat(Docs.squash(Docs.text(file))).contains(Docs.squash("This document has 1 pages."));
    }

    @Test
    void aSignedPdfStillReachesTheStream() throws Exception {
        TestPki.Identity signer = TestPki.rsa("Fictional Signer", false);
        RenderOptions options = RenderOptions.builder().signing(SigningOptions.builder(signer.keys().getPrivate(),
                List.of(signer.cert())).reason("Fictional test").build()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult r = new PdfRenderer(options).render(counted(), out);
        assertThat(r.size()).isEqualTo(out.size());
        try (var d = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            assertThat(d.getSignatureDictionaries()).hasSize(1);
        }
    }

    /** Renders to a stream in the child JVM. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfRenderer().render(counted(), out);
            System.out.println("rendered " + new String(out.toByteArray(), 0, 5, StandardCharsets.US_ASCII));
        }
    }
}
