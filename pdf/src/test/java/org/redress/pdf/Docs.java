package org.redress.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.redress.core.document.Block;
import org.redress.core.document.Field;
import org.redress.core.document.FieldGrid;
import org.redress.core.document.ReportDocument;
import org.redress.core.document.Section;

/** Test helpers over documents and PDFs. */
final class Docs {

    private Docs() {
    }

    static List<Field> allFields(ReportDocument doc) {
        List<Field> out = new ArrayList<>(doc.headerFields());
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof FieldGrid g) {
                    out.addAll(g.fields());
                }
            }
        }
        return out;
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** Without any whitespace, so that wrapped lines compare equal to the original. */
    static String squash(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).replaceAll("\\s+", "");
    }
}
