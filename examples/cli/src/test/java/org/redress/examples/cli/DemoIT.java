package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.json.RedressJson;
import org.redress.core.plan.Planner;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Runs {@code redress demo} as the README's quickstart does and checks everything it says it wrote; renders the
 * documents of every sample case; and validates every PDF written with veraPDF (PDF/A-3b), so that every document
 * kind the packs build is checked as PDF/A.
 */
class DemoIT {

    @BeforeAll
    static void vera() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static void assertPdfA(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as("%s is PDF/A-3b: %s", pdf, result.getTestAssertions()).isTrue();
        }
    }

    static List<Path> pdfs(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** The README's demo (the England sample; the US sample's documents are covered by the sample cases below). */
    @Test
    void demoWritesTheCasePlanDocumentsAndBundle(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("demo");
        RedressJarIT.Run r = RedressJarIT.run("demo", "--out", out.toString());
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(RedressJson.readCase(out.resolve("case.json")).evidence()).hasSize(3);
        assertThat(r.out()).contains(out.resolve("case.json").toString()).contains(out.resolve("plan.json").toString());
        assertThat(RedressJson.newMapper().readTree(out.resolve("plan.json").toFile()).get("steps")).isNotEmpty();
        List<Path> pdfs = pdfs(out.resolve("documents"));
        assertThat(pdfs).isNotEmpty();
        for (Path pdf : pdfs) {
            assertThat(r.out()).contains(pdf.toString());
            assertPdfA(pdf);
        }
        List<Path> zips;
        try (Stream<Path> s = Files.list(out)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).toList();
        }
        assertThat(zips).hasSize(1);
        assertThat(r.out()).contains(zips.get(0).toString());
        RedressJarIT.Run verified = RedressJarIT.run("verify", zips.get(0).toString());
        assertThat(verified.code()).as(verified.all()).isEqualTo(ExitCodes.SIGNER_UNCONFIRMED);
        String fingerprint = r.out().replaceAll("(?s).*signed with the OpenPGP key ([0-9A-F]{40}).*", "$1");
        RedressJarIT.Run confirmed = RedressJarIT.run("verify", "--expect-fingerprint", fingerprint,
                zips.get(0).toString());
        assertThat(confirmed.code()).as(confirmed.all()).isZero();
        // The closing hint is a command that works from the folder it was run in.
        assertThat(r.out()).contains("Next: java -jar " + Path.of("").toAbsolutePath().relativize(RedressJarIT.JAR)
                + " verify");

        // documents refuses to overwrite the demo's PDFs unless --force.
        RedressJarIT.Run again = RedressJarIT.run("documents", out.resolve("case.json").toString(), "--out",
                out.resolve("documents").toString());
        assertThat(again.code()).as(again.all()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(again.err()).contains("would overwrite").contains("--force");

        // One byte of one evidence file changed: verification fails and names that member.
        Path tampered = tmp.resolve("tampered.zip");
        String victim = null;
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zips.get(0)));
                var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (victim == null && e.getName().startsWith("evidence/")) {
                    victim = e.getName();
                    data[data.length / 2] ^= 1;
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        assertThat(victim).isNotNull();
        RedressJarIT.Run failed = RedressJarIT.run("verify", tampered.toString());
        assertThat(failed.code()).as(failed.all()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(failed.out()).contains("FAILED").contains(victim);

        RedressJarIT.Run unsigned = RedressJarIT.run("verify", pdfs.get(0).toString());
        assertThat(unsigned.code()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(unsigned.out()).contains("no signature");
    }

    /** Every valid sample case's documents, rendered by the jar and checked by veraPDF; together they cover every kind. */
    @Test
    void everyDocumentKindOfEverySampleIsPdfA(@TempDir Path tmp) throws Exception {
        Set<String> kinds = new TreeSet<>();
        List<Path> cases = RedressJarIT.validSampleCases().toList();
        for (Path c : cases) {
            Path out = tmp.resolve(c.getFileName().toString().replace(".json", ""));
            RedressJarIT.Run r = RedressJarIT.run("documents", c.toString(), "--out", out.toString());
            assertThat(r.code()).as(r.all()).isIn(ExitCodes.OK, ExitCodes.INVALID_INPUT);
            if (r.code() == ExitCodes.INVALID_INPUT) {
                assertThat(r.out()).as(c.toString()).contains("Could not prepare").contains("Fix: ");
            }
            if (!java.nio.file.Files.isDirectory(out)) {
                continue; // a short plan (one comment from a stranger) needs no papers
            }
            for (Path pdf : pdfs(out)) {
                assertPdfA(pdf);
                kinds.add(org.redress.pdf.ReportPdf.readDocument(pdf).kind());
            }
        }
        Set<String> all = Planner.load().packs().stream().flatMap(p -> p.documentKinds().stream())
                .map(k -> k.id()).collect(Collectors.toCollection(TreeSet::new));
        List<String> uncovered = new ArrayList<>(all);
        uncovered.removeAll(kinds);
        assertThat(uncovered).as("document kinds no sample case produces").isEmpty();
    }
}
