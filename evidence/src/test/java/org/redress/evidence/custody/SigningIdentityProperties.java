package org.redress.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.redress.evidence.bundle.BundleExporter;
import org.redress.evidence.bundle.BundleFixture;
import org.redress.evidence.bundle.BundleRequest;
import org.redress.evidence.bundle.BundleSigner;
import org.redress.evidence.bundle.BundleVerdict;
import org.redress.evidence.bundle.BundleVerifier;
import org.redress.evidence.bundle.ExportProfile;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.Fixtures;
import org.redress.evidence.VaultKey;
import org.redress.core.json.RedressJson;
import org.redress.core.plan.Planner;

/**
 * One vault's signing identity: whatever mix of captures, signing key changes and exports happens, every bundle
 * verifies (against the fingerprint it was signed with), and a checkpoint re-signed with any other key is refused.
 */
class SigningIdentityProperties {

    enum Step { CAPTURE, CHANGE_KEY, EXPORT }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMinSize(0).ofMaxSize(6);
    }

    @Property(tries = 12)
    void everyBundleFromOneVaultVerifiesAndAForeignCheckpointKeyIsRefused(@ForAll("steps") List<Step> steps)
            throws Exception {
        Path dir = Files.createTempDirectory("signing-identity");
        List<Step> all = new ArrayList<>();
        all.add(Step.CAPTURE);
        all.addAll(steps);
        all.add(Step.EXPORT);
        List<Path> bundles = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"),
                VaultKey.hostKey(Fixtures.HOST_KEY));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            for (Step step : all) {
                switch (step) {
                    case CAPTURE -> {
                        String id = "ev-" + (ids.size() + 1);
                        capture.capture(Fixtures.screenshot(id).build(), Fixtures.bytes(ids.size(), 100));
                        ids.add(id);
                    }
                    case CHANGE_KEY -> vault.replaceSigningKey();
                    case EXPORT -> {
                        BundleSigner signer = BundleSigner.of(vault.signingKey(), "Redress tests (fictional)");
                        Path zip = dir.resolve("bundle-" + bundles.size() + ".zip");
                        new BundleExporter(capture, signer, Optional.empty()).export(zip, new BundleRequest(
                                "case-fx-1", Optional.of("GB-ENG"), Optional.empty(), List.copyOf(ids),
                                ExportProfile.FULL, Fixtures.ACTOR, Fixtures.TOOL));
                        bundles.add(zip);
                        fingerprints.add(signer.fingerprint());
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }
        for (int i = 0; i < bundles.size(); i++) {
            BundleVerdict verdict = BundleVerifier.verify(bundles.get(i), Optional.of(fingerprints.get(i)));
            assertThat(verdict.findings()).as("bundle %d of %s", i, all).isEmpty();
        }
        // Re-sign each checkpoint of the last bundle in turn with a foreign key: always refused, naming it.
        Map<String, byte[]> members = BundleFixture.members(bundles.get(bundles.size() - 1));
        byte[] events = members.get("custody/custody.jsonl");
        String[] lines = new String(members.get("custody/checkpoints.jsonl"), StandardCharsets.UTF_8).split("\n");
        SigningKey foreign = SigningKey.generate();
        for (int k = 0; k < lines.length; k++) {
            Checkpoint cp = RedressJson.newMapper().readValue(lines[k], Checkpoint.class);
            ImmutableCheckpoint forged = ImmutableCheckpoint.copyOf(cp)
                    .withPublicKey(CheckpointSigner.encodePublicKey(foreign.publicKey()));
            forged = forged.withSignature(Base64.getEncoder().encodeToString(
                    foreign.sign(CustodyVerifier.signedBytes(forged))));
            String[] copy = lines.clone();
            copy[k] = new String(org.redress.evidence.custody.internal.CanonicalJson.bytes(RedressJson.toTree(forged)),
                    StandardCharsets.UTF_8);
            byte[] checkpoints = (String.join("\n", copy) + "\n").getBytes(StandardCharsets.UTF_8);
            VerificationReport report = CustodyVerifier.verify(events, checkpoints, Optional.empty());
            String subject = "checkpoint " + k + " public key";
            if (k == lines.length - 1 || cp.treeSize() > firstKeyChange(events)) {
                assertThat(report.findings()).as("checkpoint %d of %s", k, all)
                        .anyMatch(f -> f.subject().equals(subject));
            }
        }
    }

    /** The sequence number of the first signing key change (every checkpoint after it has a key in force). */
    private static long firstKeyChange(byte[] events) {
        String[] lines = new String(events, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"type\":\"signingKeyChanged\"")) {
                return i;
            }
        }
        return Long.MAX_VALUE;
    }
}
