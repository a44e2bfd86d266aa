package org.redress.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress bundle --case CASE.json --vault DIR --out FILE.zip [--profile ...]}. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Export the evidence as one .zip that anyone can check with standard tools (sha256sum, gpg): "
                + "the files, their hashes, the custody log, signatures and a VERIFY.txt explaining how."})
final class BundleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "CASE.json", description = "The case file.")
    Path caseFile;

    @Option(names = "--vault", required = true, paramLabel = "DIR", description = "The vault folder.")
    Path vault;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The bundle to write.")
    Path out;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "full",
            description = "Who it is for, which decides what is left out: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    String profile;

    @Override
    public Integer call() {
        CaseFile.requireFile(caseFile, "case file");
        throw UserError.unavailable("Exporting an evidence bundle");
    }
}
