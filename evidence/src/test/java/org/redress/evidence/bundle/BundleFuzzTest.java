package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of the zip central-directory reader and the bundle verifier with whole files.
 * Under plain {@code mvn test} it runs the committed inputs in
 * {@code src/test/resources/org/redress/evidence/bundle/BundleFuzzTestInputs/<method>/} (a small real bundle, an empty
 * zip, and every crash ever found); with {@code JAZZER_FUZZ=1} it fuzzes (see docs/fuzzing.md). The reader may
 * refuse or fail to read; the verifier must give a verdict (or an {@link IOException} for a file that is not a
 * zip at all); anything else is a finding.
 */
class BundleFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void zipDirectory(byte[] zip) throws IOException {
        Path file = Files.createTempFile("redress-fuzz", ".zip");
        try {
            Files.write(file, zip);
            try {
                for (ZipDirectory.Entry e : ZipDirectory.read(file, BundleVerifier.Limits.DEFAULT)) {
                    assertThat(e).isNotNull();
                }
            } catch (ZipDirectory.Refused | IOException expected) {
                // refused, with a reason
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void verifyBundle(byte[] zip) throws IOException {
        Path file = Files.createTempFile("redress-fuzz", ".zip");
        try {
            Files.write(file, zip);
            BundleVerdict verdict;
            try {
                verdict = BundleVerifier.verify(file);
            } catch (IOException notAZip) {
                return;
            }
            assertThat(verdict).isNotNull();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
