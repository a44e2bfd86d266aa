package org.redress.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Finds the bytes behind an image or attachment reference of a report document ({@code ExhibitReference.imageRef},
 * {@code Attachment.ref}). The default treats the reference as a file path; an application that keeps evidence in
 * a vault supplies its own resolver. Implementations must be safe to call from several threads.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface ImageResolver {

    /**
     * Opens the bytes a reference names. The renderer closes the stream and reads no more than its size limit.
     *
     * @param ref the reference as written in the document
     * @return the bytes
     * @throws NoSuchFileException when nothing has that reference
     * @throws IOException when the bytes cannot be read
     */
    InputStream open(String ref) throws IOException;

    /** {@return the default resolver: a reference is a file path, relative to the working directory} */
    static ImageResolver files() {
        return ref -> Files.newInputStream(Path.of(ref));
    }

    /**
     * {@return a resolver that reads file paths relative to {@code base}}
     *
     * @param base the directory that references are relative to
     */
    static ImageResolver filesUnder(Path base) {
        return ref -> Files.newInputStream(base.resolve(ref));
    }
}
