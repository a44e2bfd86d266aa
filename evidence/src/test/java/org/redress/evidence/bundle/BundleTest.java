package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.json.RedressJson;

class BundleTest {

    @TempDir
    Path dir;

    private Path bundle(ExportProfile profile) throws Exception {
        Path zip = dir.resolve("bundle.zip");
        BundleFixture.export(dir.resolve("store"), zip, profile, Optional.empty());
        return zip;
    }

    @Test
    void anExportedBundleVerifies() throws Exception {
        Path zip = bundle(ExportProfile.STANDARD);
        BundleVerdict verdict = BundleVerifier.verify(zip, Optional.of(BundleFixture.SIGNER.fingerprint()));
        assertThat(verdict.ok()).as(verdict.toString()).isTrue();
        BundleManifest m = verdict.manifest().orElseThrow();
        assertThat(m.items()).extracting(BundleItem::exhibitLabel).containsExactly("FX/1", "FX/2", "ev-3");
        assertThat(m.items()).extracting(BundleItem::path)
                .containsExactly("evidence/FX_1.png", "evidence/FX_2.png", "evidence/ev-3.png");
        assertThat(BundleFixture.names(zip)).contains("SHA256SUMS", "SHA256SUMS.asc", "manifest.json.asc",
                "public-key.asc", "VERIFY.txt", "custody/custody.jsonl", "custody/checkpoints.jsonl",
                "custody/proofs.json").doesNotContain("manifest.json.tsr");
    }

    @Test
    void aDifferentExpectedKeyIsNamed() throws Exception {
        Path zip = bundle(ExportProfile.FULL);
        BundleVerdict verdict = BundleVerifier.verify(zip, Optional.of("0".repeat(40)));
        assertThat(verdict.failingMembers()).containsExactly("public-key.asc");
    }

    @Test
    void profilesLeaveOutWhatTheRecipientMustNotSeeAndHashesStillVerify() throws Exception {
        Path zip = bundle(ExportProfile.STANDARD);
        String manifest = new String(BundleFixture.members(zip).get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).doesNotContain("device-0000-fictional").doesNotContain("192.0.2.10")
                .doesNotContain("51.5,-0.1").contains("Android phone");
        Path full = dir.resolve("full.zip");
        BundleFixture.export(dir.resolve("store2"), full, ExportProfile.FULL, Optional.empty());
        assertThat(new String(BundleFixture.members(full).get("manifest.json"), StandardCharsets.UTF_8))
                .contains("device-0000-fictional");
        Path other = dir.resolve("other.zip");
        BundleFixture.export(dir.resolve("store3"), other, ExportProfile.OTHER_PARTY, Optional.empty());
        assertThat(new String(BundleFixture.members(other).get("manifest.json"), StandardCharsets.UTF_8))
                .doesNotContain("Android phone");
        assertThat(BundleVerifier.verify(other).ok()).isTrue();
    }

