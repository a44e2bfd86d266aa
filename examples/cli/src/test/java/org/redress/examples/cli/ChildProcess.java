package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a command of an integration test to its end, with no input, and keeps what it printed. */
final class ChildProcess {

    /** A finished process: its exit code and what it wrote to standard output and standard error. */
    record Finished(int code, String out, String err) {
    }

    private ChildProcess() {
    }

    /** Starts {@code pb} with standard input from /dev/null and waits up to {@code timeoutSeconds} for its end. */
    static Finished run(ProcessBuilder pb, int timeoutSeconds) throws IOException, InterruptedException {
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = new Thread(() -> {
            try (InputStream in = p.getErrorStream()) {
                in.transferTo(err);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        errReader.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("finished within %d s", timeoutSeconds).isTrue();
        errReader.join();
        return new Finished(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }
}
