package org.redress.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.model.Quote;

/**
 * The library writes nothing to the console when it starts validating, unless the host's logging asks for it.
 * Each case runs in a new JVM, because Hibernate Validator announces itself only once per JVM.
 */
class QuietLoggingTest {

    @TempDir
    Path dir;

    /**
     * Builds one value and has Hibernate Validator check it (which starts the validator; a valid value alone no
     * longer does, as the quick check decides) and says so; run in a child JVM by the tests.
     */
    public static void main(String[] args) {
        Validation.hibernateProblems(Quote.of("a fictional message"));
        System.out.println("validated");
    }

    @Test
    void firstValidationPrintsNothingWhenTheHostConfiguredNoLogging() throws Exception {
        String out = runChild(List.of());
        assertThat(out).contains("validated").doesNotContain("HV000001").doesNotContain("INFO");
    }

    @Test
    void aHostThatConfiguresJavaUtilLoggingStillGetsTheBanner() throws Exception {
        Path config = dir.resolve("logging.properties");
        Files.writeString(config, "handlers=java.util.logging.ConsoleHandler\n.level=INFO\n"
                + "java.util.logging.ConsoleHandler.level=INFO\n");
        String out = runChild(List.of("-Djava.util.logging.config.file=" + config));
        assertThat(out).contains("validated").contains("HV000001");
    }

    @Test
    void aHostThatChoseAJbossLoggingProviderIsLeftAlone() throws Exception {
        String out = runChild(List.of("-Dorg.jboss.logging.provider=jdk"));
        assertThat(out).contains("validated").contains("HV000001");
    }

    /** Runs {@link #main} in a new JVM on this test's class path; its standard output and error together. */
    private String runChild(List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(QuietLoggingTest.class.getName());
        Path output = dir.resolve("child-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the child JVM did not finish: " + command);
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
