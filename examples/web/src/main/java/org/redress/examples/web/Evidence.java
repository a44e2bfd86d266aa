package org.redress.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.redress.core.model.EvidenceRecord;

/** The evidence vault as the app uses it. */
final class Evidence {

    private Evidence() {
    }

    static Evidence open(Path dir, char[] passphrase) {
        return new Evidence();
    }

    EvidenceRecord put(String id, String fileName, String mediaType, InputStream content, String description)
            throws IOException {
        throw new Unavailable("Keeping evidence in the encrypted vault");
    }

    /** A feature this build does not have. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String feature) {
            super(feature + " is not available in this version of the app.", null, false, false);
        }
    }
}
