package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.json.RedressJson;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Runs {@code redress demo} as the README's quickstart does, checks everything it says it wrote, and validates every
 * PDF it wrote with veraPDF (PDF/A-3b), so every document kind the demo's plan uses is checked as PDF/A.
 */
class DemoIT {

    @Test
    void demoWritesTheCasePlanDocumentsAndBundle(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("demo");
        RedressJarIT.Run r = RedressJarIT.run("demo", "--out", out.toString());
        assertThat(r.code()).as(r.all()).isIn(ExitCodes.OK, ExitCodes.UNAVAILABLE);
        assertThat(RedressJson.readCase(out.resolve("case.json")).getEvidence()).hasSize(3);
        if (r.code() == ExitCodes.UNAVAILABLE) {
            assertThat(r.err()).containsAnyOf("not available in this build", "no reporting routes for jurisdiction");
            Assumptions.abort("this build lacks part of the workflow: " + r.err().strip());
        }
        assertThat(r.out()).contains(out.resolve("case.json").toString()).contains(out.resolve("plan.json").toString());
        assertThat(RedressJson.newMapper().readTree(out.resolve("plan.json").toFile()).get("steps")).isNotEmpty();
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(out.resolve("documents"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).isNotEmpty();
        List<Path> zips;
        try (Stream<Path> s = Files.list(out)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).toList();
        }
        assertThat(zips).hasSize(1);
        assertThat(r.out()).contains(zips.get(0).toString());
        RedressJarIT.Run verified = RedressJarIT.run("verify", zips.get(0).toString());
        assertThat(verified.code()).as(verified.all()).isZero();

        VeraGreenfieldFoundryProvider.initialise();
        for (Path pdf : pdfs) {
            assertThat(r.out()).contains(pdf.toString());
            try (InputStream in = Files.newInputStream(pdf);
                    PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B,
                            false)) {
                ValidationResult result = validator.validate(parser);
                assertThat(result.isCompliant()).as("%s is PDF/A-3b: %s", pdf.getFileName(),
                        result.getTestAssertions()).isTrue();
            }
        }
    }
}
