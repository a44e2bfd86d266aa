package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redress export}: each format from a sample case, refusals as clear problems, no overwriting. */
class ExportCommandTest {

    private static final String CASE = "../cases/uk-ex-partner-impersonation-doxxing.json";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void eachFormatFromTheSampleCase(@TempDir Path dir) throws Exception {
        Run notice = run("export", "--format", "dsa-notice", CASE, "--service", "instagram");
        assertThat(notice.code()).as(notice.err()).isZero();
        assertThat(new ObjectMapper().readTree(notice.out()).get("notice").asText()).isEqualTo("DSA-Article-16");

        Run sor = run("export", "--format", "dsa-statement-of-reasons", CASE, "--incident", "i1", "--puid", "sor-1",
                "--terms", "Terms, section 4", "--applied", "2026-11-30");
        assertThat(sor.code()).as(sor.err()).isZero();
        assertThat(new ObjectMapper().readTree(sor.out()).get("puid").asText()).isEqualTo("sor-1");

        Path file = dir.resolve("xarf.json");
        Run xarf = run("export", "--format", "xarf", CASE, "--incident", "i2", "--reporter-org", "Fictional NGO",
                "--reporter-email", "casework@ngo.example.org", "--to", "abuse@host.example.org", "--out",
                file.toString());
        assertThat(xarf.code()).as(xarf.err()).isZero();
        JsonNode reports = new ObjectMapper().readTree(Files.readString(file));
        assertThat(reports.get(0).get("class").asText()).isEqualTo("content");
        Run again = run("export", "--format", "xarf", CASE, "--incident", "i2", "--reporter-org", "Fictional NGO",
                "--reporter-email", "casework@ngo.example.org", "--to", "abuse@host.example.org", "--out",
                file.toString());
        assertThat(again.code()).isEqualTo(ExitCodes.FILE_ERROR);
    }

    @Test
    void incompleteReportsAreRefusedNamingWhatIsMissing() {
        Run r = run("export", "--format", "xarf", CASE, "--incident", "i3", "--reporter-org", "Fictional NGO",
                "--reporter-email", "casework@ngo.example.org", "--to", "abuse@host.example.org");
        assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("/incidents/2/locations");
        Run missing = run("export", "--format", "dsa-notice", CASE);
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--service");
        Run wrong = run("export", "--format", "pdf", CASE);
        assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("is not a format");
        Run noIncident = run("export", "--format", "xarf", CASE, "--incident", "i9", "--reporter-org", "x",
                "--reporter-email", "a@b.example.org", "--to", "abuse@host.example.org");
        assertThat(noIncident.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noIncident.err()).contains("i1, i2, i3");
    }
}
