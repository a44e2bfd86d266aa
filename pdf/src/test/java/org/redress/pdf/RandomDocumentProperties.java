package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.redress.core.document.Block;
import org.redress.core.document.Declaration;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.ImmutableBulletList;
import org.redress.core.document.ImmutableField;
import org.redress.core.document.ImmutableParagraph;
import org.redress.core.document.ImmutableSignatureBlock;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Subheading;
import org.redress.core.document.Table;

/**
 * Random documents (random Unicode including control characters and scripts the fonts lack, empty sections,
 * 500-character words, tables of up to 10,000 rows) render without exceptions, flat or fillable, with every
 * embedded glyph intact, and a sample of them validates as PDF/A-3a and PDF/UA-1.
 */
class RandomDocumentProperties {

    private final AtomicInteger tries = new AtomicInteger();

    @Property(tries = 24)
    void randomDocumentsRenderAndValidate(@ForAll Random random) throws Exception {
        ReportDocument doc = document(random);
        boolean fillable = random.nextBoolean();
        Path dir = Files.createTempDirectory("redress-prop");
        Path pdf = dir.resolve("random.pdf");
        try {
            RenderResult r = new PdfRenderer(RenderOptions.builder()
                    .formMode(fillable ? FormMode.FILLABLE : FormMode.FLAT).build()).render(doc, pdf);
            assertThat(r.pageCount()).isPositive();
            assertThat(ReportPdf.readDocument(pdf)).isEqualTo(doc);
            FontSubsetTest.assertEmbeddedGlyphsAreTheOriginals(pdf);
            if (tries.incrementAndGet() % 4 == 1 && r.pageCount() <= 60) {
                assertThat(Vera.allFailures(pdf, true)).isEmpty();
            }
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
    }

    static ReportDocument document(Random r) {
        int[] keys = {0};
        org.redress.core.document.ImmutableReportDocument.Builder b = ReportDocument.builder().kind("core.random-test").title(nonBlank(r, 120))
                .language(r.nextBoolean() ? "en" : "el");
        if (r.nextBoolean()) {
            b.caseReference(text(r, 40));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addHeaderFields(field(r, keys));
        }
        for (int s = r.nextInt(4); s > 0; s--) {
            org.redress.core.document.ImmutableSection.Builder sb = Section.builder().newPage(r.nextInt(5) == 0);
            if (r.nextBoolean()) {
                sb.heading(text(r, 80));
            }
            for (int k = r.nextInt(6); k > 0; k--) {
                sb.addBlocks(block(r, keys));
            }
            b.addSections(sb.build());
        }
        return b.build();
    }

    private static Block block(Random r, int[] keys) {
        switch (r.nextInt(9)) {
            case 0:
                return ImmutableParagraph.builder().text(text(r, 600)).numbered(r.nextBoolean())
                        .origin(FactOrigin.values()[r.nextInt(FactOrigin.values().length)]).build();
            case 1:
                return Subheading.of(nonBlank(r, 100));
            case 2: {
                org.redress.core.document.ImmutableFieldGrid.Builder g = org.redress.core.document.ImmutableFieldGrid.builder();
                for (int i = r.nextInt(4); i >= 0; i--) {
                    g.addFields(field(r, keys));
                }
                return g.build();
            }
            case 3:
                return table(r);
            case 4: {
                List<String> items = new ArrayList<>();
                for (int i = r.nextInt(4); i >= 0; i--) {
                    items.add(text(r, 200));
                }
                return ImmutableBulletList.builder().items(items).ordered(r.nextBoolean()).build();
            }
            case 5:
                return ExhibitReference.builder().label(nonBlank(r, 10)).description(nonBlank(r, 300))
                        .sha256(Samples.HASH).build();
            case 6:
                return Declaration.of(nonBlank(r, 60), nonBlank(r, 800));
            case 7:
                return ImmutableSignatureBlock.builder().label(nonBlank(r, 40)).name(text(r, 40)).build();
            default:
                return Notice.of(NoticeLevel.values()[r.nextInt(3)], nonBlank(r, 300));
        }
    }

    private static Table table(Random r) {
        int cols = 1 + r.nextInt(4);
        int rows = r.nextInt(12) == 0 ? 10_000 : r.nextInt(40);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < cols; i++) {
            columns.add(text(r, 30));
        }
        List<List<String>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                row.add(rows > 100 ? "r" + i + "c" + c : text(r, 120));
            }
            data.add(row);
        }
        org.redress.core.document.ImmutableTable.Builder t = Table.builder().columns(columns).rows(data);
        if (r.nextBoolean()) {
            t.monospaceColumns(List.of(r.nextInt(cols)));
        }
        if (r.nextBoolean()) {
            t.caption(nonBlank(r, 50));
        }
        return t.build();
    }

    private static ImmutableField field(Random r, int[] keys) {
        ImmutableField.Builder f = ImmutableField.builder().key("f" + (keys[0]++) + (r.nextBoolean() ? ".x" : ""))
                .label(nonBlank(r, 60)).monospace(r.nextInt(4) == 0);
        if (r.nextInt(4) > 0) {
            f.value(text(r, 300));
        }
        return f.build();
    }

    private static String nonBlank(Random r, int max) {
        return "N" + text(r, max - 1);
    }

    /** Random text: words of Latin, Greek, Cyrillic, any BMP character, now and then a 500-character word. */
    static String text(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(max + 1);
        while (sb.length() < len) {
            switch (r.nextInt(10)) {
                case 0 -> {
                    if (max >= 500 && r.nextInt(4) == 0) {
                        sb.append("x".repeat(500));
                    } else {
                        sb.append(' ');
                    }
                }
                case 1 -> sb.append((char) (0x391 + r.nextInt(25)));
                case 2 -> sb.append((char) (0x410 + r.nextInt(64)));
                case 3 -> {
                    char c = (char) r.nextInt(0xD800);
                    sb.append(c);
                }
                case 4 -> sb.append('\n');
                case 5 -> sb.appendCodePoint(0x1F600 + r.nextInt(200));
                default -> sb.append((char) ('a' + r.nextInt(26))).append(r.nextInt(5) == 0 ? " " : "");
            }
        }
        return sb.length() > max ? sb.substring(0, max).replaceAll("[\uD800-\uDBFF]$", "") : sb.toString();
    }
}
