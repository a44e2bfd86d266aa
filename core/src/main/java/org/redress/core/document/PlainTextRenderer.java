package org.redress.core.document;

import java.util.List;

/**
 * Renders any {@link ReportDocument} as plain text: for tests, e-mails and terminals. Numbered paragraphs are
 * numbered across the document; fields without a value show a line to fill in; what is missing is listed at the
 * end. Thread-safe and stateless.
 *
 * @since 1.0
 */
public final class PlainTextRenderer {

    private static final int WIDTH = 78;

    /** A renderer. */
    public PlainTextRenderer() {
    }

    /**
     * {@return the document as text, lines ending in {@code \n}}
     *
     * @param doc the document
     */
    public String render(ReportDocument doc) {
        StringBuilder out = new StringBuilder();
        out.append(doc.getTitle().toUpperCase(java.util.Locale.ROOT)).append('\n');
        doc.getSubtitle().ifPresent(s -> out.append(s).append('\n'));
        doc.getCaseReference().ifPresent(r -> out.append("Case reference: ").append(r).append('\n'));
        doc.getPreparedOn().ifPresent(d -> out.append("Prepared on: ").append(d).append('\n'));
        out.append("=".repeat(WIDTH)).append('\n');
        fields(doc.getHeaderFields(), out);
        int[] number = {0};
        for (Section section : doc.getSections()) {
            out.append('\n');
            section.getHeading().ifPresent(h -> out.append(h).append('\n').append("-".repeat(Math.min(WIDTH, h.length()))).append('\n'));
            for (Block block : section.getBlocks()) {
                block.accept(new Block.Visitor<Void>() {
                    @Override
                    public Void paragraph(Paragraph p) {
                        String prefix = p.isNumbered() ? (++number[0]) + ". " : "";
                        wrap(prefix + p.getText(), prefix.length(), out);
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void subheading(Subheading s) {
                        out.append(s.getText()).append('\n');
                        return null;
                    }

                    @Override
                    public Void fields(FieldGrid f) {
                        PlainTextRenderer.fields(f.getFields(), out);
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void table(Table t) {
                        t.getCaption().ifPresent(c -> out.append(c).append('\n'));
                        out.append(String.join(" | ", t.getColumns())).append('\n');
                        for (List<String> row : t.getRows()) {
                            out.append(String.join(" | ", row)).append('\n');
                        }
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void list(BulletList l) {
                        int index = 0;
                        for (String item : l.getItems()) {
                            String prefix = l.isOrdered() ? l.getNumbering().marker(index++) + " " : "- ";
                            wrap(prefix + item, prefix.length(), out);
                        }
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void exhibit(ExhibitReference e) {
                        out.append("Exhibit ").append(e.getLabel()).append(": ").append(e.getDescription()).append('\n');
                        e.getSha256().ifPresent(h -> out.append("  SHA-256: ").append(h).append('\n'));
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void declaration(Declaration d) {
                        out.append("[ ").append(d.getTitle()).append(" ]\n");
                        wrap(d.getText(), 0, out);
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void signature(SignatureBlock s) {
                        out.append(s.getLabel()).append(": ______________________________\n");
                        s.getName().ifPresent(n -> out.append("Name: ").append(n).append('\n'));
                        s.getCapacity().ifPresent(c -> out.append("Capacity: ").append(c).append('\n'));
                        out.append("Date: ").append(s.getDate().map(Object::toString).orElse("______________")).append("\n\n");
                        return null;
                    }

                    @Override
                    public Void notice(Notice n) {
                        String tag = n.getLevel() == NoticeLevel.WARNING ? "WARNING" :
                                n.getLevel() == NoticeLevel.IMPORTANT ? "IMPORTANT" : "NOTE";
                        wrap("[" + tag + "] " + n.getText(), 0, out);
                        out.append('\n');
                        return null;
                    }
                });
            }
        }
        if (doc.showsNotesForPerson() && !doc.getMissing().isEmpty()) {
            out.append("\nSTILL MISSING\n");
            for (MissingItem m : doc.getMissing()) {
                wrap("- " + m.getDescription(), 2, out);
            }
        }
        if (doc.showsNotesForPerson() && !doc.getWithheldFields().isEmpty()) {
            out.append("\nWithheld from this copy: ").append(String.join(", ", doc.getWithheldFields())).append('\n');
        }
        doc.getPageFooter().ifPresent(f -> out.append('\n').append(f).append('\n'));
        return out.toString().replace(ReportDocument.PAGE_COUNT, "____");
    }

    private static void fields(List<Field> fields, StringBuilder out) {
        for (Field f : fields) {
            out.append(f.getLabel()).append(": ").append(f.getValue().orElse("______________")).append('\n');
        }
    }

    /** Word-wraps {@code text} at the width, indenting continuation lines. Keeps the text's own line breaks. */
    private static void wrap(String text, int indent, StringBuilder out) {
        for (String line : text.split("\n", -1)) {
            int col = 0;
            boolean first = true;
            for (String word : line.split(" ")) {
                if (!first && col + 1 + word.length() > WIDTH) {
                    out.append('\n').append(" ".repeat(indent));
                    col = indent;
                } else if (!first) {
                    out.append(' ');
                    col++;
                }
                out.append(word);
                col += word.length();
                first = false;
            }
            out.append('\n');
            indent = Math.min(indent, WIDTH / 2);
        }
    }
}
