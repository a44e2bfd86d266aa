package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command has --help (in-process: the jar-level tests start a JVM per run, so they check it once). */
class CliHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "plan", "capture", "documents", "bundle", "verify", "export"})
    void everyCommandHasHelp(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(out, true), new PrintWriter(err, true), command, "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: redress " + command).contains("--help");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan", "capture", "documents", "bundle", "verify", "export"})
    void missingArgumentsAreUsageErrors(String command) {
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), command);
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Usage: redress " + command);
    }
}
