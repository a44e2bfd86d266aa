package org.redress.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.bundle.BundleExporter;
import org.redress.evidence.bundle.BundleRequest;
import org.redress.evidence.bundle.BundleSigner;
import org.redress.evidence.bundle.BundleVerdict;
import org.redress.evidence.bundle.BundleVerifier;
import org.redress.evidence.bundle.ExportProfile;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.CaptureMetadata;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.VaultKey;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.Tool;
import org.redress.core.plan.Planner;
import org.redress.evidence.timestamp.HttpTimeStampAuthority;

/** Bundles time-stamped through the local TSA: openssl accepts the token, and the verifier checks it. */
class TimeStampedBundleTest {

    @TempDir
    Path dir;

    @Test
    void opensslTsVerifyAcceptsTheManifestTokenAndTheVerifierNamesATamperedOne() throws Exception {
        Tools.require("openssl");
        Collector actor = Collector.of("collector-1", "advocate");
        Tool tool = Tool.of("redress-tck", "0.1.0");
        BundleSigner signer = BundleSigner.generate("Redress tck (fictional)");
        Path zip = dir.resolve("bundle.zip");
        try (LocalTimeStampAuthority tsa = LocalTimeStampAuthority.start();
             DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"),
                     VaultKey.hostKey(new byte[32]));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            capture.capture(CaptureMetadata.builder().id("ev-1").kind(EvidenceKind.DOCUMENT).collector(actor)
                    .tool(tool).origin(EvidenceOrigin.IMPORTED).fileName("letter.txt").build(),
                    "a fictional letter\n".getBytes());
            new BundleExporter(capture, signer, Optional.of(new HttpTimeStampAuthority(tsa.url())))
                    .export(zip, new BundleRequest("case-1", Optional.empty(), Optional.empty(), List.of("ev-1"),
                            ExportProfile.STANDARD, actor, tool));
            tsa.writeRootCertificatePem(dir.resolve("tsa-root.pem"));
            assertThat(tsa.requestCount()).isEqualTo(2); // the checkpoint and the manifest
            assertThat(log.checkpoints().get(0).timeStampToken()).isPresent();
        }
        BundleVerdict verdict = BundleVerifier.verify(zip, Optional.of(signer.fingerprint()));
        assertThat(verdict.ok()).as(verdict.toString()).isTrue();

        Map<String, byte[]> members = members(zip);
        assertThat(members).containsKey("manifest.json.tsr");
        Files.write(dir.resolve("manifest.json"), members.get("manifest.json"));
        Files.write(dir.resolve("manifest.json.tsr"), members.get("manifest.json.tsr"));
        Tools.Run ok = Tools.run(dir, List.of("openssl", "ts", "-verify", "-in", "manifest.json.tsr", "-token_in",
                "-data", "manifest.json", "-CAfile", "tsa-root.pem"));
        assertThat(ok.output()).contains("Verification: OK");

        byte[] tsr = members.get("manifest.json.tsr").clone();
        tsr[tsr.length / 2] ^= 0x5a;
        members.put("manifest.json.tsr", tsr);
        Path tampered = dir.resolve("tampered.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                out.putNextEntry(new ZipEntry(m.getKey()));
                out.write(m.getValue());
                out.closeEntry();
            }
        }
        assertThat(BundleVerifier.verify(tampered).failingMembers()).contains("manifest.json.tsr");
    }

    private static Map<String, byte[]> members(Path zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = z.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = z.getInputStream(entry)) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }
}
