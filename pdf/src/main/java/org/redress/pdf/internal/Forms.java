package org.redress.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The AcroForm: one text field per document field, named by its key (a key {@code applicant.name} becomes field
 * {@code name} under a parent field {@code applicant}, so the fully qualified name is the key), values shown with
 * a fully embedded font so people can edit them, appearances generated (PDF/A needs them); and the empty
 * signature field a signed document is signed into.
 */
final class Forms {

    /** The name of the signature field. */
    static final String SIGNATURE_FIELD = "RedressSignature";

    /** Space between a field's border and its text, in points. */
    static final float PAD = 2f;

    private final Tagger tagger;
    private final PDDocument doc;
    private final PDAcroForm form;
    private final String da;
    private PDType0Font font;
    private PDResources apResources;
    private final Map<String, PDNonTerminalField> parents = new HashMap<>();
    private final Set<String> terminals = new HashSet<>();
    private COSName fontName;
    private final List<Runnable> appearances = new ArrayList<>();
    private final List<PDField> textFields = new ArrayList<>();

    Forms(PDDocument doc, Fonts fonts, Tagger tagger, boolean withTextFields) {
        this.tagger = tagger;
        this.doc = doc;
        this.form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        form.setNeedAppearances(false);
        if (withTextFields) {
            font = fonts.fullFont(Face.REGULAR);
            PDResources dr = new PDResources();
            COSName name = dr.add(font);
            apResources = new PDResources();
            apResources.put(name, font);
            fontName = name;
            form.setDefaultResources(dr);
            da = "/" + name.getName() + " " + Style.VALUE_SIZE + " Tf 0 g";
            form.setDefaultAppearance(da);
        } else {
            da = null;
        }
    }

    /**
     * Adds a text field for {@code key} on the current page at the given rectangle, tagged under {@code elem}, its
     * value {@code value} shown as the lines {@code ranges} of {@code shaped} (laid out as the flat document lays
     * them out, in {@link Face#REGULAR} at {@code size} with {@code leading}), {@link #PAD} inside the rectangle.
     */
    void textField(String key, String label, String value, boolean multiline, PDPage page, PDRectangle rect,
                   PDStructureElement elem, Shaped shaped, int[] ranges, float size, float leading) throws IOException {
        PDTextField field = new PDTextField(form);
        attach(field, key);
        field.setAlternateFieldName(label);
        field.setDefaultAppearance(da);
        field.setMultiline(multiline);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        place(widget, page, rect);
        tagger.annotation(elem, widget, page);
        textFields.add(field);
        field.setValue(value == null ? "" : value);
        appearances.add(() -> appearance(widget, rect, shaped, ranges, size, leading));
    }

