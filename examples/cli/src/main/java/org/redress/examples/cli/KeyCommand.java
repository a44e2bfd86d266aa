package org.redress.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.evidence.bundle.BundleSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress key --vault DIR [--export FILE.asc]}. */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = {"Show the fingerprint of the vault's signing key, which signs every bundle from the vault, and "
                + "optionally export its public key (for 'gpg --import').",
            "Tell the fingerprint to whoever receives your bundles by another channel (a phone call, in person); they "
                + "check a bundle with 'redress verify --expect-fingerprint FPR FILE.zip'."})
final class KeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--vault", required = true, paramLabel = "DIR", description = "The vault folder.")
    Path vault;

    @Option(names = "--export", paramLabel = "FILE.asc",
            description = "Write the public key (ASCII-armoured OpenPGP) to this file; it must not exist.")
    Path export;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(vault.resolve("items"))) {
            throw new UserError(ExitCodes.FILE_ERROR, vault + " is not a vault made by 'redress capture'.",
                    "Give the folder you passed to 'redress capture --vault'.");
        }
        if (export != null && Files.exists(export)) {
            throw new UserError(ExitCodes.FILE_ERROR, export + " already exists.",
                    "Give a new file name with --export; redress never overwrites a file.");
        }
        PrintWriter o = spec.commandLine().getOut();
        try (Preservation p = Preservation.open(vault, Passphrase.obtain(false))) {
            BundleSigner signer = p.signer();
            o.println("Signer fingerprint:  " + BundleCommand.grouped(signer.fingerprint()));
            o.println("  The vault's signing key, made " + signer.signingKey().created() + "; it signs every bundle "
                    + "from " + vault + ".");
            o.println("  Recipients check a bundle with: " + RedressCli.invocation() + " verify --expect-fingerprint "
                    + signer.fingerprint() + " FILE.zip");
            if (export != null) {
                Files.write(export, signer.armoredPublicKey(), java.nio.file.StandardOpenOption.CREATE_NEW);
                o.println("Wrote the public key to " + export + " (import it with: gpg --import " + export + ").");
            }
        }
        return ExitCodes.OK;
    }
}
