/** Renders any Redress report document as PDF/A-3 with its JSON embedded, flat or fillable, optionally signed. */
module org.redress.pdf {
    requires transitive org.redress.core;
    requires transitive org.redress.evidence; // SigningOptions takes a TimeStampAuthority
    requires static org.jspecify; // nullness annotations (@NullMarked, @Nullable): for compilers and checkers
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.xmpbox;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires java.desktop;
    requires com.ibm.icu;
    // PDFBox is an automatic module, which reads every module but brings none into the module graph: the modules it
    // needs at run time are required here so that an application on the module path needs no --add-modules.
    requires org.apache.commons.logging; // PDFBox logs through Commons Logging
    requires jdk.unsupported; // PDFBox unmaps its memory-mapped files with sun.misc.Unsafe (else SEVERE on close)

    exports org.redress.pdf;
}
