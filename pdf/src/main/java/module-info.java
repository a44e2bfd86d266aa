/** Renders any Redress report document as PDF/A-3 with its JSON embedded, flat or fillable, optionally signed. */
module org.redress.pdf {
    requires transitive org.redress.core;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.xmpbox;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires java.desktop;
    requires com.ibm.icu;
    requires net.sf.jasperreports.fonts;

    exports org.redress.pdf;
}
