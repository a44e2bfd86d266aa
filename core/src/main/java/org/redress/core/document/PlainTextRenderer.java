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
        out.append(doc.title().toUpperCase(java.util.Locale.ROOT)).append('\n');
        doc.subtitle().ifPresent(s -> out.append(s).append('\n'));
        doc.caseReference().ifPresent(r -> out.append("Case reference: ").append(r).append('\n'));
        doc.preparedOn().ifPresent(d -> out.append("Prepared on: ").append(d).append('\n'));
        out.append("=".repeat(WIDTH)).append('\n');
        fields(doc.headerFields(), out);
        int[] number = {0};
        for (Section section : doc.sections()) {
            out.append('\n');
            section.heading().ifPresent(h -> out.append(h).append('\n').append("-".repeat(Math.min(WIDTH, h.length()))).append('\n'));
            for (Block block : section.blocks()) {
                block.accept(new Block.Visitor<Void>() {
                    @Override
                    public Void paragraph(Paragraph p) {
                        String prefix = p.numbered() ? (++number[0]) + ". " : "";
                        wrap(prefix + p.text(), prefix.length(), out);
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void subheading(Subheading s) {
                        out.append(s.text()).append('\n');
                        return null;
                    }

                    @Override
                    public Void fields(FieldGrid f) {
                        PlainTextRenderer.fields(f.fields(), out);
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void table(Table t) {
                        t.caption().ifPresent(c -> out.append(c).append('\n'));
                        out.append(String.join(" | ", t.columns())).append('\n');
                        for (List<String> row : t.rows()) {
                            out.append(String.join(" | ", row)).append('\n');
                        }
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void list(BulletList l) {
                        int index = 0;
                        for (String item : l.items()) {
                            String prefix = l.ordered() ? l.numbering().marker(index++) + " " : "- ";
                            wrap(prefix + item, prefix.length(), out);
                        }
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void exhibit(ExhibitReference e) {
                        out.append("Exhibit ").append(e.label()).append(": ").append(e.description()).append('\n');
                        e.sha256().ifPresent(h -> out.append("  SHA-256: ").append(h).append('\n'));
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void declaration(Declaration d) {
                        out.append("[ ").append(d.title()).append(" ]\n");
                        wrap(d.text(), 0, out);
                        out.append('\n');
                        return null;
                    }

                    @Override
                    public Void signature(SignatureBlock s) {
                        out.append(s.label()).append(": ______________________________\n");
                        s.name().ifPresent(n -> out.append("Name: ").append(n).append('\n'));
                        s.capacity().ifPresent(c -> out.append("Capacity: ").append(c).append('\n'));
                        out.append("Date: ").append(s.date().map(Object::toString).orElse("______________")).append("\n\n");
                        return null;
                    }

                    @Override
                    public Void notice(Notice n) {
                        String tag = n.level() == NoticeLevel.WARNING ? "WARNING" :
                                n.level() == NoticeLevel.IMPORTANT ? "IMPORTANT" : "NOTE";
                        wrap("[" + tag + "] " + n.text(), 0, out);
                        out.append('\n');
                        return null;
                    }
                });
            }
        }
        if (doc.showsNotesForPerson() && !doc.missing().isEmpty()) {
            out.append("\nSTILL MISSING\n");
            for (MissingItem m : doc.missing()) {
                wrap("- " + m.description(), 2, out);
            }
        }
        if (doc.showsNotesForPerson() && !doc.withheldFields().isEmpty()) {
            out.append("\nWithheld from this copy: ").append(String.join(", ", doc.withheldFields())).append('\n');
        }
        doc.pageFooter().ifPresent(f -> out.append('\n').append(f).append('\n'));
        return out.toString().replace(ReportDocument.PAGE_COUNT, "____");
    }

    private static void fields(List<Field> fields, StringBuilder out) {
        for (Field f : fields) {
            out.append(f.label()).append(": ").append(f.value().orElse("______________")).append('\n');
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
