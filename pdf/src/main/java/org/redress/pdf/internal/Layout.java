package org.redress.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.Attachment;
import org.redress.core.document.Block;
import org.redress.core.document.BulletList;
import org.redress.core.document.Declaration;
import org.redress.core.document.ExhibitReference;
import org.redress.core.document.FactOrigin;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.MissingItem;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;
import org.redress.core.document.SignatureBlock;
import org.redress.core.document.Subheading;
import org.redress.core.document.Table;
import org.redress.pdf.FormMode;
import org.redress.pdf.RenderOptions;
import org.redress.pdf.RenderWarning;
import org.redress.pdf.internal.Items.Item;
import org.redress.pdf.internal.Items.Line;

/**
 * Lays out and draws the body of a document, block by block, in the house style (see docs/pdf.md), building the
 * structure tree as it goes. One instance per render.
 */
final class Layout implements Block.Visitor<Void> {

    private static final float PT_PER_PIXEL = 0.75f;

    private final ReportDocument doc;
    private final RenderOptions options;
    private final PDDocument pd;
    private final Canvas c;
    private final Style st;
    private final Tagger tagger;
    private final Shaper shaper;
    private final Warnings warnings;
    private final Forms forms;
    private final List<String> embeddedAttachments;

    private int number;
    private PDStructureElement sect;
    private boolean sectionHasHeading;
    private String pointer = "";

    Layout(ReportDocument doc, RenderOptions options, PDDocument pd, Canvas c, Shaper shaper, Warnings warnings,
           Forms forms, List<String> embeddedAttachments) {
        this.doc = doc;
        this.options = options;
        this.pd = pd;
        this.c = c;
        this.st = c.style;
        this.tagger = c.tagger;
        this.shaper = shaper;
        this.warnings = warnings;
        this.forms = options.formMode() == FormMode.FILLABLE ? forms : null;
        this.embeddedAttachments = embeddedAttachments;
    }

