package org.redress.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.core.document.Attachment;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.pdf.AfRelationship;
import org.redress.pdf.EmbeddedFile;
import org.redress.pdf.FormMode;
import org.redress.pdf.RenderOptions;
import org.redress.pdf.RenderWarning;

/**
 * Writes one report document as an unsigned PDF/A-3: body, running headers and footers, form, structure tree,
 * embedded files and metadata. Not thread-safe; one instance per render.
 */
public final class DocumentWriter {

    /** The name of the document's own JSON inside the PDF. */
    public static final String JSON_NAME = "redress-document.json";

    private final ReportDocument doc;
    private final RenderOptions options;
    private final Warnings warnings = new Warnings();
    private int pageCount;

    /**
     * @param doc the document
     * @param options how to render
     */
    public DocumentWriter(ReportDocument doc, RenderOptions options) {
        this.doc = doc;
        this.options = options;
    }

    /** The conformance claimed, such as {@code PDF/A-3a, PDF/UA-1}. */
    public String conformance() {
        return options.tagged() ? "PDF/A-3a, PDF/UA-1" : "PDF/A-3b";
    }

    /** The number of pages written. */
    public int pageCount() {
        return pageCount;
    }

    /** The warnings, after {@link #write}. */
    public List<RenderWarning> warnings() {
        return warnings.list();
    }

    /**
     * Renders the document to {@code out}.
     *
     * @throws InvalidDataException when the document cannot be rendered (such as an unreadable image)
     * @throws IOException when writing fails
     */
    public void write(OutputStream out) throws IOException {
        layout(out);
    }

    /**
     * Lays the body out without writing a PDF, only to count its pages: nothing is drawn (no text, rules, boxes,
     * images, running heads or form appearances), and there is no structure tree completion, embedded file,
     * metadata or font subset. The same document and options lay out on the same pages as {@link #write} does.
     *
     * @return the number of pages
     * @throws InvalidDataException when the document cannot be rendered
     * @throws IOException when reading an image or the scratch file fails
     */
    public int countPages() throws IOException {
        layout(null);
        return pageCount;
    }

