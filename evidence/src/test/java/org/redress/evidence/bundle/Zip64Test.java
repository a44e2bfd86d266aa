package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles in ZIP64 form (as java.util.zip writes them once a member or the archive passes 4 GiB) verify. The test
 * rewrites an exported bundle's central directory into ZIP64 form, every size and offset moved into ZIP64 extra
 * fields and the counts into a ZIP64 end record, rather than writing gigabytes; Info-ZIP's {@code unzip -t} checks
 * that the rewritten archive is a valid one.
 */
class Zip64Test {

    @TempDir
    Path dir;

    @Test
    void aBundleInZip64FormVerifies() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        BundleFixture.export(dir.resolve("store"), zip, ExportProfile.STANDARD, Optional.empty());
        Path zip64 = Files.write(dir.resolve("bundle64.zip"), toZip64(Files.readAllBytes(zip), false));
        BundleVerdict verdict = BundleVerifier.verify(zip64, Optional.of(BundleFixture.SIGNER.fingerprint()));
        assertThat(verdict.ok()).as(verdict.toString()).isTrue();
        assertThat(BundleFixture.members(zip64)).containsOnlyKeys(BundleFixture.members(zip).keySet());
        Tools.require("unzip");
        Tools.Run test = Tools.run(dir, Map.of(), List.of("unzip", "-t", zip64.toString()));
        assertThat(test.exit()).as(test.output()).isZero();
    }

    @Test
    void aDamagedZip64EndRecordIsRefused() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        BundleFixture.export(dir.resolve("store"), zip, ExportProfile.STANDARD, Optional.empty());
        Path zip64 = Files.write(dir.resolve("bundle64.zip"), toZip64(Files.readAllBytes(zip), true));
        BundleVerdict verdict = BundleVerifier.verify(zip64);
        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("archive");
            assertThat(f.reason()).contains("damaged ZIP64 end record");
        });
    }

    /** The same archive with a ZIP64 central directory; {@code damage} points the locator at the wrong place. */
    static byte[] toZip64(byte[] zip, boolean damage) {
        ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = zip.length - 22;
        int entries = Short.toUnsignedInt(in.getShort(eocd + 10));
        int cdOffset = in.getInt(eocd + 16);
        ByteArrayOutputStream cd = new ByteArrayOutputStream();
        int p = cdOffset;
        for (int i = 0; i < entries; i++) {
            int nameLength = Short.toUnsignedInt(in.getShort(p + 28));
            int extraLength = Short.toUnsignedInt(in.getShort(p + 30));
            int commentLength = Short.toUnsignedInt(in.getShort(p + 32));
            long csize = Integer.toUnsignedLong(in.getInt(p + 20));
            long usize = Integer.toUnsignedLong(in.getInt(p + 24));
            long offset = Integer.toUnsignedLong(in.getInt(p + 42));
            ByteBuffer header = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN).put(zip, p, 46);
            header.putInt(20, 0xffffffff).putInt(24, 0xffffffff).putInt(42, 0xffffffff)
                    .putShort(30, (short) (extraLength + 28));
            cd.writeBytes(header.array());
            cd.write(zip, p + 46, nameLength + extraLength);
            cd.writeBytes(ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 1)
                    .putShort((short) 24).putLong(usize).putLong(csize).putLong(offset).array());
            cd.write(zip, p + 46 + nameLength + extraLength, commentLength);
            p += 46 + nameLength + extraLength + commentLength;
        }
        byte[] directory = cd.toByteArray();
        long recordAt = (long) cdOffset + directory.length;
        ByteBuffer end = ByteBuffer.allocate(56 + 20 + 22).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(entries).putLong(entries).putLong(directory.length).putLong(cdOffset)
                .putInt(0x07064b50).putInt(0).putLong(damage ? recordAt + 1 : recordAt).putInt(1)
                .putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 0xffff)
                .putShort((short) 0xffff).putInt(0xffffffff).putInt(0xffffffff).putShort((short) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(zip, 0, cdOffset);
        out.writeBytes(directory);
        out.writeBytes(end.array());
        return out.toByteArray();
    }
}
