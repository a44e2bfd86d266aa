package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command has --help (in-process: the jar-level tests start a JVM per run, so they check it once). */
class CliHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "plan", "capture", "documents", "bundle", "verify", "key", "export"})
    void everyCommandHasHelp(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(out, true), new PrintWriter(err, true), command, "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: redress " + command).contains("--help");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "plan", "capture", "documents", "bundle", "verify", "key", "export"})
    void missingArgumentsAreUsageErrors(String command) {
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), command);
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Usage: redress " + command);
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /**
     * A command run directly sets up only itself ({@link RedressCli#commandNamed}); everything that needs the whole
     * list still gets it: the usage, {@code help COMMAND}, and the suggestion for a misspelt command.
     */
    @org.junit.jupiter.api.Test
    void theUsageHelpAndSuggestionsStillKnowEveryCommand() {
        String[] usage = run("--help");
        assertThat(usage[0]).isEqualTo("0");
        assertThat(usage[1]).containsSubsequence("demo", "validate", "plan", "capture", "documents", "bundle",
                "verify", "key", "export", "help");

        String[] help = run("help", "capture");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).startsWith("Usage: redress capture");

        String[] misspelt = run("captur", "x.png");
        assertThat(misspelt[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(misspelt[2]).contains("Did you mean: redress capture?");

        assertThat(RedressCli.commandNamed("capture", "x.png", "--case", "c.json")).isEqualTo("capture");
        assertThat(RedressCli.commandNamed("--version")).isNull();
        assertThat(RedressCli.commandNamed("help", "plan")).isNull();
        assertThat(RedressCli.commandNamed("captur")).isNull();
        assertThat(RedressCli.commandNamed("plan", "capture")).isEqualTo("plan");
    }

    @org.junit.jupiter.api.Test
    void noCommandPrintsTheUsageAndIsAUsageError() {
        String[] r = run();
        assertThat(r[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(r[2]).contains("Usage: redress");
    }

    @org.junit.jupiter.api.Test
    void aDateWithoutATimeIsAcceptedAndAnImpossibleDateIsExplained() {
        String sample = java.nio.file.Path.of("..", "cases", "minimal.json").toString();
        String[] ok = run("plan", "--as-of=2026-10-01", sample);
        assertThat(ok[0]).as(ok[2]).isEqualTo("0");
        String[] bad = run("plan", "--as-of=2026-02-30", sample);
        assertThat(bad[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(bad[2]).contains("'2026-02-30' is not a real date").doesNotContain("Exception");
    }

    @org.junit.jupiter.api.Test
    void aUrlThatIsNotAWebAddressIsExplained() {
        String[] r = run("capture", "x.png", "--case", "case.json", "--vault", "v", "--url", "not a url");
        assertThat(r[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(r[2]).contains("'not a url' is not a web address").doesNotContain("Exception");
    }

    @org.junit.jupiter.api.Test
    void aMalformedExpectedFingerprintIsExplained() throws Exception {
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("bundle", ".zip");
        java.nio.file.Files.write(zip, new byte[] {'P', 'K', 5, 6});
        String[] r = run("verify", "--expect-fingerprint", "ABC", zip.toString());
        assertThat(r[0]).isEqualTo(String.valueOf(ExitCodes.USAGE));
        assertThat(r[2]).contains("not an OpenPGP fingerprint");
        java.nio.file.Files.delete(zip);
    }
}
