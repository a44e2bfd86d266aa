package org.redress.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redress.evidence.PrivateFiles;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;

/** Reads a case file given on the command line, with messages a person can act on. */
final class CaseFile {

    private CaseFile() {
    }

    /**
     * Reads and validates a case.
     *
     * @throws UserError when the file is missing or is a folder
     * @throws org.redress.core.InvalidDataException when the case is invalid (every problem listed)
     */
    static Case read(Path file) throws IOException {
        requireFile(file, "case file");
        return RedressJson.readCase(file);
    }

    /** Replaces a case file atomically: a crash leaves the old file or the new one, never half of one. */
    static void write(Path file, Case c) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        PrivateFiles.write(tmp, RedressJson.writeCase(c));
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Checks that a path names a readable regular file. */
    static void requireFile(Path file, String what) {
        if (!Files.exists(file)) {
            throw new UserError(ExitCodes.FILE_ERROR, "cannot find the " + what + " " + file + ".",
                    "Check the path. Relative paths start from the current folder.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.FILE_ERROR, file + " is not a file.",
                    "Give the path of the " + what + " itself, not of a folder.");
        }
        if (!Files.isReadable(file)) {
            throw new UserError(ExitCodes.FILE_ERROR, "not allowed to read " + file + ".",
                    "Check the file's permissions.");
        }
    }
}
