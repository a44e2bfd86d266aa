package org.redress.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in tests: validates a file against a flavour and reports the failed rules. */
final class Vera {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Vera() {
    }

    /** The failed rules (empty when compliant). */
    static String failures(Path pdf, PDFAFlavour flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return "";
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage())
                    .distinct().limit(30).collect(Collectors.joining("\n"));
        }
    }

    /** PDF/A-3b, PDF/A-3a and PDF/UA-1 failures, labelled. */
    static String allFailures(Path pdf, boolean tagged) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (PDFAFlavour f : tagged ? new PDFAFlavour[] {PDFAFlavour.PDFA_3_B, PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1}
                : new PDFAFlavour[] {PDFAFlavour.PDFA_3_B}) {
            String fail = failures(pdf, f);
            if (!fail.isEmpty()) {
                sb.append(f).append(":\n").append(fail).append('\n');
            }
        }
        return sb.toString();
    }
}
