package org.redress.core.bundle;

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
 * hostile archives: path traversal, absolute paths, links, directories, duplicate names, encryption, ZIP64, local
 * headers that disagree with the directory, and sizes or ratios that mark a zip bomb.
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
    record Entry(String name, long compressedSize, long size) {
    }

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
            int disk = Short.toUnsignedInt(end.getShort(eocd + 4));
            int cdDisk = Short.toUnsignedInt(end.getShort(eocd + 6));
            int entriesHere = Short.toUnsignedInt(end.getShort(eocd + 8));
            int entries = Short.toUnsignedInt(end.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            int commentLength = Short.toUnsignedInt(end.getShort(eocd + 20));
            if (entries == 0xffff || cdOffset == 0xffffffffL || cdSize == 0xffffffffL) {
                throw new Refused("archive", "is a ZIP64 archive, which this verifier does not read");
            }
            if (disk != 0 || cdDisk != 0 || entriesHere != entries) {
                throw new Refused("archive", "spans several disks");
            }
            if (eocd + 22 + commentLength != tail) {
                throw new Refused("archive", "has data after its end record");
            }
            if (entries > limits.maxMembers()) {
                throw new Refused("archive", "has " + entries + " members, more than the limit of "
                        + limits.maxMembers());
            }
            if (cdOffset + cdSize != fileSize - tail + eocd) {
                throw new Refused("archive", "has a central directory that is not where its end record says");
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
                    throw new Refused(subject, "uses ZIP64 sizes, which this verifier does not read");
                }
                total += usize;
                if (usize > limits.maxMemberSize() || total > limits.maxTotalSize()) {
                    throw new Refused(subject, "declares more bytes than the limit (possible zip bomb)");
                }
                if (usize > 1 << 20 && usize / Math.max(csize, 1) > limits.maxRatio()) {
                    throw new Refused(subject, "expands more than " + limits.maxRatio()
                            + " times (possible zip bomb)");
                }
                checkLocalHeader(ch, localOffset, nameBytes, subject, cdOffset);
                out.add(new Entry(name, csize, usize));
            }
            if (p != cd.limit()) {
                throw new Refused("archive", "has a central directory with trailing data");
            }
            return out;
        }
    }

    private static void checkLocalHeader(FileChannel ch, long offset, byte[] name, String subject, long cdOffset)
            throws IOException, Refused {
        if (offset + 30 + name.length > cdOffset) {
            throw new Refused(subject, "points outside the archive's data");
        }
        ByteBuffer local = read(ch, offset, 30 + name.length);
        if (local.getInt(0) != 0x04034b50 || Short.toUnsignedInt(local.getShort(26)) != name.length) {
            throw new Refused(subject, "has a local header that disagrees with the central directory");
        }
        byte[] localName = new byte[name.length];
        local.get(30, localName);
        if (!java.util.Arrays.equals(localName, name)) {
            throw new Refused(subject, "has a local header that disagrees with the central directory");
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
