package org.redress.pdf.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The structure tree of a tagged PDF: structure elements, marked-content ids per page and the parent tree that
 * maps content back to its element. When disabled every method is a cheap no-op, for untagged (PDF/A-3b) output.
 */
final class Tagger {

    private final boolean enabled;
    private final PDStructureTreeRoot root;
    private final PDStructureElement document;
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();
    private int nextKey;
    private PDPage page;
    private COSArray pageElements;

    Tagger(PDDocument doc, boolean enabled, String language) {
        this.enabled = enabled;
        if (!enabled) {
            root = null;
            document = null;
            return;
        }
        root = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement("Document", root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    boolean enabled() {
        return enabled;
    }

    /** The top element ({@code Document}); null when disabled. */
    PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} appended to {@code parent}; null when disabled. */
    PDStructureElement element(String type, PDStructureElement parent) {
        if (!enabled) {
            return null;
        }
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** Starts tagging content on a new page. */
    void startPage(PDPage p) {
        if (!enabled) {
            return;
        }
        page = p;
        pageElements = new COSArray();
        p.setStructParents(nextKey);
        parentTree.put(nextKey++, new PDParentTreeValue(pageElements));
        p.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    }

    /** Allocates the next marked-content id on the current page for content of {@code e}. */
    int mcid(PDStructureElement e) {
        int mcid = pageElements.size();
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setMCID(mcid);
        ref.setPage(page);
        e.appendKid(ref);
        pageElements.add(e);
        return mcid;
    }

    /** Ties an annotation (a form widget) to element {@code e}. */
    void annotation(PDStructureElement e, PDAnnotation annotation, PDPage onPage) {
        if (!enabled) {
            return;
        }
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(annotation);
        ref.getCOSObject().setItem(COSName.PG, onPage);
        e.appendKid(ref);
        annotation.setStructParent(nextKey);
        parentTree.put(nextKey++, e);
    }

    /** Writes the parent tree. */
    void finish() {
        if (!enabled) {
            return;
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
    }

}
