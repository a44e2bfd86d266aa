package org.redress.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.redress.core.document.ReportDocument;
import org.redress.evidence.EvidenceVault;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.pdf.SigningOptions;
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

    /** The environment variable holding the signing keystore's password. */
    static final String SIGN_PASSWORD_ENV = "REDRESS_SIGN_PASSWORD";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE.json", description = "The case file.")
    Path caseFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the PDFs to.")
    Path out;

    @Option(names = "--force", description = "Replace PDFs that already exist in the folder (otherwise redress "
            + "refuses, so nothing is overwritten by mistake).")
    boolean force;

    @Option(names = "--fillable", description = "Make form fields you can still correct in a PDF reader.")
    boolean fillable;

    @Option(names = "--for-service", description = "Prepare papers to be served on the person harassing you: "
            + "your address, contact details and what you do to keep safe are withheld from them (notices to a "
            + "platform keep the contact details the law requires). What was withheld, and why, is in the notes "
            + "written next to each document.")
    boolean forService;

    @Option(names = "--vault", paramLabel = "DIR",
            description = "The vault holding the evidence, to print screenshots on the exhibit pages (passphrase "
                    + "from " + Passphrase.ENV + " or asked for).")
    Path vault;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
            description = "Sign every PDF with the key and certificate in this PKCS#12 file (password from "
                    + SIGN_PASSWORD_ENV + " or asked for).")
    Path keystore;

    @Override
    public Integer call() throws IOException {
        Case c = CaseFile.read(caseFile);
        Optional<SigningOptions> signing = keystore == null ? Optional.empty() : Optional.of(signer(keystore));
        Planner planner = Planner.load();
        Plan plan = planner.plan(c, PlanningContext.now());
        Papers.Built built = Papers.build(planner, c, plan,
                org.redress.core.plan.ImmutableDocumentOptions.builder().forService(forService).build());
        List<ReportDocument> docs = built.documents();
        PrintWriter o = spec.commandLine().getOut();
        Papers.printNotBuilt(built.notBuilt(), o);
        if (docs.isEmpty()) {
            o.println("No documents written.");
            return built.notBuilt().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
        }
        List<Papers.Rendered> rendered;
        if (vault != null) {
            try (Preservation p = Preservation.open(vault, Passphrase.obtain(false))) {
                rendered = Papers.render(docs, out, fillable, signing, Optional.of(p.vault()), force);
            }
        } else {
            rendered = Papers.render(docs, out, fillable, signing, Optional.<EvidenceVault>empty(), force);
        }
        o.println("Wrote " + rendered.size() + " PDF document(s):");
        rendered.forEach(r -> o.println("  " + Papers.describe(r)));
        if (vault == null && rendered.stream().anyMatch(r -> r.result().warnings().stream()
                .anyMatch(w -> w.code().equals(org.redress.pdf.RenderWarning.IMAGE_PLACEHOLDER)))) {
            o.println("To print the screenshots on the exhibit pages, add --vault DIR (the vault holding them).");
        }
        return built.notBuilt().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** Reads the signing key and certificate chain from a PKCS#12 file. */
    static SigningOptions signer(Path p12) throws IOException {
        CaseFile.requireFile(p12, "keystore");
        String env = System.getenv(SIGN_PASSWORD_ENV);
        char[] password;
        if (env != null) {
            password = env.toCharArray();
        } else if (System.console() != null) {
            password = System.console().readPassword("Keystore password: ");
        } else {
            throw new UserError(ExitCodes.USAGE, "the keystore needs a password and there is no terminal to ask.",
                    "Set the environment variable " + SIGN_PASSWORD_ENV + ".");
        }
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            for (String alias : java.util.Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) ks.getKey(alias, password);
                    Certificate[] chain = ks.getCertificateChain(alias);
                    return SigningOptions.builder(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList())
                            .reason("Prepared with redress").build();
                }
            }
            throw new UserError(ExitCodes.INVALID_INPUT, p12 + " holds no private key.",
                    "Give a PKCS#12 file with a key and its certificate.");
        } catch (GeneralSecurityException | IOException e) {
            if (e instanceof IOException && e.getCause() instanceof java.security.UnrecoverableKeyException
                    || e instanceof java.security.UnrecoverableKeyException) {
                throw new UserError(ExitCodes.INVALID_INPUT, "the keystore password is wrong.",
                        "Check " + SIGN_PASSWORD_ENV + ".");
            }
            throw new UserError(ExitCodes.INVALID_INPUT, p12 + " is not a readable PKCS#12 keystore.",
                    "Give a .p12 file with your signing key and certificate, and its password.");
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
