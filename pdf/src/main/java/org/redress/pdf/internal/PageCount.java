package org.redress.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.redress.core.document.Block;
import org.redress.core.document.Declaration;
import org.redress.core.document.ImmutableDeclaration;
import org.redress.core.document.ImmutableParagraph;
import org.redress.core.document.ImmutableReportDocument;
import org.redress.core.document.ImmutableSection;
import org.redress.core.document.Paragraph;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;

/** The page count in place of {@link ReportDocument#PAGE_COUNT}, in paragraphs and declarations. */
public final class PageCount {

    private PageCount() {
    }

    /** Whether any paragraph or declaration of the document holds the token. */
    public static boolean wanted(ReportDocument doc) {
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p && p.text().contains(ReportDocument.PAGE_COUNT)
                        || b instanceof Declaration d && d.text().contains(ReportDocument.PAGE_COUNT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy of the document with {@code pages} written where the token stands. */
    public static ReportDocument fill(ReportDocument doc, int pages) {
        String n = Integer.toString(pages);
        List<Section> sections = new ArrayList<>();
        for (Section s : doc.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p && p.text().contains(ReportDocument.PAGE_COUNT)) {
                    blocks.add(ImmutableParagraph.copyOf(p).withText(p.text().replace(ReportDocument.PAGE_COUNT, n)));
                } else if (b instanceof Declaration d && d.text().contains(ReportDocument.PAGE_COUNT)) {
                    blocks.add(ImmutableDeclaration.copyOf(d).withText(d.text().replace(ReportDocument.PAGE_COUNT, n)));
                } else {
                    blocks.add(b);
                }
            }
            sections.add(ImmutableSection.copyOf(s).withBlocks(blocks));
        }
        return ImmutableReportDocument.copyOf(doc).withSections(sections);
    }
}
