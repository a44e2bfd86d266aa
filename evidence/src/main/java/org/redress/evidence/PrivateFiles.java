package org.redress.evidence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Files and folders only their owner may read: files {@code 0600}, folders {@code 0700}, set explicitly after
 * creation so that the process's umask (often {@code 022}, which would leave them readable by every local user) does
 * not decide. On file systems without POSIX permissions (Windows) nothing is changed: there the folder's access
 * control list applies.
 *
 * @since 1.0
 */
public final class PrivateFiles {

    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates a folder and any missing parents; each folder created here is made private ({@code 0700}).
     *
     * @param dir the folder
     * @return {@code dir}
     * @throws IOException when a folder cannot be created or its permissions set
     */
    public static Path createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        Files.createDirectories(dir);
        for (Path p : missing) {
            restrict(p);
        }
        return dir;
    }

    /**
     * Makes an existing file {@code 0600} or folder {@code 0700}, where the file system has POSIX permissions.
     *
     * @param path the file or folder
     * @throws IOException when its permissions cannot be set
     */
    public static void restrict(Path path) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /**
     * Writes a file ({@code 0600}) with these bytes, replacing any file there. Not atomic; see the vault's writes.
     *
     * @param file the file
     * @param content the bytes
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, byte[] content) throws IOException {
        if (!Files.exists(file)) {
            Files.write(file, new byte[0]);
        }
        restrict(file);
        Files.write(file, content);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem() == FileSystems.getDefault()
                ? FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                : path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
