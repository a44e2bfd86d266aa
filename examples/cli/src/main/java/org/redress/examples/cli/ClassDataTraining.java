package org.redress.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run the launcher ({@code redress} script) records a class-data sharing archive from: {@code validate},
 * {@code plan} and {@code plan --json} on the built-in demo cases, with all output discarded. It writes nothing but
 * a temporary copy of the cases, removed again, so the archive is made apart from the person's own command and
 * cannot change its output or exit code. Started with {@code -D}{@value #PROPERTY}{@code =true}.
 */
final class ClassDataTraining {

    /** The system property that makes {@code main} run this instead of a command. */
    static final String PROPERTY = "redress.classDataTraining";

    private ClassDataTraining() {
    }

    /** Runs the commands; returns 0, or 1 if any failed (the launcher then keeps no archive). */
    static int run() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("redress-training-");
            int failures = 0;
            for (String sample : new String[] {"england", "us"}) {
                Path file = dir.resolve(sample + ".json");
                try (InputStream in = ClassDataTraining.class.getResourceAsStream("demo/case-" + sample + ".json")) {
                    Files.copy(in, file);
                }
                String path = file.toString();
                failures += RedressCli.run(none, none, "validate", path) == ExitCodes.OK ? 0 : 1;
                failures += RedressCli.run(none, none, "plan", path) == ExitCodes.OK ? 0 : 1;
                if (sample.equals("england")) {
                    failures += RedressCli.run(none, none, "plan", "--json", path) == ExitCodes.OK ? 0 : 1;
                }
            }
            return failures == 0 ? ExitCodes.OK : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder: the system clears it
                }
            }
        }
    }
}
