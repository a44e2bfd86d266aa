package org.redress.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
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
            "Exit code 0 when everything checks out, 8 when a bundle is intact but its signer is unconfirmed (no "
                + "--expect-fingerprint), 3 when something failed, 1 when the file is not a bundle or PDF."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A bundle (.zip) or a PDF.")
    Path file;

    @picocli.CommandLine.Option(names = "--expect-fingerprint", paramLabel = "FPR",
            description = "The OpenPGP fingerprint of the key the sender told you (40 hex digits, spaces allowed). "
                    + "Without it, an intact bundle's signer is reported as UNCONFIRMED (exit code 8).")
    String expectFingerprint;

    @Override
    public Integer call() throws IOException {
        CaseFile.requireFile(file, "file to verify");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(5);
        }
        if (new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return pdf();
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            return BundleCommand.verify(file, expected(), spec.commandLine().getOut());
        }
        throw new UserError(ExitCodes.INVALID_INPUT, file + " is neither a PDF nor a .zip bundle.",
                "Give an evidence bundle made by 'redress bundle' or a signed PDF.");
    }

    private java.util.Optional<String> expected() {
        if (expectFingerprint == null) {
            return java.util.Optional.empty();
        }
        String f = expectFingerprint.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!f.matches("[0-9A-F]{40}")) {
            throw new UserError(ExitCodes.USAGE, "--expect-fingerprint '" + expectFingerprint + "' is not an "
                    + "OpenPGP fingerprint.", "Give the 40 hex digits (0-9, A-F) the sender told you; spaces are "
                    + "allowed.");
        }
        return java.util.Optional.of(f);
    }

    private int pdf() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PdfSignatures.Result r;
        try {
            r = PdfSignatures.check(file);
        } catch (IOException e) {
            throw new UserError(ExitCodes.INVALID_INPUT, file + " is not a readable PDF.",
                    "Check that the file is complete (not cut off while downloading).");
        }
        if (r.problems().isEmpty()) {
            out.println("INTACT: " + file);
            r.signers().forEach(s -> out.println("  signed by " + s));
            out.println("  The signature covers the whole file and matches it. Whether to trust the signer's "
                    + "certificate is for you to decide.");
            return ExitCodes.OK;
        }
        out.println("FAILED: " + file);
        r.problems().forEach(p -> out.println("  - " + p));
        return ExitCodes.VERIFICATION_FAILED;
    }
}