    /** The widget's normal appearance: the lines as the flat document draws them. */
    private void appearance(PDAnnotationWidget widget, PDRectangle rect, Shaped s, int[] ranges, float size,
                            float leading) {
        try {
            PDAppearanceStream ap = new PDAppearanceStream(doc);
            ap.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            ap.setResources(apResources);
            try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
                cs.beginMarkedContent(COSName.TX);
                cs.saveGraphicsState();
                cs.addRect(1, 1, rect.getWidth() - 2, rect.getHeight() - 2);
                cs.clip();
                cs.setNonStrokingColor(0f, 0f, 0f);
                float top = rect.getHeight() - PAD;
                for (int i = 0; i < ranges.length; i += 2) {
                    String text = Canvas.drawn(s, ranges[i], ranges[i + 1], ranges[i + 1]);
                    if (!text.isEmpty()) {
                        float baseline = top - (leading - size) / 2f - size * Style.ASCENT;
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(PAD, baseline);
                        cs.showText(text);
                        cs.endText();
                    }
                    top -= leading;
                }
                cs.restoreGraphicsState();
                cs.endMarkedContent();
            }
            PDAppearanceDictionary d = new PDAppearanceDictionary();
            d.setNormalAppearance(ap);
            widget.setAppearance(d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Adds an empty text field over a placeholder of the text (such as {@code [Describe what happened.]}): its
     * appearance is transparent, so the placeholder printed beneath shows until the person types; viewers then draw
     * the typed text, in {@code size}, on a white background that covers it.
     */
    void blankField(String key, String label, boolean multiline, PDPage page, PDRectangle rect,
                    PDStructureElement elem, float size) throws IOException {
        PDTextField field = new PDTextField(form);
        attach(field, key);
        field.setAlternateFieldName(label);
        field.setDefaultAppearance("/" + fontName.getName() + " " + size + " Tf 0 g");
        field.setMultiline(multiline);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary mk =
                new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary(
                        new COSDictionary());
        mk.setBackground(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(new float[] {1f, 1f, 1f},
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE));
        widget.setAppearanceCharacteristics(mk);
        place(widget, page, rect);
        tagger.annotation(elem, widget, page);
        textFields.add(field);
        field.setValue("");
        appearances.add(() -> {
            try {
                PDAppearanceStream ap = new PDAppearanceStream(doc);
                ap.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
                ap.setResources(apResources);
                try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
                    cs.beginMarkedContent(COSName.TX);
                    cs.endMarkedContent();
                }
                PDAppearanceDictionary d = new PDAppearanceDictionary();
                d.setNormalAppearance(ap);
                widget.setAppearance(d);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Adds the empty, invisible signature field on {@code page}, tagged under {@code elem}. */
    void signatureField(PDPage page, PDStructureElement elem) throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(SIGNATURE_FIELD);
        field.setAlternateFieldName("Digital signature");
        addTop(field.getCOSObject());
        PDAnnotationWidget widget = field.getWidgets().get(0);
        place(widget, page, new PDRectangle(0, 0, 0, 0));
        tagger.annotation(elem, widget, page);
    }

    private COSArray fieldsArray() {
        COSArray a = form.getCOSObject().getCOSArray(COSName.FIELDS);
        return a == null ? new COSArray() : a;
    }

    private static void place(PDAnnotationWidget widget, PDPage page, PDRectangle rect) throws IOException {
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        List<PDAnnotation> annotations = page.getAnnotations();
        annotations.add(widget);
        page.setAnnotations(annotations);
    }

    /** Puts {@code field} in the field tree so that its fully qualified name is {@code key}. */
    private void attach(PDField field, String key) {
        String[] parts = key.split("\\.", -1);
        boolean plain = parts.length > 1;
        for (String p : parts) {
            plain &= !p.isEmpty();
        }
        StringBuilder path = new StringBuilder();
        if (plain) {
            for (int i = 0; i < parts.length - 1 && plain; i++) {
                path.append(i == 0 ? "" : ".").append(parts[i]);
                plain = !terminals.contains(path.toString());
            }
            plain &= !parents.containsKey(key);
        }
        if (!plain) {
            String name = key.replace('.', '_');
            while (terminals.contains(name) || parents.containsKey(name)) {
                name = name + "_";
            }
            field.setPartialName(name);
            terminals.add(name);
            addTop(field.getCOSObject());
            return;
        }
        PDNonTerminalField parent = null;
        path.setLength(0);
        for (int i = 0; i < parts.length - 1; i++) {
            path.append(i == 0 ? "" : ".").append(parts[i]);
            PDNonTerminalField node = parents.get(path.toString());
            if (node == null) {
                node = new PDNonTerminalField(form);
                node.setPartialName(parts[i]);
                link(parent, node.getCOSObject());
                parents.put(path.toString(), node);
            }
            parent = node;
        }
        field.setPartialName(parts[parts.length - 1]);
        link(parent, field.getCOSObject());
        terminals.add(key);
    }

    private void link(PDNonTerminalField parent, COSDictionary child) {
        if (parent == null) {
            addTop(child);
            return;
        }
        COSArray kids = parent.getCOSObject().getCOSArray(COSName.KIDS);
        if (kids == null) {
            kids = new COSArray();
            parent.getCOSObject().setItem(COSName.KIDS, kids);
        }
        kids.add(child);
        child.setItem(COSName.PARENT, parent.getCOSObject());
    }

    private void addTop(COSDictionary field) {
        COSArray fields = fieldsArray();
        fields.add(field);
        form.getCOSObject().setItem(COSName.FIELDS, fields);
    }

    /** Generates every appearance (an empty form fails PDF/A without them). */
    void finish() throws IOException {
        if (!textFields.isEmpty()) {
            form.refreshAppearances(textFields);
        }
        for (Runnable r : appearances) {
            r.run();
        }
    }
}
