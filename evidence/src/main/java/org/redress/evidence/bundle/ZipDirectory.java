package org.redress.evidence.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a zip's central directory itself (java.util.zip hides file attributes and tolerates duplicates) and refuses
 * hostile archives: path traversal, absolute paths, links, directories, duplicate names, encryption, several disks,
 * local headers that disagree with the directory, and sizes or ratios that mark a zip bomb. ZIP64 archives (members
 * or archives over 4 GiB) are read.
 */
final class ZipDirectory {

    /** Why an archive is refused. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String subject;

        Refused(String subject, String reason) {
            super(reason);
            this.subject = subject;
        }
    }

    /** A member as the central directory describes it. */
    record Entry(String name, long compressedSize, long size, long crc) {
    }

    /** The largest central directory read (10,000 members with long names need about 3 MB). */
    private static final long MAX_DIRECTORY = 64L << 20;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    private ZipDirectory() {
    }

    static List<Entry> read(Path zip, BundleVerifier.Limits limits) throws IOException, Refused {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long fileSize = ch.size();
            int tail = (int) Math.min(fileSize, 22 + 65535);
            ByteBuffer end = read(ch, fileSize - tail, tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new Refused("archive", "is not a zip archive (no end of central directory)");
            }
            long disk = Short.toUnsignedInt(end.getShort(eocd + 4));
            long cdDisk = Short.toUnsignedInt(end.getShort(eocd + 6));
            long entriesHere = Short.toUnsignedInt(end.getShort(eocd + 8));
            long entries = Short.toUnsignedInt(end.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            int commentLength = Short.toUnsignedInt(end.getShort(eocd + 20));
            long eocdAt = fileSize - tail + eocd;
            long cdEnd = eocdAt; // where the central directory must end
            if (eocd + 22 + commentLength != tail) {
                throw new Refused("archive", "has data after its end record");
            }
            if (disk == 0xffff || cdDisk == 0xffff || entriesHere == 0xffff || entries == 0xffff
                    || cdSize == 0xffffffffL || cdOffset == 0xffffffffL) {
                // ZIP64 (APPNOTE 4.3.14, 4.3.15): the real values are in the ZIP64 end record, found by its locator
                long locatorAt = eocdAt - 20;
                ByteBuffer locator = locatorAt < 0 ? null : read(ch, locatorAt, 20);
                if (locator == null || locator.getInt(0) != 0x07064b50) {
                    throw new Refused("archive", "has a damaged ZIP64 end record");
                }
                long recordAt = locator.getLong(8);
                if (locator.getInt(4) != 0 || locator.getInt(16) != 1) {
                    throw new Refused("archive", "spans several disks");
                }
                if (recordAt < 0 || recordAt + 56 > locatorAt) {
                    throw new Refused("archive", "has a damaged ZIP64 end record");
                }
                ByteBuffer record = read(ch, recordAt, 56);
                if (record.getInt(0) != 0x06064b50 || recordAt + 12 + record.getLong(4) != locatorAt) {
                    throw new Refused("archive", "has a damaged ZIP64 end record");
                }
                disk = Integer.toUnsignedLong(record.getInt(16));
                cdDisk = Integer.toUnsignedLong(record.getInt(20));
                entriesHere = record.getLong(24);
                entries = record.getLong(32);
                cdSize = record.getLong(40);
                cdOffset = record.getLong(48);
                cdEnd = recordAt;
            }
            if (disk != 0 || cdDisk != 0 || entriesHere != entries) {
                throw new Refused("archive", "spans several disks");
            }
            if (entries < 0 || entries > limits.maxMembers()) {
                throw new Refused("archive", "has " + entries + " members, more than the limit of "
                        + limits.maxMembers());
            }
            if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize != cdEnd) {
                throw new Refused("archive", "has a central directory that is not where its end record says");
            }
            if (cdSize > MAX_DIRECTORY) {
                throw new Refused("archive", "has a central directory of " + cdSize + " bytes, more than "
                        + MAX_DIRECTORY + " (possible zip bomb)");
            }
            ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
            List<Entry> out = new ArrayList<>();
            Set<String> names = new HashSet<>();
            Set<String> folded = new HashSet<>();
            long total = 0;
            int p = 0;
            for (int i = 0; i < entries; i++) {
                if (p + 46 > cd.limit() || cd.getInt(p) != 0x02014b50) {
                    throw new Refused("archive", "has a damaged central directory");
                }
                int madeBy = Short.toUnsignedInt(cd.getShort(p + 4));
                int flags = Short.toUnsignedInt(cd.getShort(p + 8));
                int method = Short.toUnsignedInt(cd.getShort(p + 10));
                long crc = Integer.toUnsignedLong(cd.getInt(p + 16));
                long csize = Integer.toUnsignedLong(cd.getInt(p + 20));
                long usize = Integer.toUnsignedLong(cd.getInt(p + 24));
                int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
                int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
                int entryCommentLength = Short.toUnsignedInt(cd.getShort(p + 32));
                long external = Integer.toUnsignedLong(cd.getInt(p + 38));
                long localOffset = Integer.toUnsignedLong(cd.getInt(p + 42));
                if (p + 46 + nameLength + extraLength + entryCommentLength > cd.limit()) {
                    throw new Refused("archive", "has a damaged central directory");
                }
                byte[] nameBytes = new byte[nameLength];
                cd.get(p + 46, nameBytes);
                String name = new String(nameBytes, StandardCharsets.UTF_8);
                String subject = printable(name);
                p += 46 + nameLength + extraLength + entryCommentLength;
                if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
                    throw new Refused(subject, "has an absolute path");
                }
                for (String segment : name.split("[/\\\\]", -1)) {
                    if (segment.equals("..")) {
                        throw new Refused(subject, "climbs out of the bundle (path traversal)");
                    }
                }
                if (name.endsWith("/")) {
                    throw new Refused(subject, "is a directory entry; bundles hold files only");
                }
                int type = (int) ((external >>> 16) & 0xf000);
                if ((madeBy >> 8) == 3 && type == 0xa000) {
                    throw new Refused(subject, "is a symbolic link");
                }
                if ((madeBy >> 8) == 3 && type != 0 && type != 0x8000) {
                    throw new Refused(subject, "is not a regular file");
                }
                if (!SAFE.matcher(name).matches()) {
                    throw new Refused(subject, "has a name with characters a bundle never uses");
                }
                if (!names.add(name) || !folded.add(name.toLowerCase(Locale.ROOT))) {
                    throw new Refused(subject, "appears twice in the archive");
                }
                if ((flags & 1) != 0) {
                    throw new Refused(subject, "is encrypted");
                }
                if (method != 0 && method != 8) {
                    throw new Refused(subject, "uses an unsupported compression method");
                }
                if (usize == 0xffffffffL || csize == 0xffffffffL || localOffset == 0xffffffffL) {
                    long[] real = zip64Values(cd, p - extraLength - entryCommentLength, extraLength,
                            new long[] {usize, csize, localOffset});
                    if (real == null) {
                        throw new Refused(subject, "has a damaged ZIP64 extra field");
                    }
                    usize = real[0];
                    csize = real[1];
                    localOffset = real[2];
                }
                total += usize;
                if (usize > limits.maxMemberSize() || total > limits.maxTotalSize()) {
                    throw new Refused(subject, "declares more bytes than the limit (possible zip bomb)");
                }
                if (usize > 1 << 20 && usize / Math.max(csize, 1) > limits.maxRatio()) {
                    throw new Refused(subject, "expands more than " + limits.maxRatio()
                            + " times (possible zip bomb)");
                }
                checkLocalHeader(ch, localOffset, nameBytes, subject, cdOffset,
                        new Entry(name, csize, usize, crc), flags, method);
                out.add(new Entry(name, csize, usize, crc));
            }
            if (p != cd.limit()) {
                throw new Refused("archive", "has a central directory with trailing data");
            }
            return out;
        }
    }

    /**
     * The sizes and offset of a central directory entry whose 32-bit fields hold 0xffffffff, from its ZIP64 extended
     * information extra field (APPNOTE 4.5.3): each value given there replaces, in order, one field that is full.
     * Null when the field is missing, too short, or gives a value over 2^63.
     */
    private static long[] zip64Values(ByteBuffer cd, int extraStart, int extraLength, long[] fields) {
        int q = extraStart;
        int end = extraStart + extraLength;
        while (q + 4 <= end) {
            int id = Short.toUnsignedInt(cd.getShort(q));
            int size = Short.toUnsignedInt(cd.getShort(q + 2));
            if (q + 4 + size > end) {
                return null;
            }
            if (id == 0x0001) {
                long[] out = fields.clone();
                int at = q + 4;
                for (int k = 0; k < out.length; k++) {
                    if (out[k] == 0xffffffffL) {
                        if (at + 8 > q + 4 + size || cd.getLong(at) < 0) {
                            return null;
                        }
                        out[k] = cd.getLong(at);
                        at += 8;
                    }
                }
                return out;
            }
            q += 4 + size;
        }
        return null;
    }

    /**
     * Checks that a member's local header says what the central directory says: name, flags, method, CRC-32 and
     * sizes (for a member written with a data descriptor, the descriptor's). Readers that trust the local header
     * (streaming unzippers) would otherwise see other data than readers that trust the directory.
     */
    private static void checkLocalHeader(FileChannel ch, long offset, byte[] name, String subject, long cdOffset,
            Entry central, int flags, int method) throws IOException, Refused {
        if (offset + 30 + name.length > cdOffset) {
            throw new Refused(subject, "points outside the archive's data");
        }
        ByteBuffer local = read(ch, offset, 30 + name.length);
        String disagrees = "has a local header that disagrees with the central directory";
        if (local.getInt(0) != 0x04034b50 || Short.toUnsignedInt(local.getShort(26)) != name.length) {
            throw new Refused(subject, disagrees);
        }
        byte[] localName = new byte[name.length];
        local.get(30, localName);
        if (!java.util.Arrays.equals(localName, name)) {
            throw new Refused(subject, disagrees + " (its name)");
        }
        int localFlags = Short.toUnsignedInt(local.getShort(6));
        if ((localFlags & 0x09) != (flags & 0x09) || Short.toUnsignedInt(local.getShort(8)) != method) {
            throw new Refused(subject, disagrees + " (its flags or compression method)");
        }
        long crc = Integer.toUnsignedLong(local.getInt(14));
        long csize = Integer.toUnsignedLong(local.getInt(18));
        long usize = Integer.toUnsignedLong(local.getInt(22));
        long dataStart = offset + 30 + name.length + Short.toUnsignedInt(local.getShort(28));
        if (dataStart + central.compressedSize() > cdOffset) {
            throw new Refused(subject, "points outside the archive's data");
        }
        boolean zip64 = central.size() >= 0xffffffffL || central.compressedSize() >= 0xffffffffL;
        if ((flags & 0x08) != 0) {
            // Sizes and CRC follow the data, in a data descriptor (APPNOTE 4.3.9), optionally with its signature.
            long at = dataStart + central.compressedSize();
            int length = (int) Math.min(4 + 4 + (zip64 ? 16 : 8), cdOffset - at);
            if (length < 12) {
                throw new Refused(subject, disagrees + " (its data descriptor is missing)");
            }
            ByteBuffer d = read(ch, at, length);
            int q = d.getInt(0) == 0x08074b50 && length >= (zip64 ? 24 : 16) ? 4 : 0;
            crc = Integer.toUnsignedLong(d.getInt(q));
            csize = zip64 ? d.getLong(q + 4) : Integer.toUnsignedLong(d.getInt(q + 4));
            usize = zip64 ? d.getLong(q + 12) : Integer.toUnsignedLong(d.getInt(q + 8));
        } else if (csize == 0xffffffffL || usize == 0xffffffffL) {
            csize = central.compressedSize(); // the local ZIP64 field; the directory's values were checked above
            usize = central.size();
        }
        if (crc != central.crc()) {
            throw new Refused(subject, disagrees + " (its CRC-32)");
        }
        if (csize != central.compressedSize() || usize != central.size()) {
            throw new Refused(subject, disagrees + " (its sizes)");
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, position + b.position()) < 0) {
                throw new IOException("unexpected end of archive");
            }
        }
        return b.flip();
    }

    /** A name made safe to print: control and non-ASCII characters escaped, at most 200 characters. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 200; i++) {
            char c = name.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }
}
