package org.redress.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress verify FILE}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check an evidence bundle (.zip) or a signed PDF and say whether it is intact; when it is "
                + "not, name exactly what failed.",
            "Exit code 0 when everything checks out, 3 when something failed, 1 when the file is not a bundle or PDF."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A bundle (.zip) or a PDF.")
    Path file;

    @Override
    public Integer call() {
        CaseFile.requireFile(file, "file to verify");
        throw UserError.unavailable("Verifying bundles and signed PDFs");
    }
}
