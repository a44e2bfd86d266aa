package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** documents names what is still to fill in and each placeholder's exhibit, and never overwrites without --force. */
class DocumentsOutputTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedressCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void missingItemsAndPlaceholdersAreNamedAndPdfsAreNeverOverwrittenWithoutForce(@TempDir Path dir)
            throws Exception {
        String sample = Path.of("..", "cases", "rich.json").toString();
        Path out = dir.resolve("papers");
        String[] first = run("documents", sample, "--out", out.toString());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).contains("note: exhibit KP/1 (evidence e1): the image was not found")
                .contains("to fill in: What happened in the incident on 20 August 2026").doesNotContain("item(s)");
        try (Stream<Path> pdfs = Files.list(out)) {
            for (Path pdf : pdfs.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-------");
            }
        }
        byte[] before;
        try (Stream<Path> pdfs = Files.list(out)) {
            before = Files.readAllBytes(pdfs.sorted().findFirst().orElseThrow());
        }
        String[] again = run("documents", sample, "--out", out.toString());
        assertThat(again[0]).isEqualTo(String.valueOf(ExitCodes.FILE_ERROR));
        assertThat(again[2]).contains("would overwrite").contains("--force");
        try (Stream<Path> pdfs = Files.list(out)) {
            assertThat(Files.readAllBytes(pdfs.sorted().findFirst().orElseThrow())).isEqualTo(before);
        }
        assertThat(run("documents", sample, "--out", out.toString(), "--force")[0]).isEqualTo("0");
    }
}
