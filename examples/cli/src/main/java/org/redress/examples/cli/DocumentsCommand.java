package org.redress.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress documents CASE.json --out DIR [--fillable] [--sign ...]}. */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = {"Prepare the papers the plan's routes take (statements, evidence schedules, removal "
                + "requests), each as an archival PDF (PDF/A-3) with its data inside."})
final class DocumentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE.json", description = "The case file.")
    Path caseFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the PDFs to.")
    Path out;

    @Option(names = "--fillable", description = "Make form fields you can still correct in a PDF reader.")
    boolean fillable;

    @Option(names = "--for-service", description = "Withhold your address and contact details (for papers that "
            + "will be served on the person harassing you).")
    boolean forService;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
            description = "Sign every PDF with the key in this PKCS#12 file (password from REDRESS_SIGN_PASSWORD "
                    + "or asked for).")
    Path keystore;

    @Override
    public Integer call() {
        throw UserError.unavailable("Rendering documents as PDF");
    }
}