    /** Draws the whole body. */
    void render() throws IOException {
        try {
            c.newPage();
            title();
            sect = tagger.document();
            fieldGrid(doc.headerFields(), "/headerFields", tagger.document());
            boolean empty = doc.headerFields().isEmpty();
            for (int i = 0; i < doc.sections().size(); i++) {
                Section s = doc.sections().get(i);
                empty &= s.blocks().isEmpty() && s.heading().isEmpty();
                section(s, i);
            }
            if (empty && (doc.missing().isEmpty() || !doc.showsNotesForPerson())) {
                warnings.add(RenderWarning.EMPTY_DOCUMENT, "", "the document has no content beyond its title", null);
                pointer = "";
                sect = tagger.document();
                notice(Notice.of(NoticeLevel.INFO, "This document has no content."));
            }
            missing();
            withheld();
            attachments();
            keep(0);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    // ---------------------------------------------------------------- document parts

    private void title() throws IOException {
        PDStructureElement h1 = tagger.element("H1", tagger.document());
        flow(Items.lines(shape(doc.title(), Face.BOLD, "/title"), st.width(), Style.TITLE_SIZE,
                Style.TITLE_SIZE * 1.3f, 0, Style.BLACK, h1, true));
        if (doc.subtitle().isPresent()) {
            PDStructureElement p = tagger.element("P", tagger.document());
            flow(Items.lines(shape(doc.subtitle().get(), Face.OBLIQUE, "/subtitle"), st.width(), Style.SUBTITLE_SIZE,
                    Style.SUBTITLE_SIZE * 1.35f, 0, Style.BLACK, p, true));
        }
        List<String> meta = new ArrayList<>();
        doc.caseReference().ifPresent(r -> meta.add("Case reference: " + r));
        doc.preparedOn().ifPresent(d -> meta.add("Prepared on: " + d));
        if (!meta.isEmpty()) {
            PDStructureElement p = tagger.element("P", tagger.document());
            flow(List.of(new Items.Gap(3)));
            flow(Items.lines(shape(String.join("    ", meta), Face.REGULAR, "/caseReference"), st.width(), Style.SMALL_SIZE,
                    Style.SMALL_LEADING, 0, Style.GREY_TEXT, p, true));
        }
        flow(List.of(new Items.Gap(4), new Items.Rule(4, 0, st.width(), 1.2f), new Items.Gap(10)));
    }

    private void section(Section s, int index) throws IOException {
        keep(0);
        sect = tagger.element("Sect", tagger.document());
        if (s.newPage() && c.y < st.bodyTop) {
            c.newPage();
        }
        sectionHasHeading = s.heading().isPresent();
        pointer = "/sections/" + index;
        if (sectionHasHeading) {
            heading(s.heading().get(), "H2", Style.HEADING_SIZE, true);
        }
        for (int j = 0; j < s.blocks().size(); j++) {
            pointer = "/sections/" + index + "/blocks/" + j;
            s.blocks().get(j).accept(this);
        }
    }

    /** A heading waiting to be drawn with the start of what follows it (keep with next). */
    private List<Item> pending;

    /**
     * Draws the pending heading, if any, on the page where the next {@code next} points of what follows it also
     * fit, so a heading never stands alone at the foot of a page.
     */
    private void keep(float next) throws IOException {
        if (pending == null) {
            return;
        }
        List<Item> h = pending;
        pending = null;
        float hh = Items.height(h, 0, h.size());
        c.ensure(hh + Math.min(next, st.bodyHeight() - hh));
        flow(h);
    }

    private void heading(String text, String type, float size, boolean rule) throws IOException {
        keep(0);
        PDStructureElement h = tagger.element(type, sect);
        List<Item> items = new ArrayList<>();
        items.add(new Items.Gap(size * 0.6f));
        items.addAll(Items.lines(shape(text, Face.BOLD), st.width(), size, size * 1.35f, 0, Style.BLACK, h,
                false));
        if (rule) {
            items.add(new Items.Rule(5, 0, st.width(), 0.5f));
        }
        items.add(new Items.Gap(3));
        pending = items;
    }

    /** What is still missing: shown to the person; in a document for anyone else it is in the companion. */
    private void missing() throws IOException {
        if (doc.missing().isEmpty() || !doc.showsNotesForPerson()) {
            return;
        }
        sect = tagger.element("Sect", tagger.document());
        pointer = "/missing";
        sectionHasHeading = true;
        heading("Still missing", "H2", Style.HEADING_SIZE, true);
        List<String> texts = new ArrayList<>();
        for (MissingItem m : doc.missing()) {
            texts.add(m.description());
        }
        PDStructureElement div = tagger.element("Div", sect);
        List<Item> items = new ArrayList<>();
        PDStructureElement p = tagger.element("P", div);
        items.addAll(Items.lines(shape("This document is not complete. The case still lacks:", Face.BOLD),
                boxInner(), Style.SMALL_SIZE, Style.SMALL_LEADING, 0, Style.BLACK, p, false));
        items.add(new Items.Gap(3));
        items.addAll(listItems(texts, null, div, boxInner()));
        box(items, null, 0, Style.SHADE_WARM, Style.WARNING);
    }

    /** What was withheld from this copy: told to the person only, never printed in what others receive. */
    private void withheld() throws IOException {
        if (doc.withheldFields().isEmpty() || !doc.showsNotesForPerson()) {
            return;
        }
        pointer = "/withheldFields";
        sect = tagger.document();
        notice(Notice.of(NoticeLevel.INFO,
                "Withheld from this copy: " + String.join(", ", doc.withheldFields()) + "."));
    }

    private void attachments() throws IOException {
        if (doc.attachments().isEmpty()) {
            return;
        }
        sect = tagger.element("Sect", tagger.document());
        pointer = "/attachments";
        sectionHasHeading = true;
        heading("Attachments", "H2", Style.HEADING_SIZE, true);
        List<String> texts = new ArrayList<>();
        for (Attachment a : doc.attachments()) {
            texts.add(a.name() + " (" + a.mediaType() + ")" + a.description().map(d -> ": " + d).orElse("")
                    + (embeddedAttachments.contains(a.name()) ? ". Embedded in this PDF." : ". Not embedded."));
        }
        List<Item> items = listItems(texts, null, sect, st.width());
        keep(Items.height(items, 0, Math.min(2, items.size())));
        flow(items);
    }

    // ---------------------------------------------------------------- blocks

    @Override
    public Void paragraph(Paragraph p) {
        return run(() -> {
            boolean verbatim = p.origin() == FactOrigin.VERBATIM;
            PDStructureElement e = tagger.element("P", sect);
            float indent = p.numbered() || verbatim ? Style.NUMBER_INDENT : 0;
            float width = st.width() - indent - (verbatim ? Style.NUMBER_INDENT : 0);
            Shaped s = shape(p.text(), verbatim ? Face.OBLIQUE : Face.REGULAR);
            List<Item> items = Items.lines(s, width, Style.BODY_SIZE, Style.BODY_LEADING, indent, Style.BLACK, e,
                    false);
            keep(Items.height(items, 0, Math.min(3, items.size())));
            if (p.numbered()) {
                Line first = (Line) items.get(0);
                first.label = shape((++number) + ".", Face.REGULAR);
                first.labelElem = e;
            }
            if (forms != null) {
                items = placeholderFields(s, items, e, width, null);
            }
            flow(items);
            gap(Style.PARAGRAPH_GAP);
        });
    }

    @Override
    public Void subheading(Subheading s) {
        return run(() -> heading(s.text(), sectionHasHeading ? "H3" : "H2", Style.SUBHEADING_SIZE, false));
    }

    @Override
    public Void fields(FieldGrid f) {
        return run(() -> fieldGrid(f.fields(), pointer + "/fields", sect));
    }

    @Override
    public Void table(Table t) {
        return run(() -> table(t, sect));
    }

    @Override
    public Void list(BulletList l) {
        return run(() -> {
            PDStructureElement list = tagger.element("L", sect);
            // an ordered list after numbered paragraphs holds the sub-clauses of the one before it: (a), (b) stand
            // under its text, not beside the paragraph numbers
            float indent = l.ordered() && number > 0 ? Style.NUMBER_INDENT : 0;
            List<Item> items = listItems(l.items(), l.ordered() ? l.numbering() : null, list,
                    st.width() - indent, true);
            if (indent > 0) {
                items = indented(items, indent);
            }
            keep(Items.height(items, 0, Math.min(2, items.size())));
            flow(items);
            gap(Style.PARAGRAPH_GAP);
        });
    }

    @Override
    public Void exhibit(ExhibitReference e) {
        return run(() -> exhibitBox(e));
    }

    @Override
    public Void declaration(Declaration d) {
        return run(() -> {
            PDStructureElement div = tagger.element("Div", sect);
            List<Item> items = new ArrayList<>();
            items.addAll(Items.lines(shape(d.title(), Face.BOLD), boxInner(), Style.BODY_SIZE,
                    Style.BODY_LEADING, 0, Style.BLACK, tagger.element("P", div), false));
            items.add(new Items.Gap(3));
            items.addAll(Items.lines(shape(d.text(), Face.REGULAR), boxInner(), Style.BODY_SIZE,
                    Style.BODY_LEADING, 0, Style.BLACK, tagger.element("P", div), false));
            box(items, Style.BLACK, 1f, null, null);
        });
    }

    @Override
    public Void signature(SignatureBlock s) {
        return run(() -> {
            PDStructureElement div = tagger.element("Div", sect);
            List<Item> items = new ArrayList<>();
            items.add(new Items.Gap(6));
            items.addAll(Items.lines(shape(s.label(), Face.BOLD), st.width(), Style.BODY_SIZE,
                    Style.BODY_LEADING, 0, Style.BLACK, tagger.element("P", div), false));
            items.add(new Items.Gap(22));
            items.add(new Items.Rule(4, 0, Math.min(240f, st.width()), 0.75f));
            String name = "Name: " + s.name().orElse("______________________");
            items.addAll(small(name, tagger.element("P", div)));
            s.capacity().ifPresent(cap -> items.addAll(small("Capacity: " + cap, tagger.element("P", div))));
            items.addAll(small("Date: " + s.date().map(Object::toString).orElse("______________"),
                    tagger.element("P", div)));
            items.add(new Items.Gap(Style.PARAGRAPH_GAP));
            float h = Items.height(items, 0, items.size());
            keep(Math.min(h, st.bodyHeight() * 0.5f));
            if (h <= st.bodyHeight()) {
                c.ensure(h);
            }
            flow(items);
        });
    }

    @Override
    public Void notice(Notice n) {
        return run(() -> {
            float[] color = n.level() == NoticeLevel.WARNING ? Style.WARNING
                    : n.level() == NoticeLevel.IMPORTANT ? Style.IMPORTANT : Style.RULE;
            String label = n.level() == NoticeLevel.WARNING ? "WARNING"
                    : n.level() == NoticeLevel.IMPORTANT ? "IMPORTANT" : "NOTE";
            PDStructureElement div = tagger.element("Div", sect);
            List<Item> items = new ArrayList<>();
            items.addAll(Items.lines(shape(label, Face.BOLD), boxInner(), Style.SMALL_SIZE,
                    Style.SMALL_LEADING, 0, n.level() == NoticeLevel.WARNING ? Style.WARNING : Style.BLACK,
                    tagger.element("P", div), false));
            items.addAll(Items.lines(shape(n.text(), Face.REGULAR), boxInner(), Style.BODY_SIZE,
                    Style.BODY_LEADING, 0, Style.BLACK, tagger.element("P", div), false));
            box(items, null, 0, n.level() == NoticeLevel.WARNING ? Style.SHADE_WARM : Style.SHADE, color);
        });
    }

    // ---------------------------------------------------------------- fields and tables

    private void fieldGrid(List<Field> fields, String at, PDStructureElement parent) throws IOException {
        if (fields.isEmpty()) {
            return;
        }
        keep(2 * Style.VALUE_LEADING + 2 * Style.CELL_PAD + 16);
        PDStructureElement table = tagger.element("Table", parent);
        // the label column as wide as its longest label needs, up to a third, and never narrower than a word
        float labelMin = 0;
        float labelMax = 0;
        for (int i = 0; i < fields.size(); i++) {
            Shaped l = shape(fields.get(i).label(), Face.BOLD, at + "/" + i);
            labelMin = Math.max(labelMin, l.minWidth(Style.SMALL_SIZE));
            labelMax = Math.max(labelMax, l.maxWidth(Style.SMALL_SIZE));
        }
        float labelW = Math.min(st.width() * 0.5f, Math.max(labelMin, Math.min(labelMax, st.width() * 0.34f)))
                + 2 * Style.CELL_PAD;
        float[] colW = {labelW, st.width() - labelW};
        float[] colX = {st.left, st.left + colW[0]};
        Grid grid = new Grid(c, colX, colW, null);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String fieldPointer = at + "/" + i;
            PDStructureElement tr = tagger.element("TR", table);
            PDStructureElement th = header(tagger.element("TH", tr), PDTableAttributeObject.SCOPE_ROW);
            PDStructureElement td = tagger.element("TD", tr);
            List<Item> label = Items.lines(shape(f.label(), Face.BOLD, fieldPointer), colW[0] - 2 * Style.CELL_PAD,
                    Style.SMALL_SIZE, Style.SMALL_LEADING, 0, Style.BLACK, th, false);
            grid.row(List.of(new Grid.Cell(label, Style.SHADE), new Grid.Cell(value(f, fieldPointer, colW[1], td), null)));
        }
        gap(Style.PARAGRAPH_GAP + 2);
    }

    private List<Item> value(Field f, String at, float cellWidth, PDStructureElement td) {
        float inner = cellWidth - 2 * Style.CELL_PAD;
        boolean mono = f.monospace() && forms == null;
        Face face = mono ? Face.MONO : Face.REGULAR;
        float size = mono ? Style.MONO_SIZE - 1 : Style.VALUE_SIZE;
        float leading = mono ? Style.MONO_LEADING - 1 : Style.VALUE_LEADING;
        Shaped s = shape(f.value().orElse(""), face, at);
        List<Item> lines = Items.lines(s, inner, size, leading, 0, Style.BLACK, td, false);
        if (forms != null) {
            // the field's own appearance draws these same lines, Forms.PAD inside its border
            float h = Math.max(Items.height(lines, 0, lines.size()) + 2 * Forms.PAD, 16f);
            if (h > st.bodyHeight() * 0.7f || !s.allIn(face) || s.bidi) {
                warnings.add(RenderWarning.FIELD_NOT_FILLABLE, at, h > st.bodyHeight() * 0.7f
                        ? "the value is too long for one form field on one page and was printed instead"
                        : "the value has characters the form font cannot show and was printed instead", null);
            } else {
                String value = s.text(0, s.length);
                boolean multiline = lines.size() > 1;
                int[] ranges = s.lines(inner, size);
                return List.of(new Item(h) {
                    @Override
                    void draw(Canvas canvas, float x, float top) throws IOException {
                        PDStructureElement form = tagger.element("Form", td);
                        forms.textField(f.key(), f.label(), value, multiline, canvas.page,
                                new PDRectangle(x - Forms.PAD, top - height, inner + 2 * Forms.PAD, height), form,
                                s, ranges, size, leading);
                    }
                });
            }
        }
        if (f.value().isEmpty()) {
            return List.of(new Items.Gap(18f));
        }
        return lines;
    }

    /**
     * Placeholders a person (or the court) completes: {@code [Describe what happened.]}, {@code [number]},
     * {@code [distance to complete]}, {@code [court]}, {@code [claim number]}, and a choice between words
     * ({@code [without notice / on notice]}).
     */
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "\\[(?:(?i:describe|number|distance|date|time|name|address|enter|insert|add|give|list|state|amount"
                    + "|details?|explain|reference|place|court|claim|judge)\\b[^\\[\\]\\n]{0,120}"
                    + "|[^\\[\\]\\n]{1,120}\\bto complete"
                    + "|[^\\[\\]\\n/]{1,60} / [^\\[\\]\\n]{1,60})\\]");

