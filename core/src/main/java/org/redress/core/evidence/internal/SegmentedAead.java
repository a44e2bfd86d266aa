package org.redress.core.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.redress.core.evidence.IntegrityException;

/**
 * The vault's item file: a header, the content in AES-256-GCM segments, the encrypted record, and the record's
 * length. Each segment's 12-byte nonce is the item's random 7-byte prefix, the segment index (4 bytes, big-endian)
 * and a flag byte (0 for a content segment, 1 for the final content segment, 2 for the record); every segment
 * authenticates the header as associated data. So a segment moved, dropped, duplicated, appended or cut off fails
 * authentication, and so does a file renamed to another item's id. Not API.
 */
public final class SegmentedAead {

    /** Plaintext bytes per content segment. */
    public static final int SEGMENT = 64 * 1024;

    private static final byte[] MAGIC = "RDRSVLT1".getBytes(StandardCharsets.US_ASCII);
    private static final int TAG = 16;
    private static final int PREFIX = 7;

    private SegmentedAead() {
    }

    /** Wraps a secret with AES-256-GCM under a key: a random 12-byte nonce, then the ciphertext and tag. */
    public static byte[] wrap(byte[] kek, byte[] secret, String context) {
        try {
            byte[] nonce = new byte[12];
            new SecureRandom().nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(("redress-vault/1 " + context).getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(secret);
            byte[] out = Arrays.copyOf(nonce, 12 + ct.length);
            System.arraycopy(ct, 0, out, 12, ct.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** Unwraps what {@link #wrap} made with the same key and context. */
    public static byte[] unwrap(byte[] kek, byte[] wrapped, String context) throws AEADBadTagException {
        if (wrapped.length < 12 + TAG) {
            throw new AEADBadTagException("too short");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                    new GCMParameterSpec(128, wrapped, 0, 12));
            c.updateAAD(("redress-vault/1 " + context).getBytes(StandardCharsets.UTF_8));
            return c.doFinal(wrapped, 12, wrapped.length - 12);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private static byte[] header(byte[] prefix, String id) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(MAGIC.length + 4 + PREFIX + 2 + idBytes.length)
                .put(MAGIC).putInt(SEGMENT).put(prefix).putShort((short) idBytes.length).put(idBytes).array();
    }

    private static byte[] nonce(byte[] prefix, long index, int flag) {
        return ByteBuffer.allocate(12).put(prefix).putInt((int) index).put((byte) flag).array();
    }

    /** A writer of a new item file. */
    public static Writer writer(byte[] dataKey, String id, FileChannel out, SecureRandom random) throws IOException {
        byte[] prefix = new byte[PREFIX];
        random.nextBytes(prefix);
        return new Writer(dataKey, prefix, header(prefix, id), out);
    }

    /** A reader of an item file. */
    public static Reader reader(byte[] dataKey, String id, FileChannel in) throws IOException {
        return new Reader(dataKey, id, in);
    }

    /** Writes an item file: the header on creation, then {@link #writeContent}, then {@link #writeRecord}. */
    public static final class Writer {
        private final SecretKeySpec key;
        private final byte[] prefix;
        private final byte[] header;
        private final FileChannel out;
        private final Cipher cipher;
        private final ByteBuffer cipherText = ByteBuffer.allocate(SEGMENT + TAG);

        private Writer(byte[] dataKey, byte[] prefix, byte[] header, FileChannel out) throws IOException {
            this.key = new SecretKeySpec(dataKey, "AES");
            this.prefix = prefix;
            this.header = header;
            this.out = out;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is unavailable", e);
            }
            DurableFiles.writeFully(out, ByteBuffer.wrap(header));
        }

        /**
         * Encrypts the stream to its end, hashing the plaintext; returns its length. Two cores work at once: this
         * thread reads and hashes, a second thread encrypts and writes, segment by segment in order. Memory: a
         * fixed handful of segments, whatever the stream's length.
         */
        public long writeContent(InputStream in, Digests digests) throws IOException {
            try (Flusher flusher = new Flusher(out)) {
                return writeContent(in, digests, flusher);
            }
        }

        private long writeContent(InputStream in, Digests digests, Flusher flusher) throws IOException {
            BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
            for (int i = 0; i < BUFFERS; i++) {
                free.add(new byte[SEGMENT]);
            }
            BlockingQueue<Sealable> full = new ArrayBlockingQueue<>(BUFFERS);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread sealer = new Thread(() -> {
                try {
                    for (Sealable s = full.take(); s.buffer != null; s = full.take()) {
                        seal(nonce(prefix, s.index, s.last ? 1 : 0), s.buffer, s.length);
                        free.put(s.buffer);
                        if (s.index % FLUSH_SEGMENTS == FLUSH_SEGMENTS - 1) {
                            flusher.request();
                        }
                        if (s.last) {
                            return;
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                    free.clear();
                    free.offer(new byte[SEGMENT]); // unblocks a reader waiting for a buffer; it then sees the failure
                }
            }, "redress-vault-sealer");
            sealer.setDaemon(true);
            sealer.start();
            long total = 0;
            boolean done = false;
            try {
                byte[] current = free.take();
                int currentLength = in.readNBytes(current, 0, SEGMENT);
                for (long index = 0; ; index++) {
                    if (index > 0xFFFFFFFFL) {
                        throw new IOException("The content is too large for one vault item (256 TiB).");
                    }
                    byte[] next = free.take();
                    rethrow(failure.get());
                    int nextLength = currentLength == SEGMENT ? in.readNBytes(next, 0, SEGMENT) : 0;
                    boolean last = nextLength == 0;
                    digests.update(current, 0, currentLength);
                    total += currentLength;
                    full.put(new Sealable(current, currentLength, index, last));
                    if (last) {
                        done = true;
                        break;
                    }
                    current = next;
                    currentLength = nextLength;
                }
                sealer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while storing the item.", e);
            } finally {
                if (!done) {
                    full.offer(Sealable.STOP);
                    sealer.interrupt();
                }
            }
            rethrow(failure.get());
            return total;
        }

        private static void rethrow(Throwable t) throws IOException {
            if (t instanceof IOException) {
                throw (IOException) t;
            }
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            if (t != null) {
                throw new IOException("Storing the item failed.", t);
            }
        }

        /** Encrypts the record and writes it with its length. */
        public void writeRecord(byte[] json) throws IOException {
            byte[] buffer = json;
            ByteBuffer sealed;
            try {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce(prefix, 0, 2)));
                cipher.updateAAD(header);
                sealed = ByteBuffer.wrap(cipher.doFinal(buffer));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed", e);
            }
            int length = sealed.remaining();
            DurableFiles.writeFully(out, sealed);
            DurableFiles.writeFully(out, ByteBuffer.allocate(4).putInt(length).flip());
        }

        private void seal(byte[] nonce, byte[] plain, int length) throws IOException {
            try {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
                cipher.updateAAD(header);
                cipherText.clear();
                cipher.doFinal(ByteBuffer.wrap(plain, 0, length), cipherText);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed", e);
            }
            cipherText.flip();
            DurableFiles.writeFully(out, cipherText);
        }
    }

    /** Segments written between two requests to the flusher (32 MiB). */
    private static final int FLUSH_SEGMENTS = 512;

    /**
     * Pushes what has been written to the disk while the writing goes on (a third thread, mostly waiting on the
     * disk), so the final fsync finds little left to do: the disk works while the cores hash and encrypt, as a
     * plain copy's disk works while nothing else does. Requests that arrive during a flush are merged into the next.
     */
    private static final class Flusher implements AutoCloseable {
        private final FileChannel out;
        private final Thread thread;
        private boolean requested;
        private boolean closed;
        private IOException failure;

        Flusher(FileChannel out) {
            this.out = out;
            this.thread = new Thread(this::run, "redress-vault-flusher");
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void request() {
            requested = true;
            notifyAll();
        }

        private void run() {
            while (true) {
                synchronized (this) {
                    while (!requested && !closed) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (closed) {
                        return;
                    }
                    requested = false;
                }
                try {
                    out.force(false);
                } catch (IOException e) {
                    synchronized (this) {
                        failure = e;
                    }
                    return;
                }
            }
        }

        /** Stops the thread after any flush in progress; a failed flush is this item's failure. */
        @Override
        public void close() throws IOException {
            synchronized (this) {
                closed = true;
                notifyAll();
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while storing the item.", e);
            }
            synchronized (this) {
                if (failure != null) {
                    throw failure;
                }
            }
        }
    }

    /** Segment buffers in flight between the reading thread and the sealing thread. */
    private static final int BUFFERS = 6;

    /** A segment handed from the reading thread to the sealing thread; a null buffer means stop. */
    private record Sealable(byte[] buffer, int length, long index, boolean last) {
        static final Sealable STOP = new Sealable(null, 0, 0, true);
    }

    /** Reads an item file, checking every segment. */
    public static final class Reader {
        private final SecretKeySpec key;
        private final String id;
        private final FileChannel in;
        private final byte[] prefix;
        private final byte[] header;
        private final long contentStart;
        private final long contentEnd;
        private final int recordLength;
        private final Cipher cipher;

        private Reader(byte[] dataKey, String id, FileChannel in) throws IOException {
            this.key = new SecretKeySpec(dataKey.clone(), "AES");
            this.id = id;
            this.in = in;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is unavailable", e);
            }
            ByteBuffer fixed = read(0, MAGIC.length + 4 + PREFIX + 2);
            byte[] magic = new byte[MAGIC.length];
            fixed.get(magic);
            if (!Arrays.equals(magic, MAGIC) || fixed.getInt() != SEGMENT) {
                throw new IntegrityException(id, "its file is not a vault item of this format");
            }
            prefix = new byte[PREFIX];
            fixed.get(prefix);
            int idLength = Short.toUnsignedInt(fixed.getShort());
            byte[] idBytes = read(fixed.capacity(), idLength).array();
            if (!Arrays.equals(idBytes, id.getBytes(StandardCharsets.UTF_8))) {
                throw new IntegrityException(id, "its file belongs to another item");
            }
            header = header(prefix, id);
            contentStart = header.length;
            long size = in.size();
            if (size < contentStart + TAG + TAG + 4) {
                throw new IntegrityException(id, "its file is truncated");
            }
            recordLength = read(size - 4, 4).getInt();
            contentEnd = size - 4 - recordLength;
            if (recordLength < TAG || contentEnd < contentStart + TAG) {
                throw new IntegrityException(id, "its file is truncated or extended");
            }
        }

        /** The decrypted record. */
        public byte[] record() throws IOException {
            ByteBuffer sealed = read(contentEnd, recordLength);
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce(prefix, 0, 2)));
                cipher.updateAAD(header);
                return cipher.doFinal(sealed.array());
            } catch (AEADBadTagException e) {
                throw new IntegrityException(id, "its record failed authentication");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed", e);
            }
        }

        /** The content as a stream that checks every segment and, at its end, the SHA-256 and size. */
        public InputStream content(String expectedSha256, long expectedSize) {
            return new ContentStream(expectedSha256, expectedSize);
        }

        private ByteBuffer read(long position, int length) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(length);
            while (b.hasRemaining()) {
                if (in.read(b, position + b.position()) < 0) {
                    throw new IntegrityException(id, "its file is truncated");
                }
            }
            return b.flip();
        }

        private final class ContentStream extends InputStream {
            private final String expectedSha256;
            private final long expectedSize;
            private final MessageDigest sha;
            private final ByteBuffer sealed = ByteBuffer.allocate(SEGMENT + TAG);
            private final ByteBuffer plain = ByteBuffer.allocate(SEGMENT + TAG);
            private final long segments;
            private long index;
            private long total;
            private boolean done;

            ContentStream(String expectedSha256, long expectedSize) {
                this.expectedSha256 = expectedSha256;
                this.expectedSize = expectedSize;
                try {
                    this.sha = MessageDigest.getInstance("SHA-256");
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
                long length = contentEnd - contentStart;
                this.segments = (length + SEGMENT + TAG - 1) / (SEGMENT + TAG);
                plain.limit(0);
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (!plain.hasRemaining()) {
                    if (done) {
                        return -1;
                    }
                    nextSegment();
                }
                int n = Math.min(len, plain.remaining());
                plain.get(b, off, n);
                return n;
            }

            private void nextSegment() throws IOException {
                if (index >= segments) {
                    finish();
                    return;
                }
                long start = contentStart + index * (SEGMENT + TAG);
                int length = (int) Math.min(SEGMENT + TAG, contentEnd - start);
                boolean last = index == segments - 1;
                if (length < TAG) {
                    throw new IntegrityException(id, "segment " + index + " is truncated");
                }
                sealed.clear().limit(length);
                while (sealed.hasRemaining()) {
                    if (in.read(sealed, start + sealed.position()) < 0) {
                        throw new IntegrityException(id, "its file is truncated");
                    }
                }
                sealed.flip();
                plain.clear();
                try {
                    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce(prefix, index, last ? 1 : 0)));
                    cipher.updateAAD(header);
                    cipher.doFinal(sealed, plain);
                } catch (AEADBadTagException e) {
                    throw new IntegrityException(id, "segment " + index
                            + " failed authentication (altered, moved, truncated or extended)");
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("AES-GCM failed", e);
                }
                plain.flip();
                sha.update(plain.array(), 0, plain.limit());
                total += plain.limit();
                index++;
                if (last) {
                    finish();
                }
            }

            private void finish() throws IOException {
                if (done) {
                    return;
                }
                done = true;
                if (!HexFormat.of().formatHex(sha.digest()).equals(expectedSha256)) {
                    throw new IntegrityException(id, "its bytes do not match the recorded SHA-256");
                }
                if (expectedSize >= 0 && total != expectedSize) {
                    throw new IntegrityException(id, "its size does not match the record");
                }
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        }
    }
}
