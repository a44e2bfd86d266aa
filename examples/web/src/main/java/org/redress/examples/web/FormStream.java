package org.redress.examples.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} body part by part as it arrives, holding at most one buffer of it in memory and
 * writing nothing to disk: the file part is handed on as a stream (to the vault, which hashes and encrypts it while
 * it is received). Fields come in the order the form lists them, so the token and the description come before the
 * file.
 */
final class FormStream {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADERS = 8 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final long limit;
    private final byte[] buf;
    private int pos;
    private int end;
    private boolean eof;
    private long read;
    private boolean finished;
    private Part current;

    /**
     * @param limit the most bytes of body to read; beyond it {@link TooLargeException}
     */
    FormStream(InputStream in, String boundary, long limit) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.limit = limit;
        this.buf = new byte[BUFFER + delimiter.length + 4];
        // The body starts with "--boundary": a virtual CRLF in front makes every delimiter alike.
        buf[0] = '\r';
        buf[1] = '\n';
        end = 2;
    }

    /** The boundary of a {@code Content-Type: multipart/form-data; boundary=...}, or null. */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        for (String p : contentType.split(";")) {
            String t = p.strip();
            if (t.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = t.substring(9);
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 70 ? null : b;
            }
        }
        return null;
    }

    /** The next part, or null after the last. The previous part's content is skipped if it was not read. */
    Part next() throws IOException {
        if (current == null) {
            // skip the preamble up to the first delimiter
            current = new Part(null, null);
        }
        current.body.transferTo(OutputStreamNull.INSTANCE);
        if (finished) {
            return null;
        }
        // after a delimiter: "--" ends the body, CRLF starts a part's headers
        fill(2);
        if (end - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return null;
        }
        String headers = readHeaders();
        String disposition = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                disposition = line.substring(colon + 1);
            }
        }
        if (disposition == null) {
            throw new MalformedException("a part has no Content-Disposition");
        }
        current = new Part(param(disposition, "name"), param(disposition, "filename"));
        return current;
    }

    private String readHeaders() throws IOException {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        int last = 0;
        // the CRLF after the delimiter, then lines up to an empty one
        while (true) {
            fill(1);
            if (pos >= end) {
                throw new MalformedException("the body ends inside a part's headers");
            }
            byte c = buf[pos++];
            h.write(c);
            if (h.size() > MAX_HEADERS) {
                throw new MalformedException("a part's headers are too long");
            }
            // the last four bytes, without copying the whole header each byte (quadratic for long headers)
            last = (last << 8) | (c & 0xFF);
            if (h.size() >= 4 && last == 0x0D0A0D0A) {
                byte[] b = h.toByteArray();
                String s = new String(b, 0, b.length - 4, StandardCharsets.UTF_8);
                return s.startsWith("\r\n") ? s.substring(2) : s;
            }
        }
    }

    /** A Content-Disposition parameter's value (quoted or not), or null. */
    static String param(String disposition, String name) {
        int i = 0;
        String d = disposition;
        while (i < d.length()) {
            int semi = d.indexOf(';', i);
            if (semi < 0) {
                return null;
            }
            int eq = d.indexOf('=', semi);
            if (eq < 0) {
                return null;
            }
            String key = d.substring(semi + 1, eq).strip();
            int v = eq + 1;
            StringBuilder value = new StringBuilder();
            if (v < d.length() && d.charAt(v) == '"') {
                v++;
                while (v < d.length() && d.charAt(v) != '"') {
                    char c = d.charAt(v);
                    if (c == '\\' && v + 1 < d.length()) {
                        v++;
                        c = d.charAt(v);
                    }
                    value.append(c);
                    v++;
                }
                v++;
            } else {
                while (v < d.length() && d.charAt(v) != ';') {
                    value.append(d.charAt(v++));
                }
            }
            if (key.equalsIgnoreCase(name)) {
                return value.toString().strip();
            }
            i = v;
        }
        return null;
    }

    /** Reads until at least {@code want} bytes are buffered or the input ends. */
    private void fill(int want) throws IOException {
        if (end - pos >= want || eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        while (end - pos < want && !eof) {
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                read += n;
                if (read > limit) {
                    throw new TooLargeException();
                }
                end += n;
            }
        }
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = pos; i <= end - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One part: a form field (no file name) or a file. */
    final class Part {
        final String name;
        /** The file name as the browser sent it (null for a plain field). */
        final String fileName;
        final InputStream body = new InputStream() {
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (done) {
                    return -1;
                }
                if (len == 0) {
                    return 0;
                }
                fill(delimiter.length + 2);
                int at = indexOfDelimiter();
                int avail;
                if (at >= 0) {
                    avail = at - pos;
                    if (avail == 0) {
                        pos += delimiter.length;
                        done = true;
                        fill(2);
                        if (end - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
                            finished = true;
                        }
                        return -1;
                    }
                } else {
                    if (eof) {
                        throw new MalformedException("the body ends inside a part");
                    }
                    avail = end - pos - (delimiter.length - 1);
                    if (avail <= 0) {
                        // buffer holds only a possible start of the delimiter: read more
                        fill(end - pos + 1);
                        return read(b, off, len);
                    }
                }
                int n = Math.min(len, avail);
                System.arraycopy(buf, pos, b, off, n);
                pos += n;
                return n;
            }
        };

        Part(String name, String fileName) {
            this.name = name;
            this.fileName = fileName;
        }

        /** A plain field's value (UTF-8), at most {@code max} bytes. */
        String value(int max) throws IOException {
            byte[] v = body.readNBytes(max + 1);
            if (v.length > max) {
                throw new MalformedException("the field " + name + " is too long");
            }
            return new String(v, StandardCharsets.UTF_8);
        }
    }

    /** The body is larger than the limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("the form is larger than allowed");
        }
    }

    /** The body is not well-formed multipart. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
