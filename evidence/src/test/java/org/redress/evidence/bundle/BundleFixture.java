package org.redress.evidence.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.Fixtures;
import org.redress.evidence.VaultKey;
import org.redress.core.plan.Planner;
import org.redress.evidence.timestamp.TimeStampAuthority;

/** Makes bundles for tests, and rewrites them member by member. */
public final class BundleFixture {

    private BundleFixture() {
    }

    /** The signer every fixture bundle is signed with. */
    public static final BundleSigner SIGNER = BundleSigner.generate("Redress test exports (fictional)");

    /** Captures three fictional items in a fresh vault under {@code dir} and exports them to {@code zip}. */
    public static BundleManifest export(Path dir, Path zip, ExportProfile profile, Optional<TimeStampAuthority> tsa)
            throws IOException {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"),
                VaultKey.hostKey(Fixtures.HOST_KEY));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            capture.capture(Fixtures.screenshot("ev-1").exhibitLabel("FX/1").build(), Fixtures.bytes(1, 70_000));
            log.checkpoint(SIGNER.checkpointSigner(), tsa);
            capture.capture(Fixtures.screenshot("ev-2").exhibitLabel("FX/2").build(), Fixtures.bytes(2, 1234));
            capture.capture(Fixtures.screenshot("ev-3").build(), Fixtures.bytes(3, 0));
            BundleExporter exporter = new BundleExporter(capture, SIGNER, tsa);
            return exporter.export(zip, new BundleRequest("case-fx-1", Optional.of("GB-ENG"),
                    Optional.of("Fictional case for tests."), List.of("ev-1", "ev-2", "ev-3"), profile,
                    Fixtures.ACTOR, Fixtures.TOOL));
        }
    }

    /** The members of a zip, in order. */
    public static Map<String, byte[]> members(Path zip) throws IOException {
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

    /** Writes members to a zip. */
    public static byte[] zip(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                out.putNextEntry(new ZipEntry(m.getKey()));
                out.write(m.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Unpacks a zip into a directory. */
    public static void unpack(Path zip, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> m : members(zip).entrySet()) {
            Path target = dir.resolve(m.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, m.getValue());
        }
    }

    /** The member names in order. */
    public static List<String> names(Path zip) throws IOException {
        return new ArrayList<>(members(zip).keySet());
    }
}
