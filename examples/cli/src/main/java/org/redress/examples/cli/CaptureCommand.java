package org.redress.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress capture FILE --case CASE.json --vault DIR [--url URL ...]}. */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Preserve a piece of evidence: hash the file (SHA-256), encrypt it into the vault, record "
                + "it in the custody log, and add its evidence record to the case file.",
            "The vault passphrase comes from the environment variable " + Passphrase.ENV
                + " or is asked for; it is never given on the command line."})
final class CaptureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The evidence file (a screenshot, a saved page, an export).")
    Path file;

    @Option(names = "--case", required = true, paramLabel = "CASE.json",
            description = "The case file; the new evidence record is added to it.")
    Path caseFile;

    @Option(names = "--vault", required = true, paramLabel = "DIR",
            description = "The vault folder (created, with a new passphrase, if it does not exist).")
    Path vault;

    @Option(names = "--url", paramLabel = "URL", description = "Where the content was (repeat for several).")
    List<URI> urls = new ArrayList<>();

    @Option(names = "--incident", paramLabel = "ID", description = "The incident this evidence shows (repeatable).")
    List<String> incidents = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", description = "What the file shows, in a sentence.")
    String description;

    @Override
    public Integer call() {
        CaseFile.requireFile(file, "evidence file");
        throw UserError.unavailable("Capturing evidence into a vault");
    }
}
