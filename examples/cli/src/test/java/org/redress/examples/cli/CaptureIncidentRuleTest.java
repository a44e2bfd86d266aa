package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capture} without {@code --incident} cannot apply the rule that the vault never stores a sexual image of a
 * child, so it refuses such captures where the case makes that possible, before anything is read or stored.
 */
class CaptureIncidentRuleTest {

    static final Path CASES = Path.of("..", "cases").toAbsolutePath().normalize();

    record Result(int code, String out, String err) {
    }

    static Result capture(Path tmp, String sample, String fileName) throws Exception {
        Path caseFile = tmp.resolve("case.json");
        Files.copy(CASES.resolve(sample), caseFile);
        Path file = tmp.resolve(fileName);
        Files.write(file, new byte[] {1, 2, 3});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(out, true), new PrintWriter(err, true), "capture", file.toString(),
                "--case", caseFile.toString(), "--vault", tmp.resolve("vault").toString());
        return new Result(code, out.toString(), err.toString());
    }

    static void assertRefused(Result r, Path tmp, String sample, String what) throws Exception {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("this case has an incident involving " + what)
                .contains("the vault never stores a sexual image of a child. Nothing was stored.")
                .contains("What to do: Run the command again with --incident ID");
        assertThat(tmp.resolve("vault")).doesNotExist();
        assertThat(Files.readString(tmp.resolve("case.json"))).isEqualTo(Files.readString(CASES.resolve(sample)));
    }

    @Test
    void aChildsSexualImageCaseRefusesEveryCaptureWithoutAnIncident(@TempDir Path tmp) throws Exception {
        String sample = "uk-sextortion-15-year-old-by-date-of-birth.json";
        assertRefused(capture(tmp, sample, "chat.txt"), tmp, sample, "a child");
    }

    @Test
    void anIntimateImageCaseRefusesAnImageWithoutAnIncident(@TempDir Path tmp) throws Exception {
        String sample = "us-ca-intimate-images.json";
        assertRefused(capture(tmp, sample, "screenshot.png"), tmp, sample, "an intimate image");
    }

    @Test
    void anIntimateImageCaseRefusesAFileOfUnknownTypeWithoutAnIncident(@TempDir Path tmp) throws Exception {
        String sample = "us-ca-intimate-images.json";
        assertRefused(capture(tmp, sample, "upload.bin"), tmp, sample, "an intimate image");
    }

    @Test
    void withSeveralIncidentsTheChildRuleAppliesIfAnyOfThemIsAChildsSexualImage() throws Exception {
        String json = Files.readString(CASES.resolve("minimal.json"));
        String second = "{\"id\": \"i2\", \"occurredAt\": {\"zone\": \"Europe/London\", \"date\": \"2026-09-15\"}, "
                + "\"channel\": \"messaging\", \"kinds\": [\"bullying\"], \"involvesChild\": true}";
        int end = json.lastIndexOf(']');
        org.redress.core.model.Case c = org.redress.core.json.RedressJson.readCase(
                (json.substring(0, end).stripTrailing() + ", " + second + json.substring(end))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(CaptureCommand.incidentToCheck(c, java.util.List.of("i1", "i2")).orElseThrow().id())
                .isEqualTo("i2");
        assertThat(CaptureCommand.incidentToCheck(c, java.util.List.of("i1")).orElseThrow().id()).isEqualTo("i1");
        assertThat(CaptureCommand.incidentToCheck(c, java.util.List.of())).isEmpty();
    }

    @Test
    void otherCapturesGoOnToThePassphrase(@TempDir Path tmp) throws Exception {
        // no terminal and no passphrase in the environment here: the capture gets as far as asking for it
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(Passphrase.ENV) == null);
        Result image = capture(tmp, "minimal.json", "screenshot.png");
        assertThat(image.code()).as(image.err()).isEqualTo(ExitCodes.VAULT_LOCKED);
        assertThat(image.err()).doesNotContain("--incident");
    }
}
