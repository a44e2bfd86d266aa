package org.redress.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer application, compiled and run against the artifacts the way a user's build would use them: once as a
 * named module on the module path and once on the class path, both with no JVM flags at all (no
 * {@code --add-modules}, no {@code --add-opens}). Each run must succeed and print no warning, error or stack trace.
 */
class ConsumerIT {

    private static final Path SOURCES = Path.of("src/consumer");
    private static final Path CASE = Path.of("../cases/uk-ex-partner-impersonation-doxxing.json");

    @TempDir
    Path dir;

    @Test
    void runsOnTheModulePath() throws Exception {
        Path classes = dir.resolve("classes");
        compile(List.of("--module-path", dependencies(), "-d", classes.toString()),
                SOURCES.resolve("module-info.java"), mainSource());
        String out = run(List.of("--module-path", dependencies() + pathSeparator() + classes,
                "-m", "org.example.consumer/org.example.consumer.Main"));
        assertClean(out);
    }

    @Test
    void runsOnTheClassPath() throws Exception {
        Path classes = dir.resolve("classes");
        compile(List.of("-cp", dependencies(), "-d", classes.toString()), mainSource());
        String out = run(List.of("-cp", dependencies() + pathSeparator() + classes, "org.example.consumer.Main"));
        assertClean(out);
    }

    private static void assertClean(String out) {
        assertThat(out).as(out)
                .contains("consumer ok:")
                .doesNotContain("SEVERE")
                .doesNotContain("WARNING")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("HV000001");
    }

    private static Path mainSource() {
        return SOURCES.resolve("org/example/consumer/Main.java");
    }

    /** The consumer's run-time jars, as written by the build (maven-dependency-plugin build-classpath). */
    private static String dependencies() throws IOException {
        String path = Files.readString(Path.of("target/consumer.path"), StandardCharsets.UTF_8).strip();
        assertThat(path).contains("redress-core").contains("redress-evidence").contains("redress-pdf").contains("redress-interchange");
        return path;
    }

    private static String pathSeparator() {
        return java.io.File.pathSeparator;
    }

    private static void compile(List<String> options, Path... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(options);
        // -classfile: the generated Immutable* classes carry Immutables' @Generated (CLASS retention), whose class is
        // not on a consumer's path; javac's default settings do not warn about it, -Xlint:classfile does.
        args.addAll(List.of("--release", "17", "-Xlint:all,-requires-automatic,-path,-classfile", "-Werror"));
        Stream.of(sources).map(Path::toString).forEach(args::add);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, args.toArray(String[]::new));
        assertThat(status).as("javac " + args + "\n" + messages.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** Runs a new JVM with only {@code args}; its standard output and error together. */
    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        command.add(CASE.toString());
        command.add(dir.resolve("out").toString());
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the consumer did not finish: " + command);
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
