package org.redress.evidence.internal;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Atomic, durable file writes: temporary file, fsync, rename, fsync of the directory. Not API. */
public final class DurableFiles {

    /** The suffix of temporary files; readers ignore files ending with it. */
    public static final String TEMP_SUFFIX = ".tmp";

    private DurableFiles() {
    }

    /** Something that writes a file's content to a channel. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the content. */
        void write(FileChannel channel) throws IOException;
    }

    /** A fresh temporary file name next to the target. */
    public static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    }

    /**
     * Writes a file atomically and durably: readers see the old file or the whole new one, never part of it, and once
     * this returns the new file survives a crash.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path temp = tempFor(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                org.redress.evidence.PrivateFiles.restrict(temp);
                writer.write(channel);
                channel.force(true);
            }
            commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes bytes atomically and durably. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, channel -> writeFully(channel, ByteBuffer.wrap(content)));
    }

    /** Renames a temporary file (already fsynced) over its target and fsyncs the directory. */
    public static void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file system cannot rename files atomically; the vault needs one that can.", e);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** Fsyncs a directory so that a rename or a new file in it survives a crash (a no-op where unsupported). */
    public static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }

    /** Writes the whole buffer. */
    public static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /**
     * Opens a file to read from start to end. On the default file system this is a {@link FileInputStream}, which
     * reads large files several times faster than the channel stream of {@link Files#newInputStream} (measured on
     * JDK 17: about 0.13 s against 0.6 s per GiB); when it cannot open the file, {@link Files#newInputStream} is
     * asked instead, so the caller gets its precise exception (such as {@code NoSuchFileException}).
     */
    public static InputStream openForReading(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            try {
                return new FileInputStream(file.toFile());
            } catch (FileNotFoundException e) {
                // fall through
            }
        }
        return Files.newInputStream(file);
    }

    /** Deletes a file durably (the directory is fsynced). */
    public static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            syncDirectory(file.toAbsolutePath().getParent());
        }
    }
}
