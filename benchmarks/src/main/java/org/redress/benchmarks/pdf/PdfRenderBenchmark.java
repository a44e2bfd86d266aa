package org.redress.benchmarks.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.Table;
import org.redress.pdf.PdfRenderer;

/**
 * Renders an evidence schedule of 1,000 exhibits and a harassment log of 300 incidents with {@link PdfRenderer}
 * (tagged PDF/A-3a, JSON embedded) and, as the baseline, draws the same strings with bare PDFBox and the same
 * DejaVu fonts (greedy word wrap, no tagging, no metadata). Run with two thread counts for scaling. See
 * docs/pdf-performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PdfRenderBenchmark {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String FONTS = "redress-fonts/";

    /** Which document. */
    @Param({"evidence-schedule-1000", "harassment-log-300", "statement-8-pages", "statement-8-pages-no-count"})
    public String document;

    private ReportDocument doc;
    private List<String> strings;
    private final PdfRenderer renderer = new PdfRenderer();
    private byte[] serif;
    private byte[] mono;

    /** Builds the fictional document and the list of its strings. */
    @Setup
    public void setUp() throws IOException {
        doc = document.startsWith("evidence") ? evidenceSchedule(1000)
                : document.startsWith("statement") ? statement(36, !document.endsWith("no-count"))
                : harassmentLog(300);
        strings = strings(doc);
        serif = font("DejaVuSans.ttf");
        mono = font("DejaVuSansMono.ttf");
    }

    private static byte[] font(String name) throws IOException {
        try (InputStream in = PdfRenderBenchmark.class.getClassLoader().getResourceAsStream(FONTS + name)) {
            return in.readAllBytes();
        }
    }

    /** Our renderer. */
    @Benchmark
    public long redress() throws IOException {
        return renderer.render(doc, OutputStream.nullOutputStream()).size();
    }

    /** The same strings drawn with bare PDFBox, same fonts, greedy wrapping. */
    @Benchmark
    public long barePdfbox() throws IOException {
        try (PDDocument pd = new PDDocument()) {
            PDType0Font font = PDType0Font.load(pd, new org.apache.pdfbox.io.RandomAccessReadBuffer(serif), true, false);
            PDType0Font hashFont = PDType0Font.load(pd, new org.apache.pdfbox.io.RandomAccessReadBuffer(mono), true, false);
            float size = 9.5f;
            float width = 467f;
            PDPageContentStream cs = null;
            float y = 0;
            for (String s : strings) {
                PDType0Font f = s.length() == 64 ? hashFont : font;
                for (String line : wrap(s, f, size, width)) {
                    if (cs == null || y < 60) {
                        if (cs != null) {
                            cs.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        pd.addPage(page);
                        cs = new PDPageContentStream(pd, page);
                        y = 780;
                    }
                    cs.beginText();
                    cs.setFont(f, size);
                    cs.newLineAtOffset(64, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 12.5f;
                }
            }
            if (cs != null) {
                cs.close();
            }
            CountingStream out = new CountingStream();
            pd.save(out);
            return out.count;
        }
    }

    private static List<String> wrap(String s, PDType0Font f, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && f.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** A schedule table of n exhibits, then one exhibit block each (no images). */
    static ReportDocument evidenceSchedule(int n) {
        List<List<String>> rows = new ArrayList<>();
        List<org.redress.core.document.Block> blocks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String desc = "Screenshot of a fictional direct message number " + i + " sent by a fictional account";
            rows.add(List.of("JS/" + i, "2026-03-" + (i % 28 + 1) + " 21:" + (10 + i % 50), desc, HASH));
            blocks.add(ExhibitReference.builder().label("JS/" + i).description(desc).evidenceId("ev-" + i)
                    .sha256(HASH).build());
        }
        return ReportDocument.builder().kind("core.evidence-schedule").title("Evidence schedule (fictional)")
                .caseReference("RDX-BENCH-1").addHeaderFields(Field.of("case.ref", "Case reference", "RDX-BENCH-1"))
                .addSections(Section.of("Schedule", Table.builder().columns(List.of("Exhibit", "Captured", "Description", "SHA-256"))
                        .widths(List.of(10, 16, 40, 34)).monospaceColumns(List.of(3)).rows(rows).build()))
                .addSections(Section.builder().heading("Exhibits").addAllBlocks(blocks).build())
                .build();
    }

    /** A log table of n incidents, then one numbered paragraph each. */
    static ReportDocument harassmentLog(int n) {
        List<List<String>> rows = new ArrayList<>();
        List<org.redress.core.document.Block> blocks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String what = "Incident " + i + ": the fictional account posted a message about me that named my "
                    + "workplace and repeated the same false claim, and several other fictional accounts shared it "
                    + "within the hour. I reported it to the platform the same day.";
            rows.add(List.of("2026-04-" + (i % 28 + 1), "Example Social", what));
            blocks.add(Paragraph.numbered(what, FactOrigin.PERSONS_ACCOUNT));
        }
        return ReportDocument.builder().kind("core.harassment-log").title("Harassment log (fictional)")
                .caseReference("RDX-BENCH-2")
                .addSections(Section.of("Log", Table.builder().columns(List.of("Date", "Platform", "What happened"))
                        .widths(List.of(14, 16, 70)).rows(rows).build()))
                .addSections(Section.builder().heading("Account").addAllBlocks(blocks).build())
                .build();
    }

    /**
     * A witness statement of n numbered paragraphs (about eight pages for 36) whose declaration states its page
     * count ({@link ReportDocument#PAGE_COUNT}, laid out once more to count the pages) or, for comparison, does not.
     */
    static ReportDocument statement(int n, boolean pageCount) {
        List<org.redress.core.document.Block> blocks = new ArrayList<>();
        blocks.add(org.redress.core.document.Declaration.of("Declaration", "This statement (consisting of "
                + (pageCount ? ReportDocument.PAGE_COUNT : "8") + " page(s) each signed by me) is true to the best "
                + "of my knowledge and belief."));
        for (int i = 1; i <= n; i++) {
            blocks.add(Paragraph.numbered("On a fictional evening the account example_handle_" + i + " sent me a "
                    + "message that repeated the same false claim about my workplace, and asked others to share it. "
                    + "I took a screenshot, which I produce as exhibit JS/" + i + ", and reported the message to the "
                    + "platform the next morning. The account was not removed, and a new message arrived within "
                    + "the hour, again naming the street where I work and the times I arrive and leave.",
                    FactOrigin.PERSONS_ACCOUNT));
        }
        return ReportDocument.builder().kind("uk.mg11").title("Witness statement (fictional)")
                .caseReference("RDX-BENCH-3")
                .pageFooter("Signature: ____________    Signature witnessed by: ____________")
                .addSections(Section.builder().heading("Statement").addAllBlocks(blocks).build())
                .build();
    }

    /** Every string the document shows, in order (what the baseline draws). */
    static List<String> strings(ReportDocument d) {
        List<String> out = new ArrayList<>();
        out.add(d.title());
        d.headerFields().forEach(f -> {
            out.add(f.label());
            f.value().ifPresent(out::add);
        });
        for (Section s : d.sections()) {
            s.heading().ifPresent(out::add);
            for (org.redress.core.document.Block b : s.blocks()) {
                if (b instanceof Table t) {
                    out.addAll(t.columns());
                    t.rows().forEach(out::addAll);
                } else if (b instanceof ExhibitReference e) {
                    out.add("Exhibit " + e.label());
                    out.add(e.description());
                    e.evidenceId().ifPresent(out::add);
                    e.sha256().ifPresent(out::add);
                } else if (b instanceof Paragraph p) {
                    out.add(p.text());
                } else if (b instanceof org.redress.core.document.Declaration x) {
                    out.add(x.title());
                    out.add(x.text().replace(ReportDocument.PAGE_COUNT, "8"));
                }
            }
        }
        return out;
    }
}