    /** Lays out the body and, when {@code out} is not null, finishes the PDF and saves it there. */
    private void layout(OutputStream out) throws IOException {
        Instant created = options.creationTime().orElseGet(() -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        // Streams are kept in memory, never spooled to the system temporary folder: a page holds a person's case.
        try (PDDocument pd = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            pd.setVersion(1.7f);
            Style style = new Style(options.pageSize());
            Fonts fonts = new Fonts(pd, options.fallbackFonts());
            Tagger tagger = new Tagger(pd, options.tagged(), doc.language());
            Canvas canvas = new Canvas(pd, fonts, tagger, style);
            canvas.measureOnly = out == null;
            Shaper shaper = new Shaper(fonts, warnings);
            boolean fillable = options.formMode() == FormMode.FILLABLE;
            Forms forms = fillable || options.signing().isPresent() ? new Forms(pd, fonts, tagger, fillable) : null;
            List<String> embedded = new ArrayList<>();
            Map<String, EmbeddedFile> files = files(embedded);

            new Layout(doc, options, pd, canvas, shaper, warnings, forms, embedded).render();
            canvas.finishPage();
            pageCount = canvas.pageCount();
            if (out == null) {
                return;
            }
            runningHeads(pd, canvas, shaper, style);
            if (options.signing().isPresent()) {
                PDStructureElement form = tagger.element("Form", tagger.document());
                forms.signatureField(pd.getPage(pageCount - 1), form);
            }
            if (forms != null) {
                forms.finish();
            }
            tagger.finish();
            embed(pd, files, created);
            Metadata.write(pd, doc.title(), doc.language(), options.tagged(), created);
            pd.getDocument().setDocumentID(documentId(files, created));
            pd.save(out);
        }
    }

    /**
     * The file identifier: a digest of what the PDF is made from, so that the same document, options and creation
     * time give the same bytes (PDFBox would otherwise derive it from the clock).
     */
    private COSArray documentId(Map<String, EmbeddedFile> files, Instant created) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (EmbeddedFile f : files.values()) {
            sha.update(f.name().getBytes(StandardCharsets.UTF_8));
            sha.update(f.bytes());
        }
        sha.update((created + " " + options.formMode() + " " + options.tagged() + " " + options.pageSize())
                .getBytes(StandardCharsets.UTF_8));
        COSString id = new COSString(Arrays.copyOf(sha.digest(), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        return ids;
    }

    /** The files to embed, by name: the JSON, the options' files, and the document's attachments that resolve. */
    private Map<String, EmbeddedFile> files(List<String> embeddedAttachments) {
        Map<String, EmbeddedFile> files = new TreeMap<>();
        files.put(JSON_NAME, new EmbeddedFile(JSON_NAME, "application/json",
                java.util.Optional.of("The report document as Redress JSON"), RedressJson.write(doc),
                AfRelationship.SOURCE));
        for (EmbeddedFile f : options.embeddedFiles()) {
            if (files.putIfAbsent(f.name(), f) != null) {
                throw new IllegalArgumentException("an embedded file is named like the document's JSON: " + JSON_NAME);
            }
        }
        for (int i = 0; i < doc.attachments().size(); i++) {
            Attachment a = doc.attachments().get(i);
            String at = "/attachments/" + i + "/ref";
            if (files.containsKey(a.name())) {
                warnings.add(RenderWarning.ATTACHMENT_NOT_EMBEDDED, at,
                        "another embedded file has the same name; this attachment was not embedded", null);
                continue;
            }
            try {
                byte[] bytes = Images.read(options.imageResolver(), a.ref(), options.maxImageBytes());
                String type = a.mediaType().matches("[\\w.+-]+/[\\w.+-]+") ? a.mediaType()
                        : "application/octet-stream";
                files.put(a.name(), new EmbeddedFile(a.name(), type, a.description(), bytes,
                        AfRelationship.SUPPLEMENT));
                embeddedAttachments.add(a.name());
            } catch (Images.Unusable u) {
                if (options.imageFailure() == RenderOptions.ImageFailure.FAIL) {
                    throw new InvalidDataException("document", List.of(new Problem(at,
                            "names an attachment that " + u.getMessage(),
                            "Check the attachment reference and the resolver, or render with ImageFailure.PLACEHOLDER.")));
                }
                warnings.add(RenderWarning.ATTACHMENT_NOT_EMBEDDED, at, "the attachment " + u.getMessage()
                        + "; it was not embedded", null);
            }
        }
        return files;
    }

    private static void embed(PDDocument pd, Map<String, EmbeddedFile> files, Instant created) throws IOException {
        Map<String, PDComplexFileSpecification> specs = new TreeMap<>();
        COSArray af = new COSArray();
        for (EmbeddedFile f : files.values()) {
            byte[] bytes = f.bytes();
            PDEmbeddedFile ef = new PDEmbeddedFile(pd, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
            ef.setSubtype(f.mediaType());
            ef.setSize(bytes.length);
            ef.setCreationDate(Metadata.calendar(created));
            ef.setModDate(Metadata.calendar(created));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(f.name());
            spec.setFileUnicode(f.name());
            spec.setFileDescription(f.description().orElse(f.name()));
            spec.setEmbeddedFile(ef);
            spec.setEmbeddedFileUnicode(ef);
            spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, f.relationship().pdfName());
            specs.put(f.name(), spec);
            af.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(specs);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(pd.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        pd.getDocumentCatalog().setNames(names);
        pd.getDocumentCatalog().getCOSObject().setItem(COSName.AF, af);
    }

    /**
     * Title and case reference at the top of every page, "Page X of Y" at the bottom, and the document's page footer
     * below it when it has one: artifacts.
     */
    private void runningHeads(PDDocument pd, Canvas canvas, Shaper shaper, Style st) throws IOException {
        Shaped title = shaper.shape(doc.title(), Face.REGULAR, "/title");
        Shaped ref = doc.caseReference().map(r -> shaper.shape(r, Face.REGULAR, "/caseReference")).orElse(null);
        Shaped prepared = doc.preparedOn().map(d -> shaper.shape("Prepared on " + d, Face.REGULAR, "")).orElse(null);
        Shaped footer = doc.pageFooter().map(f -> shaper.shape(f, Face.REGULAR, "/pageFooter")).orElse(null);
        Shaped ellipsis = shaper.shape("\u2026", Face.REGULAR, "");
        float size = Style.RUNNING_SIZE;
        float refWidth = ref == null ? 0 : Math.min(ref.width(0, ref.length, size), st.width() * 0.4f);
        float titleMax = st.width() - refWidth - 16;
        int i = 0;
        for (PDPage page : pd.getPages()) {
            i++;
            canvas.overlay(page);
            float[] grey = Style.GREY_TEXT;
            int end = fit(title, titleMax - ellipsis.width(0, 1, size), size);
            canvas.text(title, 0, end, st.left, st.headerBaseline, size, grey, null);
            if (end < title.length) {
                canvas.text(ellipsis, 0, 1, st.left + title.width(0, end, size), st.headerBaseline, size, grey, null);
            }
            if (ref != null) {
                int refEnd = fit(ref, refWidth, size);
                canvas.text(ref, 0, refEnd, st.right - ref.width(0, refEnd, size), st.headerBaseline, size, grey, null);
            }
            canvas.line(st.left, st.headerBaseline - 5, st.right, st.headerBaseline - 5, 0.4f, Style.RULE);
            canvas.line(st.left, st.footerBaseline + 11, st.right, st.footerBaseline + 11, 0.4f, Style.RULE);
            Shaped pageNo = shaper.shape("Page " + i + " of " + pageCount, Face.REGULAR, "");
            canvas.text(pageNo, 0, pageNo.length, st.right - pageNo.width(0, pageNo.length, size), st.footerBaseline,
                    size, grey, null);
            if (prepared != null) {
                canvas.text(prepared, 0, prepared.length, st.left, st.footerBaseline, size, grey, null);
            }
            if (footer != null) {
                // Below the page number, in black: lines to sign on every page (a witness statement's).
                int footerEnd = fit(footer, st.width(), size);
                canvas.text(footer, 0, footerEnd, st.left, st.footerBaseline - 14, size, Style.BLACK, null);
            }
        }
        canvas.finishPage();
    }

    /** The longest prefix of {@code s}, up to a line break, no wider than {@code width}. */
    private static int fit(Shaped s, float width, float size) {
        int end = 0;
        while (end < s.length && s.cps[end] != '\n' && s.width(0, end + 1, size) <= width) {
            end++;
        }
        return end;
    }
}
