package org.redress.examples.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file the app accepts, recognised by their first bytes (not by the name or the browser's
 * claim): images, PDF, video, and plain text or saved e-mails.
 */
final class FileTypes {

    /** What the form says is accepted, for people. */
    static final String ACCEPTED = "PNG, JPEG, GIF or WebP images, PDF files, MP4 videos, and .txt or .eml text files";

    private FileTypes() {
    }

    /** The media type of the content, or empty when it is not an accepted kind. Leaves the stream at its start. */
    static Optional<String> sniff(BufferedInputStream in, String fileName) throws IOException {
        in.mark(64);
        byte[] head = in.readNBytes(16);
        in.reset();
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && new String(head, 8, 4,
                java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (head.length >= 8 && new String(head, 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("ftyp")) {
            return Optional.of("video/mp4");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if ((name.endsWith(".txt") || name.endsWith(".eml")) && text(head)) {
            return Optional.of(name.endsWith(".eml") ? "message/rfc822" : "text/plain");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static boolean text(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return head.length > 0;
    }
}
