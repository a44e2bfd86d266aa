package org.redress.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.redress.evidence.bundle.BundleExporter;
import org.redress.evidence.bundle.BundleManifest;
import org.redress.evidence.bundle.BundleRequest;
import org.redress.evidence.bundle.BundleSigner;
import org.redress.evidence.bundle.BundleVerdict;
import org.redress.evidence.bundle.BundleVerifier;
import org.redress.evidence.bundle.ExportProfile;
import org.redress.evidence.custody.VerificationReport;
import org.redress.core.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress bundle --case CASE.json --vault DIR --out FILE.zip [--profile ...]}. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Export the evidence as one .zip that anyone can check with standard tools (sha256sum, gpg): "
                + "the files, their hashes, the custody log, signatures and a VERIFY.txt explaining how.",
            "Every bundle is signed with the vault's own long-term key; its fingerprint is printed (and shown by "
                + "'redress key'), so you can tell the recipient by another channel (a phone call) which key to "
                + "expect: they run 'redress verify --expect-fingerprint FPR FILE.zip'."})
final class BundleCommand implements Callable<Integer> {

    /** Who the bundle is for. */
    enum Profile {
        /** Everything, for your own lawyer or the police. */
        full(ExportProfile.FULL),
        /** Without device ids, IP addresses and locations. */
        standard(ExportProfile.STANDARD),
        /** For papers the other party will see: also without your contact details. */
        other_party(ExportProfile.OTHER_PARTY);

        final ExportProfile profile;

        Profile(ExportProfile profile) {
            this.profile = profile;
        }
    }

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
    Profile profile;

    @Override
    public Integer call() throws IOException {
        Case c = CaseFile.read(caseFile);
        if (!Files.isDirectory(vault.resolve("items"))) {
            throw new UserError(ExitCodes.FILE_ERROR, vault + " is not a vault made by 'redress capture'.",
                    "Give the folder you passed to 'redress capture --vault'.");
        }
        try (Preservation p = Preservation.open(vault, Passphrase.obtain(false))) {
            p.warnUnreadable(spec.commandLine().getErr());
            Exported e = export(c, p, out, profile.profile);
            PrintWriter o = spec.commandLine().getOut();
            o.println("Wrote the evidence bundle " + out + " (" + e.manifest().items().size() + " items, profile "
                    + profile + ").");
            o.println("Signing key fingerprint: " + grouped(e.manifest().signerFingerprint()));
            o.println("  (the same for every bundle from this vault: tell it to the recipient by phone or in person)");
            if (!e.leftOut().isEmpty()) {
                o.println("Not in the bundle (not held in this vault): " + String.join(", ", e.leftOut()));
            }
            o.println("Check it with: " + RedressCli.invocation() + " verify --expect-fingerprint "
                    + e.manifest().signerFingerprint() + " " + out + "   (or unzip it and follow VERIFY.txt)");
        }
        return ExitCodes.OK;
    }

    /** What an export wrote, and the case's evidence it could not include. */
    record Exported(BundleManifest manifest, List<String> leftOut) {
    }

    /** Exports every evidence item of the case that the vault holds. */
    static Exported export(Case c, Preservation p, Path zip, ExportProfile profile) throws IOException {
        if (Files.exists(zip)) {
            throw new UserError(ExitCodes.FILE_ERROR, zip + " already exists.",
                    "Give a new file name with --out; redress never overwrites a bundle.");
        }
        List<String> held = new java.util.ArrayList<>();
        Set<String> withheld = org.redress.core.plan.SafetyAssessment.of(c, java.time.OffsetDateTime.now())
                .childSexualImageEvidenceIds();
        List<String> leftOut = new java.util.ArrayList<>();
        for (var e : c.evidence()) {
            String unreadable = p.vault().unreadable().get(e.id());
            if (unreadable != null) {
                throw new org.redress.evidence.EvidenceIntegrityException(e.id(), unreadable);
            }
            (p.vault().contains(e.id()) && !withheld.contains(e.id()) ? held : leftOut).add(e.id());
        }
        BundleSigner signer = p.signer();
        BundleManifest m = new BundleExporter(p.capture(), signer, Optional.empty()).export(zip,
                new BundleRequest(c.id(), Optional.of(c.jurisdiction().code()), Optional.empty(), held,
                        profile, Preservation.PERSON, Preservation.TOOL));
        return new Exported(m, leftOut);
    }

    /** A fingerprint as gpg prints it: ten groups of four, with a wider gap in the middle. */
    static String grouped(String fingerprint) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += 4) {
            out.append(i == 0 ? "" : i == 20 ? "  " : " ").append(fingerprint, i, Math.min(i + 4, fingerprint.length()));
        }
        return out.toString();
    }

    /**
     * Verifies a bundle and prints the verdict; returns the exit code: {@link ExitCodes#OK} when it is intact and
     * signed by the expected key, {@link ExitCodes#SIGNER_UNCONFIRMED} when intact but no key was expected.
     */
    static int verify(Path zip, Optional<String> expected, PrintWriter out) throws IOException {
        BundleVerdict v;
        try {
            v = BundleVerifier.verify(zip, expected);
        } catch (org.redress.core.InvalidDataException e) {
            out.println("FAILED: " + zip + " is not a bundle redress can read.");
            e.problems().forEach(p -> out.println("  - " + p));
            return ExitCodes.VERIFICATION_FAILED;
        }
        if (v.ok()) {
            BundleManifest m = v.manifest().orElseThrow();
            out.println("Signer fingerprint:  " + grouped(m.signerFingerprint()));
            if (expected.isPresent()) {
                out.println("INTACT: " + zip + ", signed by the key you expected.");
            } else {
                out.println("UNCONFIRMED SIGNER: " + zip + " is intact, but nothing yet confirms who signed it.");
                out.println("  Compare the fingerprint above with the one the sender told you by phone or in person");
                out.println("  (a forger can re-sign altered evidence with a key of their own), then run:");
                out.println("  " + RedressCli.invocation() + " verify --expect-fingerprint " + m.signerFingerprint()
                        + " " + zip);
            }
            out.println("  case " + m.caseId() + ", " + m.items().size() + " evidence items, profile "
                    + m.profile() + ", made " + m.createdAt());
            out.println("  Every file matches its SHA-256 hash and CRC-32, the signatures hold, and the custody log "
                    + "and its checkpoints verify.");
            return expected.isPresent() ? ExitCodes.OK : ExitCodes.SIGNER_UNCONFIRMED;
        }
        out.println("FAILED: " + zip);
        for (VerificationReport.Finding f : v.findings()) {
            out.println("  - " + f.subject() + ": " + f.reason());
        }
        return ExitCodes.VERIFICATION_FAILED;
    }
}
