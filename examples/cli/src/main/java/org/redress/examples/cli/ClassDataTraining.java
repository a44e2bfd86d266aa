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
 * {@code plan} and {@code plan --json} on the built-in demo cases, and a capture of a small text file into a
 * throwaway vault, with all output discarded. It writes nothing outside a temporary folder (a copy of the cases and
 * the throwaway vault), removed again, so the archive is made apart from the person's own command and
 * cannot change its output or exit code. Started with {@code -D}{@value #PROPERTY}{@code =true}.
 */
final class ClassDataTraining {

    /** The system property that makes {@code main} run this instead of a command. */
    static final String PROPERTY = "redress.classDataTraining";

    private ClassDataTraining() {
    }

    /** A throwaway passphrase for the training vault, which is deleted with its folder. */
    private static final String TRAINING_PASSPHRASE = "class data training only: amber quarry violin";

    /**
     * What {@code capture} runs, on a small text file into a new vault in the temporary folder: reading the case, the
     * passphrase check, Argon2id, the vault, the encryption threads and the custody log, so that their classes are in
     * the archive too.
     */
    private static boolean capture(Path dir) throws IOException {
        Path caseFile = dir.resolve("england.json");
        Path vault = dir.resolve("vault");
        org.redress.core.model.Case c = CaseFile.read(caseFile);
        char[] pass = TRAINING_PASSPHRASE.toCharArray();
        Passphrase.requireStrong(pass, "");
        org.redress.evidence.VaultKey key = org.redress.evidence.VaultKey.passphrase(pass);
        key.deriveAhead(Preservation.vaultFolder(vault));
        byte[] content = "A fictional page, for class data training only.\n".repeat(2000)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Preservation p = Preservation.open(vault, key)) {
            var result = p.importFile(c, java.util.Optional.empty(), new java.io.ByteArrayInputStream(content),
                    new Preservation.Details("ev-training", "page.txt", CaptureCommand.mediaType(Path.of("page.txt")),
                            org.redress.core.model.EvidenceKind.DOCUMENT, null, java.util.List.of(),
                            CaptureCommand.zone(c)));
            CaseFile.write(caseFile, CaptureCommand.withEvidence(c, result.record(), java.util.List.of()));
            return result.childProtection().isEmpty();
        }
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
            failures += capture(dir) ? 0 : 1;
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