    private int placeholders;

    /**
     * In the fillable variant, puts an empty form field over each placeholder of a text laid out as {@code items}
     * (the lines of a paragraph, a list item or a table cell; one field per line a placeholder spans, as high as
     * the line, typed text in the line's size); a text that is only a placeholder gets a field of four lines below
     * it. Each field's accessible name (TU) is the placeholder's words, after {@code context} (a column heading)
     * when there is one.
     */
    private List<Item> placeholderFields(Shaped s, List<Item> items, PDStructureElement e, float width,
                                         String context) {
        if (s.bidi) {
            // lines reordered for display: a placeholder is not where its logical offsets say (see docs/pdf.md)
            return items;
        }
        String text = s.text(0, s.length);
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {text.codePointCount(0, m.start()), text.codePointCount(0, m.end())});
        }
        if (spans.isEmpty()) {
            return items;
        }
        boolean whole = spans.size() == 1 && PLACEHOLDER.matcher(text.strip()).matches();
        List<Item> out = new ArrayList<>(items.size() + 1);
        for (Item item : items) {
            Line line = (Line) item;
            List<float[]> rects = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int[] sp : spans) {
                int a = Math.max(line.from, sp[0]);
                int b = Math.min(line.to, sp[1]);
                if (a < b) {
                    rects.add(new float[] {line.dx + s.width(line.from, a, line.size), s.width(a, b, line.size)});
                    labels.add(accessibleName(context, s.text(sp[0] + 1, sp[1] - 1), s, sp));
                }
            }
            if (rects.isEmpty() || whole) {
                out.add(item);
                continue;
            }
            out.add(new Item(item.height) {
                @Override
                void draw(Canvas canvas, float x, float top) throws IOException {
                    line.draw(canvas, x, top);
                    for (int i = 0; i < rects.size(); i++) {
                        float[] r = rects.get(i);
                        forms.blankField("redress-blank-" + (++placeholders), labels.get(i), false, canvas.page,
                                new PDRectangle(x + r[0] - 1, top - height, r[1] + 2, height),
                                tagger.element("Form", e), line.size);
                    }
                }
            });
        }
        if (whole) {
            String label = accessibleName(context, s.text(spans.get(0)[0] + 1, spans.get(0)[1] - 1));
            Line first = (Line) items.get(0);
            float h = 4 * first.height;
            float indent = first.dx;
            out.add(new Item(h) {
                @Override
                void draw(Canvas canvas, float x, float top) throws IOException {
                    forms.blankField("redress-blank-" + (++placeholders), label, true, canvas.page,
                            new PDRectangle(x + indent - 2, top - h, width + 4, h), tagger.element("Form", e),
                            first.size);
                    canvas.frame(x + indent - 2, top, width + 4, h, 0.5f, Style.RULE);
                }
            });
        }
        return out;
    }

    private static String accessibleName(String context, String placeholder) {
        return context == null || context.isBlank() ? placeholder : context + ": " + placeholder;
    }

    /**
     * A placeholder within a text is named with the words around it, so that "number" reads as "number, in: within
     * [number] days, remove or cause...".
     */
    private static String accessibleName(String context, String placeholder, Shaped s, int[] span) {
        String name = accessibleName(context, placeholder);
        String text = s.text(0, s.length);
        int from = text.offsetByCodePoints(0, span[0]);
        int to = text.offsetByCodePoints(0, span[1]);
        int a = Math.max(0, from - 40);
        int b = Math.min(text.length(), to + 40);
        while (a > 0 && !Character.isWhitespace(text.charAt(a - 1))) {
            a--;
        }
        while (b < text.length() && !Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        String around = text.substring(a, b).replaceAll("\\s+", " ").strip();
        if (around.equals(text.substring(from, to))) {
            return name;
        }
        return name + ", in: " + (a > 0 ? "\u2026" : "") + around + (b < text.length() ? "\u2026" : "");
    }

    private PDStructureElement header(PDStructureElement th, String scope) {
        if (th != null) {
            PDTableAttributeObject a = new PDTableAttributeObject();
            a.setScope(scope);
            th.addAttribute(a);
        }
        return th;
    }

    private void table(Table t, PDStructureElement parent) throws IOException {
        int n = t.columns().size();
        float[] colW = columnWidths(t);
        float[] colX = new float[n];
        float x = st.left;
        for (int i = 0; i < n; i++) {
            colX[i] = x;
            x += colW[i];
        }
        boolean[] mono = new boolean[n];
        t.monospaceColumns().forEach(i -> mono[i] = true);
        PDStructureElement table = tagger.element("Table", parent);
        List<Item> caption = t.caption().map(cap -> Items.lines(shape(cap, Face.BOLD), st.width(),
                Style.SMALL_SIZE + 0.5f, Style.SMALL_LEADING + 2, 0, Style.BLACK, tagger.element("Caption", table),
                false)).orElse(List.of());
        List<Shaped> heads = new ArrayList<>();
        for (String col : t.columns()) {
            heads.add(shape(col, Face.BOLD, pointer + "/columns"));
        }
        List<Grid.Cell> repeat = headerCells(heads, colW, null);
        Grid grid = new Grid(c, colX, colW, () -> repeat);
        float firstRow = t.rows().isEmpty() ? 0 : 3 * Style.SMALL_LEADING + 2 * Style.CELL_PAD;
        keep(Items.height(caption, 0, caption.size()) + Grid.rowHeight(repeat) + firstRow);
        c.ensure(Items.height(caption, 0, caption.size()) + Grid.rowHeight(repeat) + firstRow);
        flow(caption);
        PDStructureElement thead = tagger.element("THead", table);
        PDStructureElement headRow = tagger.element("TR", thead);
        grid.draw(headerCells(heads, colW, headRow));
        PDStructureElement tbody = tagger.element("TBody", table);
        for (int r = 0; r < t.rows().size(); r++) {
            grid.row(rowCells(t, r, colW, mono, tagger.element("TR", tbody)));
        }
        gap(Style.PARAGRAPH_GAP + 2);
    }

    /**
     * Column widths sized from the content: each column at least as wide as its widest unbreakable piece (a word,
     * a date; when these do not all fit, only the columns with the widest pieces are narrowed), the rest of the
     * width shared in proportion to how much more each column's text would like (its
     * longest line), so short columns such as dates stay on one line and long text gets the room. The declared
     * widths weigh the share when every column fits on one line.
     */
    private float[] columnWidths(Table t) {
        int n = t.columns().size();
        float pad = 2 * Style.CELL_PAD;
        float[] min = new float[n];
        float[] max = new float[n];
        boolean[] mono = new boolean[n];
        t.monospaceColumns().forEach(i -> mono[i] = true);
        for (int i = 0; i < n; i++) {
            Shaped h = shape(t.columns().get(i), Face.BOLD, pointer + "/columns");
            min[i] = h.minWidth(Style.SMALL_SIZE) + pad;
            max[i] = h.maxWidth(Style.SMALL_SIZE) + pad;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int i = 0; i < n && i < row.size(); i++) {
                float size = mono[i] ? Style.MONO_SIZE - 0.5f : Style.SMALL_SIZE;
                Shaped s = shape(row.get(i), mono[i] ? Face.MONO : Face.REGULAR, pointer + "/rows/" + r);
                min[i] = Math.max(min[i], s.minWidth(size) + pad);
                max[i] = Math.max(max[i], s.maxWidth(size) + pad);
            }
        }
        float width = st.width();
        float sumMin = 0;
        float sumMax = 0;
        for (int i = 0; i < n; i++) {
            max[i] = Math.max(max[i], min[i]);
            sumMin += min[i];
            sumMax += max[i];
        }
        float[] w = new float[n];
        if (sumMin >= width) {
            // too narrow for every word: the columns with the widest words give way (they break those words),
            // every other column keeps its widest word whole (water-filling: w = min(min, cap), sum w = width)
            float[] sorted = min.clone();
            java.util.Arrays.sort(sorted);
            float cap = width / n;
            float used = 0;
            for (int k = 0; k < n; k++) {
                float fair = (width - used) / (n - k);
                if (sorted[k] > fair) {
                    cap = fair;
                    break;
                }
                used += sorted[k];
                cap = sorted[k];
            }
            for (int i = 0; i < n; i++) {
                w[i] = Math.min(min[i], cap);
            }
        } else if (sumMax <= width) {
            float weights = 0;
            for (int i = 0; i < n; i++) {
                weights += declared(t, i);
            }
            for (int i = 0; i < n; i++) {
                w[i] = max[i] + (width - sumMax) * declared(t, i) / weights;
            }
        } else {
            for (int i = 0; i < n; i++) {
                w[i] = min[i] + (width - sumMin) * (max[i] - min[i]) / (sumMax - sumMin);
            }
        }
        return w;
    }

    private static float declared(Table t, int i) {
        return t.widths().isEmpty() ? 1f : Math.max(0.001f, t.widths().get(i));
    }

    private List<Grid.Cell> headerCells(List<Shaped> heads, float[] colW, PDStructureElement tr) {
        List<Grid.Cell> cells = new ArrayList<>(heads.size());
        for (int i = 0; i < heads.size(); i++) {
            PDStructureElement th = tr == null ? null
                    : header(tagger.element("TH", tr), PDTableAttributeObject.SCOPE_COLUMN);
            cells.add(new Grid.Cell(Items.lines(heads.get(i), colW[i] - 2 * Style.CELL_PAD, Style.SMALL_SIZE,
                    Style.SMALL_LEADING, 0, Style.BLACK, th, false), Style.SHADE));
        }
        return cells;
    }

    private List<Grid.Cell> rowCells(Table t, int r, float[] colW, boolean[] mono, PDStructureElement tr) {
        List<String> row = t.rows().get(r);
        List<Grid.Cell> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            PDStructureElement td = tagger.element("TD", tr);
            Face face = mono[i] ? Face.MONO : Face.REGULAR;
            float size = mono[i] ? Style.MONO_SIZE - 0.5f : Style.SMALL_SIZE;
            float leading = mono[i] ? Style.MONO_LEADING - 0.5f : Style.SMALL_LEADING;
            Shaped s = shape(row.get(i), face, pointer + "/rows/" + r);
            float inner = colW[i] - 2 * Style.CELL_PAD;
            List<Item> lines = Items.lines(s, inner, size, leading, 0, Style.BLACK, td, false);
            if (forms != null && !mono[i]) {
                lines = placeholderFields(s, lines, td, inner, t.columns().get(i));
            }
            cells.add(new Grid.Cell(lines, null));
        }
        return cells;
    }

    // ---------------------------------------------------------------- lists, boxes, exhibits

    private List<Item> listItems(List<String> texts, BulletList.Numbering numbering, PDStructureElement list,
                                 float width) {
        return listItems(texts, numbering, list, width, false);
    }

    /**
     * The lines of a list's items, each first line with its marker hanging to its left (tagged Lbl): a bullet, or
     * the item's letter or number when {@code numbering} is not null. In the fillable variant the items'
     * placeholders become fields.
     */
    private List<Item> listItems(List<String> texts, BulletList.Numbering numbering, PDStructureElement parent,
                                 float width, boolean parentIsList) {
        PDStructureElement list = parentIsList ? parent : tagger.element("L", parent);
        if (list != null) {
            PDListAttributeObject a = new PDListAttributeObject();
            a.setListNumbering(numbering == null ? PDListAttributeObject.LIST_NUMBERING_DISC
                    : numbering == BulletList.Numbering.NUMBERS ? PDListAttributeObject.LIST_NUMBERING_DECIMAL
                    : PDListAttributeObject.LIST_NUMBERING_LOWER_ALPHA);
            list.addAttribute(a);
        }
        List<Item> items = new ArrayList<>();
        float indent = 24f;
        for (int i = 0; i < texts.size(); i++) {
            PDStructureElement li = tagger.element("LI", list);
            PDStructureElement lbl = tagger.element("Lbl", li);
            PDStructureElement body = tagger.element("LBody", li);
            Shaped s = shape(texts.get(i), Face.REGULAR);
            List<Item> lines = Items.lines(s, width - indent, Style.BODY_SIZE,
                    Style.BODY_LEADING, indent, Style.BLACK, body, false);
            Line first = (Line) lines.get(0);
            first.label = shape(numbering != null ? numbering.marker(i) : "\u2022", Face.REGULAR);
            first.labelDx = numbering != null ? 0 : 8;
            first.labelElem = lbl;
            if (forms != null) {
                lines = placeholderFields(s, lines, body, width - indent, null);
            }
            items.addAll(lines);
            items.add(new Items.Gap(2));
        }
        return items;
    }

    /** The items, each drawn {@code dx} further right. */
    private static List<Item> indented(List<Item> items, float dx) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item item : items) {
            out.add(item instanceof Items.Gap ? item : new Item(item.height) {
                @Override
                void draw(Canvas canvas, float x, float top) throws IOException {
                    item.draw(canvas, x + dx, top);
                }
            });
        }
        return out;
    }

    private float boxInner() {
        return st.width() - 2 * Style.BOX_PAD - 4;
    }

    /**
     * Draws items in a box (border, background, left bar), kept on one page when it fits one, otherwise split
     * between items with the box drawn around each part.
     */
    private void box(List<Item> items, float[] border, float borderWidth, float[] background, float[] bar)
            throws IOException {
        float pad = Style.BOX_PAD;
        int i = 0;
        float whole = Items.height(items, 0, items.size()) + 2 * pad + 4;
        keep(whole <= st.bodyHeight() ? whole : Items.height(items, 0, Math.min(3, items.size())) + 2 * pad + 4);
        gap(2);
        while (i < items.size()) {
            float rest = Items.height(items, i, items.size());
            float avail = c.remaining() - 2 * pad;
            if (rest > avail && i == 0 && c.y < st.bodyTop && rest <= st.bodyHeight() - 2 * pad) {
                c.newPage();
                continue;
            }
            int k = i;
            float h = 0;
            while (k < items.size() && h + items.get(k).height <= avail) {
                h += items.get(k++).height;
            }
            if (k == i) {
                if (c.y < st.bodyTop) {
                    c.newPage();
                    continue;
                }
                h += items.get(k++).height;
            }
            float top = c.y;
            float height = h + 2 * pad;
            if (background != null) {
                c.rect(st.left, top, st.width(), height, background);
            }
            if (bar != null) {
                c.rect(st.left, top, 3f, height, bar);
            }
            if (border != null) {
                c.frame(st.left, top, st.width(), height, borderWidth, border);
            }
            float yy = top - pad;
            for (int j = i; j < k; j++) {
                items.get(j).draw(c, st.left + pad + 4, yy);
                yy -= items.get(j).height;
            }
            c.y = top - height;
            i = k;
            if (i < items.size()) {
                c.newPage();
            }
        }
        gap(Style.PARAGRAPH_GAP + 2);
    }

    /**
     * An exhibit: its caption (label and case reference, description, evidence record, hash) and its image, scaled
     * to fit below the caption on the same page. When the caption is too long to leave room for the image, the image
     * follows on its own page under a short caption (label, case reference and hash), so every page of an exhibit
     * carries its label, the case reference and the hash.
     */
    private void exhibitBox(ExhibitReference e) throws IOException {
        PDStructureElement div = tagger.element("Div", sect);
        float inner = boxInner();
        List<Item> items = caption(e, div, inner, true);
        if (e.imageRef().isEmpty()) {
            box(items, Style.RULE, 0.75f, null, null);
            return;
        }
        PDImageXObject img = loadImage(e);
        if (img == null) {
            items.add(new Items.Gap(4));
            items.addAll(placeholder(e, div, inner));
            box(items, Style.RULE, 0.75f, null, null);
            return;
        }
        float captionH = Items.height(items, 0, items.size()) + 4;
        float pageRoom = st.bodyHeight() - 2 * Style.BOX_PAD - 6;
        float minImage = Math.min(img.getHeight() * PT_PER_PIXEL, 160f);
        keep(Math.min(captionH + minImage, pageRoom) + 2 * Style.BOX_PAD + 6);
        if (captionH + minImage > pageRoom) {
            box(items, Style.RULE, 0.75f, null, null);
            items = caption(e, div, inner, false);
            captionH = Items.height(items, 0, items.size()) + 4;
        }
        // here or on a fresh page, whichever shows the image larger (up to its natural size)
        float hereRoom = c.remaining() - 2 * Style.BOX_PAD - 6 - captionH;
        float freshRoom = pageRoom - captionH;
        float natural = scaledHeight(img, inner, Float.MAX_VALUE);
        if (c.y < st.bodyTop && scaledHeight(img, inner, hereRoom) < Math.min(natural, freshRoom) * 0.85f) {
            c.newPage();
            hereRoom = freshRoom;
        }
        items.add(new Items.Gap(4));
        items.add(imageItem(e, div, img, inner, Math.min(hereRoom, freshRoom)));
        box(items, Style.RULE, 0.75f, null, null);
    }

    private List<Item> caption(ExhibitReference e, PDStructureElement div, float inner, boolean full) {
        List<Item> items = new ArrayList<>();
        String head = "Exhibit " + e.label() + (full ? "" : " (image)")
                + doc.caseReference().map(r -> "  \u00B7  Case " + r).orElse("");
        items.addAll(Items.lines(shape(head, Face.BOLD), inner, Style.BODY_SIZE + 0.5f,
                Style.BODY_LEADING + 1, 0, Style.BLACK, tagger.element("P", div), false));
        if (full) {
            items.addAll(Items.lines(shape(e.description(), Face.REGULAR), inner, Style.BODY_SIZE,
                    Style.BODY_LEADING, 0, Style.BLACK, tagger.element("P", div), false));
            e.evidenceId().ifPresent(id -> items.addAll(Items.lines(Shaped.concat(
                    shape("Evidence record: ", Face.REGULAR), shape(id, Face.MONO)), inner, Style.MONO_SIZE,
                    Style.MONO_LEADING, 0, Style.GREY_TEXT, tagger.element("P", div), false)));
        }
        e.sha256().ifPresent(h -> items.addAll(Items.lines(Shaped.concat(
                shape("SHA-256: ", Face.BOLD), shape(h, Face.MONO)), inner, Style.MONO_SIZE,
                Style.MONO_LEADING, 0, Style.BLACK, tagger.element("P", div), false)));
        return items;
    }

    /** The exhibit's image, or null (after a warning) when it cannot be used and placeholders are allowed. */
    private PDImageXObject loadImage(ExhibitReference e) throws IOException {
        String at = pointer + "/imageRef";
        try {
            byte[] bytes = Images.read(options.imageResolver(), e.imageRef().get(), options.maxImageBytes());
            return Images.image(pd, bytes, options.maxImagePixels());
        } catch (Images.Unusable u) {
            if (options.imageFailure() == RenderOptions.ImageFailure.FAIL) {
                throw new InvalidDataException("document", List.of(new Problem(at,
                        "names an image of exhibit block that " + u.getMessage(),
                        "Check the image reference and the image resolver, or render with ImageFailure.PLACEHOLDER.")));
            }
            warnings.add(RenderWarning.IMAGE_PLACEHOLDER, at, "the image " + u.getMessage()
                    + "; a placeholder was drawn", null);
            lastUnusable = u.getMessage();
            return null;
        }
    }

    private String lastUnusable = "";

    private List<Item> placeholder(ExhibitReference e, PDStructureElement div, float inner) {
        return Items.lines(shape("[Image not shown: the image " + lastUnusable + ".]", Face.OBLIQUE),
                inner, Style.BODY_SIZE, Style.BODY_LEADING, 0, Style.WARNING, tagger.element("P", div), false);
    }

    private static float scaledHeight(PDImageXObject img, float maxW, float maxH) {
        float w = img.getWidth() * PT_PER_PIXEL;
        float h = img.getHeight() * PT_PER_PIXEL;
        return h * Math.min(1f, Math.min(maxW / w, Math.max(0f, maxH) / h));
    }

    private Item imageItem(ExhibitReference e, PDStructureElement div, PDImageXObject img, float inner, float maxH) {
        float w = img.getWidth() * PT_PER_PIXEL;
        float h = img.getHeight() * PT_PER_PIXEL;
        float scale = Math.min(1f, Math.min(inner / w, Math.max(1f, maxH) / h));
        w *= scale;
        h *= scale;
        PDStructureElement figure = tagger.element("Figure", div);
        if (figure != null) {
            figure.setAlternateDescription(e.altText()
                    .orElse("Image of exhibit " + e.label() + ": " + e.description()));
        }
        return new Items.Image(img, w, h, (inner - w) / 2f, figure);
    }

    // ---------------------------------------------------------------- helpers

    private List<Item> small(String text, PDStructureElement e) {
        return Items.lines(shape(text, Face.REGULAR), st.width(), Style.SMALL_SIZE + 0.5f, Style.SMALL_LEADING + 1, 0,
                Style.BLACK, e, false);
    }

    private Shaped shape(String text, Face face) {
        return shaper.shape(text, face, pointer);
    }

    private Shaped shape(String text, Face face, String at) {
        return shaper.shape(text, face, at);
    }

    private void flow(List<Item> items) throws IOException {
        for (Item item : items) {
            if (item instanceof Items.Gap) {
                gap(item.height);
                continue;
            }
            c.ensure(item.height);
            item.draw(c, st.left, c.y);
            c.y -= item.height;
        }
    }

    private void gap(float h) {
        if (c.y < st.bodyTop) {
            c.y = Math.max(c.y - h, st.bodyBottom);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static Void run(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