    @Test
    void sha256sumAndGpgAcceptTheBundle() throws Exception {
        Tools.require("sha256sum");
        Tools.require("gpg");
        Path zip = bundle(ExportProfile.STANDARD);
        Path out = Files.createDirectory(dir.resolve("unpacked"));
        BundleFixture.unpack(zip, out);
        Tools.Run sums = Tools.run(out, Map.of(), List.of("sha256sum", "-c", "--strict", "SHA256SUMS"));
        assertThat(sums.exit()).as(sums.output()).isZero();
        assertThat(sums.output()).contains("evidence/FX_1.png: OK").doesNotContain("FAILED");

        Path home = Files.createDirectory(dir.resolve("gnupg"));
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Map<String, String> env = Map.of("GNUPGHOME", home.toString());
        assertThat(Tools.run(out, env, List.of("gpg", "--batch", "--import", "public-key.asc")).exit()).isZero();
        for (String signed : List.of("SHA256SUMS", "manifest.json")) {
            Tools.Run v = Tools.run(out, env, List.of("gpg", "--batch", "--verify", signed + ".asc", signed));
            assertThat(v.exit()).as(v.output()).isZero();
            assertThat(v.output()).contains("Good signature");
        }
        assertThat(new String(Files.readAllBytes(out.resolve("VERIFY.txt")), StandardCharsets.UTF_8))
                .contains(BundleFixture.SIGNER.fingerprint().substring(0, 4));

        Files.write(out.resolve("evidence/FX_2.png"), new byte[] {1, 2, 3});
        Tools.Run bad = Tools.run(out, Map.of(), List.of("sha256sum", "-c", "SHA256SUMS"));
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.output()).contains("evidence/FX_2.png: FAILED");
    }

    private BundleVerdict verifyMembers(Map<String, byte[]> members) throws Exception {
        Path zip = Files.write(dir.resolve("hostile.zip"), BundleFixture.zip(members));
        return BundleVerifier.verify(zip);
    }

    private Map<String, byte[]> original;

    private Map<String, byte[]> plus(String name, byte[] content) throws Exception {
        if (original == null) {
            original = BundleFixture.members(bundle(ExportProfile.STANDARD));
        }
        Map<String, byte[]> m = new LinkedHashMap<>(original);
        m.put(name, content);
        return m;
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        BundleVerdict v = verifyMembers(plus("evidence/../../evil.sh", new byte[1]));
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("evidence/../../evil.sh");
            assertThat(f.reason()).contains("path traversal");
        });
    }

    @Test
    void absolutePathsAreRefused() throws Exception {
        assertThat(verifyMembers(plus("/etc/cron.d/evil", new byte[1])).findings().get(0).reason())
                .contains("absolute path");
        assertThat(verifyMembers(plus("C:/evil.bat", new byte[1])).findings().get(0).reason())
                .contains("absolute path");
    }

    /** Patches the central directory entry of a member (name found by bytes) with a change. */
    private static byte[] patchCentral(byte[] zip, String name, java.util.function.BiConsumer<ByteBuffer, Integer> p) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50 && Short.toUnsignedInt(b.getShort(i + 28)) == n.length
                    && java.util.Arrays.equals(java.util.Arrays.copyOfRange(zip, i + 46, i + 46 + n.length), n)) {
                p.accept(b, i);
                return zip;
            }
        }
        throw new AssertionError("no central entry " + name);
    }

    @Test
    void linksAreRefused() throws Exception {
        byte[] zip = BundleFixture.zip(plus("evidence/link.png", "/etc/passwd".getBytes()));
        patchCentral(zip, "evidence/link.png", (b, i) -> {
            b.putShort(i + 4, (short) ((3 << 8) | 20));
            b.putInt(i + 38, 0120777 << 16);
        });
        BundleVerdict v = BundleVerifier.verify(Files.write(dir.resolve("link.zip"), zip));
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("evidence/link.png");
            assertThat(f.reason()).contains("symbolic link");
        });
    }

    @Test
    void duplicateEntriesAreRefused() throws Exception {
        Map<String, byte[]> m = plus("VERIFY.txX", "a second VERIFY.txt".getBytes());
        byte[] zip = BundleFixture.zip(m);
        // Rename the extra member to VERIFY.txt in both its local and central headers.
        String text = new String(zip, StandardCharsets.ISO_8859_1).replace("VERIFY.txX", "VERIFY.txt");
        BundleVerdict v = BundleVerifier.verify(Files.write(dir.resolve("dup.zip"),
                text.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("VERIFY.txt");
            assertThat(f.reason()).contains("twice");
        });
    }

    @Test
    void zipBombsAreRefused() throws Exception {
        Map<String, byte[]> m = plus("evidence/zeros.bin", new byte[8 << 20]);
        Path zip = Files.write(dir.resolve("bomb.zip"), BundleFixture.zip(m));
        BundleVerdict ratio = BundleVerifier.verify(zip, Optional.empty(),
                new BundleVerifier.Limits(10_000, 1L << 30, 1L << 32, 100));
        assertThat(ratio.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("evidence/zeros.bin");
            assertThat(f.reason()).contains("zip bomb");
        });
        BundleVerdict size = BundleVerifier.verify(zip, Optional.empty(),
                new BundleVerifier.Limits(10_000, 1L << 20, 1L << 32, 1000));
        assertThat(size.findings().get(0).reason()).contains("zip bomb");
    }

    @Test
    void notAZipIsRefused() throws Exception {
        Path junk = Files.write(dir.resolve("junk.zip"), "not a zip".getBytes());
        assertThat(BundleVerifier.verify(junk).findings()).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("archive"));
    }

    @Test
    void theManifestIsValidJsonWithTheRecords() throws Exception {
        Path zip = bundle(ExportProfile.STANDARD);
        BundleManifest m = RedressJson.read(BundleFixture.members(zip).get("manifest.json"), BundleManifest.class,
                "manifest");
        assertThat(m.items().get(0).record().sha256()).contains(m.items().get(0).sha256());
        assertThat(m.signerFingerprint()).isEqualTo(BundleFixture.SIGNER.fingerprint());
    }
}
