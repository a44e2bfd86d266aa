package org.redress.evidence.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A new file written front to back in 1 MiB chunks by a background thread, so the disk works while the caller
 * computes the next bytes. Where the file system allows it, the file is opened for direct I/O ({@code O_DIRECT}):
 * chunks go from aligned memory straight to the disk, which spares the kernel a copy into its page cache and spares
 * the final fsync a cache full of dirty pages. Elsewhere it is an ordinary channel that the background thread
 * flushes every 32 MiB. {@link #finish} writes the rest and makes the file durable; {@link #close} without it stops
 * the thread and leaves a partial file for the caller to delete. Memory: at most four chunks, off the heap, reused
 * from one file to the next. Not API.
 */
public final class ChunkedFileOutput implements AutoCloseable {

    /** Bytes per chunk, a multiple of every block size direct I/O is used with. */
    static final int CHUNK = 1 << 20;
    private static final int CHUNKS = 4;
    private static final int FLUSH_CHUNKS = 32;
    private static final Chunk STOP = new Chunk(null, -1);
    /** Room for aligning a pooled chunk at both ends; larger block sizes get memory of their own. */
    private static final int SLACK = 64 * 1024;
    private static final int POOLED_CAPACITY = CHUNK + 2 * SLACK;
    /**
     * Chunk memory kept between files (at most eight chunks, about 9 MiB), so that a run of small items does not
     * allocate and zero direct memory for each one and leave it to the garbage collector, which may come too late for
     * the direct-memory limit (by default the heap's size).
     */
    private static final BlockingQueue<ByteBuffer> POOL = new ArrayBlockingQueue<>(2 * CHUNKS);
    /** The JDK's {@code O_DIRECT} option, or null where the runtime has none. */
    static final OpenOption DIRECT = directOption();
    /**
     * Per directory, the alignment its direct writes were seen to work with, or 0 where they are not used: looking up
     * a file store reads the mount table (about 0.1 ms here), too much to repeat for every small item.
     */
    private static final Map<Path, Integer> DIRECT_ALIGNMENT = new ConcurrentHashMap<>();

    private final FileChannel channel;
    private final int alignment;
    private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
    private final Thread thread;
    private final List<ByteBuffer> taken = new ArrayList<>(CHUNKS);
    private ByteBuffer current;
    private long position;
    private boolean stopped;
    private volatile IOException failure;

    private record Chunk(ByteBuffer buffer, long position) {
    }

    private ChunkedFileOutput(FileChannel channel, int alignment) {
        this.channel = channel;
        this.alignment = alignment;
        this.thread = new Thread(this::run, "redress-file-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Creates the file, which must not exist, with direct I/O where the file system supports it. */
    public static ChunkedFileOutput create(Path file) throws IOException {
        return create(file, true);
    }

    /** As {@link #create(Path)}; {@code tryDirect} false always uses an ordinary channel. */
    static ChunkedFileOutput create(Path file, boolean tryDirect) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Integer known = tryDirect && DIRECT != null ? DIRECT_ALIGNMENT.get(dir) : Integer.valueOf(0);
        int alignment = known != null ? known : alignment(dir);
        if (alignment > 0) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, DIRECT);
                if (known != null || directWritesWork(channel, alignment)) {
                    DIRECT_ALIGNMENT.put(dir, alignment);
                    return new ChunkedFileOutput(channel, alignment);
                }
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException | UnsupportedOperationException e) {
                // refused: see below
            }
            // The file system refuses direct I/O, possibly after creating the file: start again without it.
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(file);
        }
        if (tryDirect && DIRECT != null) {
            DIRECT_ALIGNMENT.put(dir, 0);
        }
        return new ChunkedFileOutput(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                0);
    }

    /**
     * Whether a direct write of one aligned block works on this new, empty file (it is then emptied again). Some file
     * systems open files for direct I/O and then refuse the writes, or want a stricter alignment than they report;
     * asking once per directory keeps such a vault working, on ordinary writes.
     */
    static boolean directWritesWork(FileChannel channel, int alignment) {
        try {
            ByteBuffer block = ByteBuffer.allocateDirect(2 * alignment).alignedSlice(alignment).limit(alignment);
            while (block.hasRemaining()) {
                channel.write(block, block.position());
            }
            channel.truncate(0);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The JDK's {@code O_DIRECT} option, looked up so that a runtime without {@code jdk.unsupported} still works. */
    private static OpenOption directOption() {
        try {
            Class<?> options = Class.forName("com.sun.nio.file.ExtendedOpenOption");
            for (Object option : options.getEnumConstants()) {
                if (((Enum<?>) option).name().equals("DIRECT")) {
                    return (OpenOption) option;
                }
            }
        } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
            // not available: ordinary I/O
        }
        return null;
    }

    /** The block size direct writes in a directory must align to, or 0 where unknown or not dividing a chunk. */
    private static int alignment(Path dir) {
        try {
            long size = Files.getFileStore(dir).getBlockSize();
            return size > 0 && size <= CHUNK && Long.bitCount(size) == 1 ? (int) size : 0;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return 0;
        }
    }

    /** How many chunks the pool holds now (for tests). */
    static int pooledChunks() {
        return POOL.size();
    }

    /** Whether the file is written with direct I/O. */
    boolean direct() {
        return alignment > 0;
    }

    /** Appends bytes; blocks while every chunk is waiting for the disk. */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (current == null) {
                current = nextChunk();
            }
            int n = Math.min(length, current.remaining());
            current.put(bytes, offset, n);
            offset += n;
            length -= n;
            if (!current.hasRemaining()) {
                current.flip();
                hand(new Chunk(current, position));
                position += CHUNK;
                current = null;
            }
        }
    }

    /** Appends bytes. */
    public void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    /** Writes what is left, waits for the background thread, and makes the file durable (fsync). */
    public void finish() throws IOException {
        stop();
        throwFailure();
        if (current != null) {
            int length = current.position();
            if (direct()) {
                int padded = (length + alignment - 1) / alignment * alignment;
                while (current.position() < padded) {
                    current.put((byte) 0);
                }
            }
            current.flip();
            for (long at = position; current.hasRemaining(); ) {
                at += channel.write(current, at);
            }
            if (direct()) {
                channel.truncate(position + length);
            }
            position += length;
            current = null;
        }
        channel.force(true);
    }

    /** Stops the background thread and closes the file; without {@link #finish} the file is incomplete. */
    @Override
    public void close() throws IOException {
        try {
            stop();
        } finally {
            try {
                channel.close();
            } finally {
                if (!thread.isAlive()) { // the writer holds no chunk any more
                    for (ByteBuffer memory : taken) {
                        if (memory.capacity() == POOLED_CAPACITY) {
                            POOL.offer(memory);
                        }
                    }
                    taken.clear();
                }
            }
        }
    }

    private ByteBuffer nextChunk() throws IOException {
        throwFailure();
        ByteBuffer chunk = free.poll();
        if (chunk == null && taken.size() < CHUNKS) {
            int align = Math.max(alignment, 1);
            ByteBuffer memory = align <= SLACK ? POOL.poll() : null;
            if (memory == null) {
                memory = ByteBuffer.allocateDirect(align <= SLACK ? POOLED_CAPACITY : CHUNK + 2 * align);
            }
            taken.add(memory);
            chunk = memory.clear().alignedSlice(align);
        }
        if (chunk == null) {
            try {
                chunk = free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while writing a file.", e);
            }
            throwFailure();
        }
        return chunk.clear().limit(CHUNK);
    }

    private void hand(Chunk chunk) throws IOException {
        try {
            full.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing a file.", e);
        }
    }

    private void stop() throws IOException {
        if (stopped) {
            return;
        }
        stopped = true;
        boolean interrupted = false;
        while (true) {
            try {
                full.put(STOP);
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwFailure() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The background thread: writes each chunk at its place; after a failure it only hands chunks back. */
    private void run() {
        long written = 0;
        while (true) {
            Chunk chunk;
            try {
                chunk = full.take();
            } catch (InterruptedException e) {
                continue; // only the STOP chunk ends the thread, so the writer can never block forever
            }
            if (chunk == STOP) {
                return;
            }
            if (failure == null) {
                try {
                    ByteBuffer buffer = chunk.buffer;
                    for (long at = chunk.position; buffer.hasRemaining(); ) {
                        at += channel.write(buffer, at);
                    }
                    if (!direct() && ++written % FLUSH_CHUNKS == 0) {
                        channel.force(false);
                    }
                } catch (IOException e) {
                    failure = e;
                }
            }
            free.offer(chunk.buffer);
        }
    }
}
