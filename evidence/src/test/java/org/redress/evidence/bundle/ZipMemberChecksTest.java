package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Members whose bytes, CRC-32 or local header were altered are named, not the key. */
class ZipMemberChecksTest {

    @TempDir
    Path dir;

    /** A one-member stored zip, written by hand so that its fields can be altered. */
    private static byte[] storedZip(String name, byte[] data, long localCrc, long localSize, long centralCrc) {
        byte[] n = name.getBytes();
        CRC32 crc = new CRC32();
        crc.update(data);
        ByteBuffer b = ByteBuffer.allocate(30 + n.length + data.length + 46 + n.length + 22)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt((int) localCrc).putInt((int) localSize).putInt((int) localSize)
                .putShort((short) n.length).putShort((short) 0).put(n).put(data);
        int cd = b.position();
        b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt((int) centralCrc).putInt(data.length)
                .putInt(data.length).putShort((short) n.length).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt(0).putInt(0).put(n);
        int cdSize = b.position() - cd;
        b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(cdSize).putInt(cd).putShort((short) 0);
        return b.array();
    }

    private static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    @Test
    void aMemberWhoseBytesDoNotMatchItsCrcIsNamedAndNotTheKey() throws Exception {
        BundleFixture.export(dir.resolve("w"), dir.resolve("ok.zip"), ExportProfile.FULL, Optional.empty());
        // The same members stored uncompressed, then one byte of every signed file flipped in place, each in turn.
        java.util.Map<String, byte[]> members = BundleFixture.members(dir.resolve("ok.zip"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            for (java.util.Map.Entry<String, byte[]> m : members.entrySet()) {
                java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(m.getKey());
                e.setMethod(java.util.zip.ZipEntry.STORED);
                e.setSize(m.getValue().length);
                e.setCrc(crc(m.getValue()));
                out.putNextEntry(e);
                out.write(m.getValue());
                out.closeEntry();
            }
        }
        byte[] stored = bytes.toByteArray();
        Files.write(dir.resolve("stored.zip"), stored);
        assertThat(BundleVerifier.verify(dir.resolve("stored.zip")).findings()).isEmpty();
        for (String member : java.util.List.of("evidence/FX_1.png", "manifest.json", "SHA256SUMS",
                "SHA256SUMS.asc", "manifest.json.asc", "custody/custody.jsonl")) {
            byte[] content = members.get(member);
            int at = indexOf(stored, content);
            assertThat(at).as(member).isPositive();
            byte[] altered = stored.clone();
            altered[at + content.length / 2] ^= 0x20;
            Path zip = dir.resolve("altered.zip");
            Files.write(zip, altered);
            BundleVerdict v = BundleVerifier.verify(zip);
            assertThat(v.findings()).as(member).anyMatch(f -> f.subject().equals(member)
                    && f.reason().contains("CRC-32"));
            assertThat(v.failingMembers()).as(member).doesNotContain("public-key.asc");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aLocalHeaderWhoseSizeDisagreesWithTheDirectoryIsNamed() throws Exception {
        byte[] data = "fictional evidence".getBytes();
        Path zip = dir.resolve("b.zip");
        Files.write(zip, storedZip("evidence/a.txt", data, crc(data), data.length - 3, crc(data)));
        BundleVerdict v = BundleVerifier.verify(zip);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("evidence/a.txt");
            assertThat(f.reason()).contains("local header").contains("sizes");
        });
    }

    @Test
    void aLocalHeaderWhoseCrcDisagreesWithTheDirectoryIsNamed() throws Exception {
        byte[] data = "fictional evidence".getBytes();
        Path zip = dir.resolve("b.zip");
        Files.write(zip, storedZip("evidence/a.txt", data, crc(data) ^ 1, data.length, crc(data)));
        assertThat(BundleVerifier.verify(zip).findings()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("CRC-32"));
    }

    @Test
    void anUntouchedExportStillVerifies() throws Exception {
        BundleFixture.export(dir.resolve("w"), dir.resolve("ok.zip"), ExportProfile.FULL, Optional.empty());
        assertThat(BundleVerifier.verify(dir.resolve("ok.zip")).findings()).isEmpty();
    }
}
