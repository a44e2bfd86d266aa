package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.redress.core.document.Block;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Table;

/**
 * Properties of the drawn layout over generated documents: every exhibit page carries its label, the case reference
 * and the hash; every word of the source that fits its column is extracted whole; every fillable field's text fits
 * its box by the font's metrics, with nothing left out.
 */
class LayoutProperties {

    private static final String[] WORDS = {"message", "account", "Exhibit", "instagram", "screenshot", "2026-04-03",
            "10:15", "reported", "platform", "fictional", "harassment", "threatening", "ev-0001", "uk.police",
            "collector-7", "a", "to", "of", "on", "extraordinarily", "incomprehensibilities", "\u00e9t\u00e9",
            "\u0391\u03b8\u03ae\u03bd\u03b1", "\u041c\u043e\u0441\u043a\u0432\u0430", "22:15", "RDX-2026-0042"};

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    @Property(tries = 6)
    void everyExhibitPageHoldsItsLabelCaseReferenceAndHash(@ForAll Random r) throws Exception {
        Path dir = Files.createTempDirectory("redress-exh");
        try {
            List<Block> blocks = new ArrayList<>();
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                if (r.nextBoolean()) {
                    blocks.add(Paragraph.of(words(r, 20 + r.nextInt(200))));
                }
                Path img = Samples.screenshot(dir, "shot-" + i + ".png", 300 + r.nextInt(900), 200 + r.nextInt(2400));
                blocks.add(ExhibitReference.builder().label("AB/" + (i + 1)).description(words(r, 5 + r.nextInt(250)))
                        .sha256(Samples.HASH).imageRef(img.toString()).build());
            }
            ReportDocument d = ReportDocument.builder().kind("core.test-exhibits").title("Exhibits")
                    .caseReference("RDX-2026-0042").addSections(Section.of("Exhibits", blocks.toArray(Block[]::new)))
                    .build();
            Path pdf = dir.resolve("exhibits.pdf");
            new PdfRenderer().render(d, pdf);
            try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
                for (int p = 1; p <= pd.getNumberOfPages(); p++) {
                    PDFTextStripper s = new PDFTextStripper();
                    s.setStartPage(p);
                    s.setEndPage(p);
                    String text = s.getText(pd);
                    boolean hasImage = pd.getPage(p - 1).getResources().getXObjectNames().iterator().hasNext();
                    if (hasImage) {
                        Matcher m = Pattern.compile("Exhibit (AB/\\d+)").matcher(text);
                        assertThat(m.find()).as("page %d names its exhibit", p).isTrue();
                        assertThat(text).as("page %d", p).contains("RDX-2026-0042");
                        assertThat(Docs.squash(text)).as("page %d", p).contains(Samples.HASH);
                    }
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Property(tries = 8)
    void everyWordThatFitsItsColumnIsExtractedWhole(@ForAll Random r) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        int n = 3 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            rows.add(List.of("2026-04-" + String.format("%02d", 1 + r.nextInt(28)), words(r, 1 + r.nextInt(3)),
                    words(r, 1 + r.nextInt(40))));
        }
        String para = words(r, 30 + r.nextInt(300));
        String value = words(r, 1 + r.nextInt(30));
        ReportDocument d = ReportDocument.builder().kind("core.test-words").title("Words")
                .addSections(Section.of("Text", Paragraph.numbered(para, FactOrigin.PERSONS_ACCOUNT),
                        FieldGrid.of(Field.of("what", "What happened", value)),
                        Table.builder().columns(List.of("Date", "Platform", "What happened"))
                                .widths(List.of(1, 1, 1)).rows(rows).build()))
                .build();
        Path dir = Files.createTempDirectory("redress-words");
        Path pdf = dir.resolve("words.pdf");
        try {
            new PdfRenderer().render(d, pdf);
            String text = Docs.text(pdf);
            List<String> extracted = List.of(text.split("\\s+"));
            StringBuilder source = new StringBuilder(para).append(' ').append(value);
            rows.forEach(row -> row.forEach(c -> source.append(' ').append(c)));
            // a word: a date whole, otherwise what lies between spaces and hyphens (lines may break after a hyphen)
            for (String token : source.toString().split(" ")) {
                for (String w : token.matches("\\d{4}-\\d{2}-\\d{2}") ? new String[] {token} : token.split("-")) {
                    assertThat(extracted).as("the word %s", w).anyMatch(e -> e.contains(w));
                }
            }
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
    }

    @Property(tries = 8)
    void everyFillableFieldsTextFitsItsBox(@ForAll Random r) throws Exception {
        List<Field> fields = new ArrayList<>();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            String v = r.nextInt(4) == 0 ? "" : words(r, 1 + r.nextInt(r.nextBoolean() ? 6 : 120));
            fields.add(v.isEmpty() ? org.redress.core.document.ImmutableField.builder().key("f" + i)
                    .label(words(r, 1 + r.nextInt(4))).build() : Field.of("f" + i, words(r, 1 + r.nextInt(4)), v));
        }
        ReportDocument d = ReportDocument.builder().kind("core.test-fields").title("Fields")
                .addSections(Section.of("Fields", FieldGrid.of(fields.toArray(Field[]::new)))).build();
        Path dir = Files.createTempDirectory("redress-fields");
        Path pdf = dir.resolve("fields.pdf");
        try {
            new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE).build()).render(d, pdf);
            assertFieldsFit(pdf);
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
    }

    @org.junit.jupiter.api.Test
    void placeholdersBecomeFieldsInTheFillableVariant() throws Exception {
        ReportDocument d = ReportDocument.builder().kind("core.test-placeholders").title("Placeholders")
                .addSections(Section.of("Terms", Paragraph.of("[Describe what happened.]"),
                        Paragraph.numbered("The respondent must not come within [distance to complete] of the"
                                + " applicant's home for [number] days.", FactOrigin.GENERATED)))
                .build();
        Path dir = Files.createTempDirectory("redress-blanks");
        Path pdf = dir.resolve("blanks.pdf");
        try {
            new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE).build()).render(d, pdf);
            try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
                List<String> hints = new ArrayList<>();
                for (PDField f : pd.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                    if (f instanceof PDTextField) {
                        hints.add(f.getAlternateFieldName());
                    }
                }
                assertThat(hints).contains("Describe what happened.",
                        "distance to complete, in: The respondent must not come within [distance to complete] of the"
                                + " applicant's home for [number] days.",
                        "number, in: \u2026to complete] of the applicant's home for [number] days.");
            }
            assertFieldsFit(pdf);
            assertThat(Vera.allFailures(pdf, true)).isEmpty();
            new PdfRenderer().render(d, pdf);
            try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
                assertThat(pd.getDocumentCatalog().getAcroForm(null)).isNull();
            }
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
    }

    @org.junit.jupiter.api.Test
    void placeholdersInListItemsAndTableCellsBecomeFieldsWhoseTypedTextFitsTheirWidgets() throws Exception {
        ReportDocument d = ReportDocument.builder().kind("core.test-placeholders").title("Placeholders")
                .addSections(Section.of("Terms",
                        org.redress.core.document.BulletList.lettered(List.of("harass the Applicant;",
                                "come within [distance to complete] of the Applicant's home;")),
                        Table.builder().columns(List.of("Term", "Duration")).rows(List.of(
                                List.of("Remove the posts", "[number] days"),
                                List.of("Account of events", "[Describe what happened.]"))).build(),
                        // what the court's heading of a draft order leaves open, and a choice between words
                        org.redress.core.document.BulletList.of(List.of("Claim no. [claim number] at [court].",
                                "Made [without notice / on notice].", "See [1] and [the note]."))))
                .build();
        Path dir = Files.createTempDirectory("redress-blanks");
        Path pdf = dir.resolve("blanks.pdf");
        Path typed = dir.resolve("typed.pdf");
        try {
            new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE).build()).render(d, pdf);
            List<String> hints = new ArrayList<>();
            try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
                for (PDField f : pd.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                    if (f instanceof PDTextField t) {
                        hints.add(t.getAlternateFieldName());
                        // what a person types in place of a placeholder within a line: PDFBox draws it with the
                        // field's own default appearance, as a viewer would (a field below a text that is only a
                        // placeholder is multiline and scrolls)
                        if (!t.isMultiline()) {
                            t.setValue(t.getAlternateFieldName().replaceFirst(", in: .*", "").replaceFirst("^.*: ", ""));
                        }
                    }
                }
                pd.save(typed.toFile());
            }
            assertThat(hints).containsExactlyInAnyOrder(
                    "distance to complete, in: come within [distance to complete] of the Applicant's home;",
                    "Duration: number, in: [number] days", "Duration: Describe what happened.",
                    "claim number, in: Claim no. [claim number] at [court].",
                    "court, in: Claim no. [claim number] at [court].",
                    "without notice / on notice, in: Made [without notice / on notice].");
            assertFieldsFit(pdf);
            assertFieldsFit(typed);
            assertThat(Vera.allFailures(pdf, true)).isEmpty();
        } finally {
            Files.deleteIfExists(typed);
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Checks every text field's normal appearance by the font's metrics: each line's advance fits the box's width,
     * its ascent and descent fit the box's height, and the lines together hold every word of the value.
     */
    static void assertFieldsFit(Path pdf) throws Exception {
        try (PDDocument pd = Loader.loadPDF(pdf.toFile())) {
            for (PDField f : pd.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                if (!(f instanceof PDTextField t)) {
                    continue;
                }
                PDAppearanceStream ap = t.getWidgets().get(0).getNormalAppearanceStream();
                assertThat(ap).as("appearance of %s", t.getFullyQualifiedName()).isNotNull();
                float w = ap.getBBox().getWidth();
                float h = ap.getBBox().getHeight();
                // a line typed into the field, in its default appearance's font and size, fits its height
                Matcher da = Pattern.compile("/(\\S+)\\s+([\\d.]+)\\s+Tf").matcher(t.getDefaultAppearance());
                assertThat(da.find()).as("default appearance of %s", t.getFullyQualifiedName()).isTrue();
                PDFont daFont = pd.getDocumentCatalog().getAcroForm(null).getDefaultResources()
                        .getFont(COSName.getPDFName(da.group(1)));
                float daSize = Float.parseFloat(da.group(2));
                float daHeight = (daFont.getFontDescriptor().getAscent() - daFont.getFontDescriptor().getDescent())
                        / 1000f * daSize;
                assertThat(daHeight).as("a typed line of %s", t.getFullyQualifiedName()).isLessThanOrEqualTo(h);
                PDFont font = null;
                float size = 0;
                float x = 0;
                float y = 0;
                StringBuilder shown = new StringBuilder();
                List<Object> operands = new ArrayList<>();
                PDFStreamParser parser = new PDFStreamParser(ap);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (!(token instanceof Operator op)) {
                        operands.add(token);
                        continue;
                    }
                    switch (op.getName()) {
                        case "Tf" -> {
                            font = ap.getResources().getFont((COSName) operands.get(0));
                            size = ((COSNumber) operands.get(1)).floatValue();
                        }
                        case "Td" -> {
                            x = ((COSNumber) operands.get(0)).floatValue();
                            y = ((COSNumber) operands.get(1)).floatValue();
                        }
                        case "Tj" -> {
                            COSString str = (COSString) operands.get(0);
                            String text = decode(font, str);
                            float advance = font.getStringWidth(text) / 1000f * size;
                            String what = t.getFullyQualifiedName() + " line \"" + text + "\"";
                            assertThat(x + advance).as(what + " width").isLessThanOrEqualTo(w - 1);
                            float ascent = font.getFontDescriptor().getAscent() / 1000f * size;
                            float descent = -font.getFontDescriptor().getDescent() / 1000f * size;
                            assertThat(y + ascent).as(what + " top").isLessThanOrEqualTo(h);
                            assertThat(y - descent).as(what + " bottom").isGreaterThanOrEqualTo(0f);
                            shown.append(text).append(' ');
                        }
                        default -> {
                        }
                    }
                    operands.clear();
                }
                String value = t.getValue().replace("\u00AD", "");
                assertThat(Docs.squash(shown.toString()).replace("-", ""))
                        .as("text shown in %s", t.getFullyQualifiedName())
                        .isEqualTo(Docs.squash(value).replace("-", ""));
            }
        }
    }

    private static String decode(PDFont font, COSString s) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        java.io.InputStream in = new java.io.ByteArrayInputStream(s.getBytes());
        while (in.available() > 0) {
            int code = font.readCode(in);
            String u = font.toUnicode(code);
            sb.append(u == null ? "?" : u);
        }
        return sb.toString();
    }

}
