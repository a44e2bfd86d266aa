package org.redress.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs an external tool in a test: fails when CI is "true" and the tool is missing, else skips. */
final class Tools {

    private Tools() {
    }

    /** The result of a run. */
    record Run(int exit, String output) {
    }

    static void require(String tool) {
        boolean present;
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as(tool + " must be installed in CI").isTrue();
        }
        Assumptions.assumeTrue(present, tool + " is not installed");
    }

    /** Runs a command in a directory; a tool still running after two minutes is killed. */
    static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("tool-", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // Output goes to a file, so a hung tool cannot block the reading; it is killed after the time-out.
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
