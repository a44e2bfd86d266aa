package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.InvalidDataException;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Table;
import org.redress.core.json.RedressJson;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfRendererTest {

    @TempDir
    Path dir;
    ReportDocument doc;

    @BeforeEach
    void setUp() throws Exception {
        doc = Samples.everyBlock(dir);
    }

    @Test
    void aLetteredListShowsItsLettersAsLabelsAndNoBullet() throws Exception {
        ReportDocument d = ReportDocument.builder().kind("core.test-lists").title("Terms")
                .addSections(Section.of("The Respondent must not", org.redress.core.document.BulletList.lettered(
                        List.of("harass the Applicant;", "contact the Applicant;", "post about the Applicant.")),
                        org.redress.core.document.ImmutableBulletList.builder().ordered(true)
                                .numbering(org.redress.core.document.BulletList.Numbering.NUMBERS)
                                .items(List.of("first step", "second step")).build()))
                .build();
        Path pdf = dir.resolve("lettered.pdf");
        new PdfRenderer().render(d, pdf);
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pd);
            assertThat(text).doesNotContain("\u2022")
                    .contains("(a) harass the Applicant;", "(b) contact", "(c) post", "1. first step", "2. second");
            List<String> labels = new java.util.ArrayList<>();
            List<String> numbering = new java.util.ArrayList<>();
            collect(pd.getDocumentCatalog().getStructureTreeRoot().getKids(), labels, numbering);
            assertThat(labels).isEqualTo(List.of("Lbl", "Lbl", "Lbl", "Lbl", "Lbl"));
            assertThat(numbering).containsExactly("LowerAlpha", "Decimal");
        }
    }

    private static void collect(List<Object> kids, List<String> labels, List<String> numbering) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Lbl".equals(e.getStructureType())) {
                    labels.add(e.getStructureType());
                }
                if ("L".equals(e.getStructureType())) {
                    for (int i = 0; i < e.getAttributes().size(); i++) {
                        if (e.getAttributes().getObject(i) instanceof org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject l) {
                            numbering.add(l.getListNumbering());
                        }
                    }
                }
                collect(e.getKids(), labels, numbering);
            }
        }
    }

    @Test
    void flatDocumentWithEveryBlockIsPdfA3aAndPdfUa1() throws Exception {
        Path pdf = dir.resolve("flat.pdf");
        RenderResult r = new PdfRenderer().render(doc, pdf);
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        assertThat(r.pageCount()).isGreaterThan(3);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.conformance()).isEqualTo("PDF/A-3a, PDF/UA-1");
        assertThat(r.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf))));
        assertThat(r.size()).isEqualTo(Files.size(pdf));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(r.pageCount());
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(d.getDocumentCatalog().getAcroForm()).isNull();
        }
    }

    @Test
    void untaggedOutputIsPdfA3bAndVeraPdfReallyChecksAccessibility() throws Exception {
        Path pdf = dir.resolve("untagged.pdf");
        RenderResult r = new PdfRenderer(RenderOptions.builder().tagged(false).build()).render(doc, pdf);
        assertThat(r.conformance()).isEqualTo("PDF/A-3b");
        assertThat(Vera.failures(pdf, PDFAFlavour.PDFA_3_B)).isEmpty();
        assertThat(Vera.failures(pdf, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void textContainsEveryValueParagraphAndCell() throws Exception {
        Path pdf = dir.resolve("text.pdf");
        new PdfRenderer().render(doc, pdf);
        String text = Docs.squash(Docs.text(pdf));
        for (Field f : Docs.allFields(doc)) {
            assertThat(text).contains(Docs.squash(f.label()));
            f.value().ifPresent(v -> assertThat(text).contains(Docs.squash(v)));
        }
        assertThat(text).contains(Docs.squash("Καλημέρα κόσμε. Cyrillic: Добрый день, мир."));
        assertThat(text).contains("Page1of", "RDX-2026-0042", Samples.HASH, "JS/60", "Statementoftruth");
        assertThat(text).contains(Docs.squash("https://social.example/" + "a".repeat(180)));
    }

    @Test
    void embeddedJsonRoundTripsAndIsAnAssociatedFile() throws Exception {
        Path pdf = dir.resolve("json.pdf");
        byte[] manifest = "{\"files\":[]}".getBytes(StandardCharsets.UTF_8);
        new PdfRenderer(RenderOptions.builder().addEmbeddedFile(EmbeddedFile.supplement("manifest.json",
                "application/json", "Evidence bundle manifest", manifest)).build()).render(doc, pdf);
        assertThat(ReportPdf.readDocument(pdf)).isEqualTo(doc);
        assertThat(ReportPdf.embeddedFile(pdf, ReportPdf.DOCUMENT_JSON)).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(RedressJson.write(doc)));
        assertThat(ReportPdf.embeddedFile(pdf, "manifest.json")).hasValueSatisfying(b -> assertThat(b).isEqualTo(manifest));
        assertThat(ReportPdf.embeddedFiles(pdf)).containsKeys("notes.txt");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            COSArray af = d.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            assertThat(af).isNotNull();
            assertThat(af.size()).isEqualTo(3);
            boolean source = false;
            for (int i = 0; i < af.size(); i++) {
                COSDictionary spec = (COSDictionary) af.getObject(i);
                if (ReportPdf.DOCUMENT_JSON.equals(spec.getString(COSName.UF))) {
                    source = "Source".equals(spec.getNameAsString(COSName.AF_RELATIONSHIP));
                }
            }
            assertThat(source).isTrue();
        }
        assertThat(Vera.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    }

    @Test
    void fillableHasOneFieldPerKeyStaysPdfAAndFlatteningKeepsValues() throws Exception {
        Path pdf = dir.resolve("fillable.pdf");
        RenderResult r = new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE).build()).render(doc, pdf);
        assertThat(r.warnings()).isEmpty();
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        Path flat = dir.resolve("flattened.pdf");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = d.getDocumentCatalog().getAcroForm();
            List<Field> fields = Docs.allFields(doc);
            for (Field f : fields) {
                PDField pf = form.getField(f.key());
                assertThat(pf).as(f.key()).isNotNull();
                assertThat(pf.getFullyQualifiedName()).isEqualTo(f.key());
                assertThat(pf.getValueAsString()).isEqualTo(f.value().orElse(""));
                assertThat(pf.getAlternateFieldName()).isEqualTo(f.label());
            }
            form.flatten();
            d.save(flat.toFile());
        }
        String text = Docs.squash(Docs.text(flat));
        for (Field f : Docs.allFields(doc)) {
            f.value().ifPresent(v -> assertThat(text).contains(Docs.squash(v)));
        }
        assertThat(Vera.failures(flat, PDFAFlavour.PDFA_3_B)).isEmpty();
    }

    @Test
    void aMissingImageIsAnErrorNamingTheBlockAndNothingIsWritten() throws Exception {
        ReportDocument bad = withExhibit(dir.resolve("Alex-private-photo.png").toString());
        Path pdf = dir.resolve("bad.pdf");
        Files.writeString(pdf, "previous content");
        assertThatThrownBy(() -> new PdfRenderer().render(bad, pdf))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("/sections/0/blocks/1/imageRef")
                .hasMessageContaining("not found")
                .hasMessageNotContaining("Alex");
        assertThat(Files.readString(pdf)).isEqualTo("previous content");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new PdfRenderer().render(bad, out)).isInstanceOf(InvalidDataException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void badImagesBecomePlaceholdersWithWarningsWhenAsked() throws Exception {
        Path corrupt = dir.resolve("corrupt.png");
        byte[] png = Files.readAllBytes(Samples.screenshot(dir, "ok.png", 300, 200));
        Files.write(corrupt, java.util.Arrays.copyOf(png, png.length / 3));
        Path text = dir.resolve("not-an-image.png");
        Files.writeString(text, "hello");
        Path big = Samples.screenshot(dir, "big.png", 2000, 2000);
        ReportDocument d = ReportDocument.builder().kind("core.test-images").title("Images")
                .addSections(Section.of("Exhibits",
                        ExhibitReference.builder().label("A").description("Corrupt").imageRef(corrupt.toString()).build(),
                        ExhibitReference.builder().label("B").description("Text").imageRef(text.toString()).build(),
                        ExhibitReference.builder().label("C").description("Too big").imageRef(big.toString()).build(),
                        ExhibitReference.builder().label("D").description("Missing").imageRef("nope.png").build()))
                .build();
        RenderOptions options = RenderOptions.builder().imageFailure(RenderOptions.ImageFailure.PLACEHOLDER)
                .maxImagePixels(1_000_000).build();
        Path pdf = dir.resolve("placeholders.pdf");
        RenderResult r = new PdfRenderer(options).render(d, pdf);
        assertThat(r.warnings()).extracting(RenderWarning::code).containsOnly(RenderWarning.IMAGE_PLACEHOLDER).hasSize(4);
        assertThat(r.warnings()).extracting(RenderWarning::pointer).containsExactly("/sections/0/blocks/0/imageRef",
                "/sections/0/blocks/1/imageRef", "/sections/0/blocks/2/imageRef", "/sections/0/blocks/3/imageRef");
        assertThat(r.warnings().get(2).message()).contains("limit");
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        assertThat(Docs.text(pdf)).contains("[Image not shown");
    }

    @Test
    void controlCharactersAndCharactersWithoutGlyphsAreDrawnAsReplacementsAndReported() throws Exception {
        ReportDocument d = ReportDocument.builder().kind("core.test-chars").title("Characters \u0007 test")
                .addSections(Section.of("Text", Paragraph.numbered("Bell \u0007 null \u0000 emoji \uD83E\uDEE0 han 中文 "
                        + "hebrew שלום arabic مرحبا tab\there", FactOrigin.PERSONS_ACCOUNT)))
                .build();
        Path pdf = dir.resolve("chars.pdf");
        RenderResult r = new PdfRenderer().render(d, pdf);
        assertThat(r.warnings()).extracting(RenderWarning::code)
                .contains(RenderWarning.CONTROL_CHARACTER, RenderWarning.MISSING_GLYPH);
        assertThat(r.warnings().toString()).contains("U+1FAE0", "U+4E2D", "U+0007").doesNotContain("Bell");
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        assertThat(Docs.text(pdf)).contains("\uFFFD", "שלום".substring(0, 1));
    }

    @Test
    void anEmptyDocumentRendersWithAWarning() throws Exception {
        ReportDocument d = ReportDocument.builder().kind("core.test-empty").title("Empty").build();
        Path pdf = dir.resolve("empty.pdf");
        RenderResult r = new PdfRenderer().render(d, pdf);
        assertThat(r.pageCount()).isEqualTo(1);
        assertThat(r.warnings()).extracting(RenderWarning::code).containsExactly(RenderWarning.EMPTY_DOCUMENT);
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
    }

    @Test
    void longValuesTablesAndWordsBreakAcrossPagesWithRepeatedHeaders() throws Exception {
        String word = "w".repeat(500);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            rows.add(List.of(Integer.toString(i), i % 50 == 0 ? "long cell " + "text ".repeat(900) : "cell " + i));
        }
        ReportDocument d = ReportDocument.builder().kind("core.test-long").title("Long")
                .addHeaderFields(Field.of("long.value", "A very long value", "value ".repeat(12000)))
                .addSections(Section.of("Words", Paragraph.of(word + " " + word)),
                        Section.of("Table", Table.builder().columns(List.of("No.", "Text")).widths(List.of(1, 6))
                                .rows(rows).build()))
                .build();
        Path pdf = dir.resolve("long.pdf");
        RenderResult fill = new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE).build()).render(d, pdf);
        assertThat(fill.warnings()).extracting(RenderWarning::code).containsExactly(RenderWarning.FIELD_NOT_FILLABLE);
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        String text = Docs.text(pdf);
        // a word wider than a line is broken where it must, possibly across a page (running heads in between)
        assertThat(Docs.squash(text).replaceAll("LongPage\\d+of\\d+", "")).contains(word + word);
        int pages = fill.pageCount();
        // the header row "No. Text" appears on every page the table spans
        assertThat(text.split("No\\.\\s*Text", -1).length - 1).isGreaterThan(pages / 2);
    }

    @Test
    void aTableOfTenThousandRowsRendersWithItsHeaderOnEveryPage() throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of("JS/" + i, "2026-05-01 10:00", "Fictional message " + i, Samples.HASH));
        }
        ReportDocument d = ReportDocument.builder().kind("core.test-big").title("Big schedule")
                .addSections(Section.of("Schedule", Table.builder().columns(List.of("Exhibit", "Time", "What", "SHA-256"))
                        .widths(List.of(2, 3, 4, 6)).monospaceColumns(List.of(3)).rows(rows).build()))
                .build();
        Path pdf = dir.resolve("big.pdf");
        RenderResult r = new PdfRenderer().render(d, pdf);
        String text = Docs.text(pdf);
        assertThat(text).contains("JS/9999", "Page " + r.pageCount() + " of " + r.pageCount());
        assertThat(text.split("Exhibit\\s*Time\\s*What\\s*SHA-256", -1).length - 1).isEqualTo(r.pageCount());
    }

    @Test
    void oneRendererServesTwoThreadsAndAFixedCreationTimeGivesTheSameBytes() throws Exception {
        PdfRenderer renderer = new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE)
                .creationTime(java.time.Instant.parse("2026-11-22T00:00:00Z")).build());
        String sequential = renderer.render(doc, dir.resolve("seq.pdf")).sha256();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<RenderResult>> results = pool.invokeAll(List.of(
                    () -> renderer.render(doc, dir.resolve("a.pdf")), () -> renderer.render(doc, dir.resolve("b.pdf"))));
            for (java.util.concurrent.Future<RenderResult> r : results) {
                assertThat(r.get().sha256()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("seq.pdf")));
    }

    static ReportDocument withExhibit(String ref) {
        return ReportDocument.builder().kind("core.test-exhibit").title("Exhibit")
                .addSections(Section.of("Exhibits", Paragraph.of("See below."),
                        ExhibitReference.builder().label("X/1").description("A fictional screenshot").imageRef(ref).build()))
                .build();
    }
}
