package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs independent tools in tests: fails when CI is "true" and the tool is missing, else skips. */
public final class Tools {

    private Tools() {
    }

    /** A finished run. */
    public record Run(int exit, String output) {
    }

    /** Skips (or fails in CI) when the tool is not installed. */
    public static void require(String tool) {
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

    /** Runs a command in a directory with extra environment variables. */
    public static Run run(Path dir, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("tool-", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
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
