package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.core.InvalidDataException;
import org.redress.core.json.RedressJson;

/**
 * Runs the packaged {@code target/redress.jar} as a user would: a separate process, on every sample case in
 * {@code examples/cases/} and on invalid and hostile inputs. No output may ever carry a stack trace.
 */
class RedressJarIT {

    static final Path JAR = Path.of("target", "redress.jar").toAbsolutePath();
    static final Path CASES = Path.of("..", "cases").toAbsolutePath().normalize();

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        // Short-lived processes: C1 only and the serial collector start fastest.
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("REDRESS_VAULT_PASSPHRASE");
        pb.environment().putAll(env);
        ChildProcess.Finished f = ChildProcess.run(pb, 180);
        Run r = new Run(f.code(), f.out(), f.err());
        assertThat(r.all()).as("no stack trace for %s", List.of(args))
                .doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by:");
        return r;
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    static Stream<Path> sampleCases() throws IOException {
        try (Stream<Path> s = Files.walk(CASES)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void helpAndUsageErrors() throws Exception {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: redress").contains("Exit codes:");
        assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("plan", "--no-such-option", "x.json").code()).isEqualTo(ExitCodes.USAGE);
    }

    static boolean validPerLibrary(Path file) throws IOException {
        try {
            RedressJson.readCase(file);
            return true;
        } catch (InvalidDataException e) {
            return false;
        }
    }

    @Test
    void validateAgreesWithTheLibraryOnEverySampleCase() throws Exception {
        List<Path> cases = sampleCases().toList();
        assertThat(cases).isNotEmpty();
        List<String> args = new ArrayList<>(List.of("validate"));
        cases.forEach(c -> args.add(c.toString()));
        Run r = run(args.toArray(String[]::new));
        boolean allValid = true;
        for (Path file : cases) {
            boolean valid = validPerLibrary(file);
            allValid &= valid;
            if (valid) {
                assertThat(r.out()).contains(file + ": valid.");
            } else {
                String section = r.out().substring(r.out().indexOf(file + ":\n"));
                assertThat(section).as(file.toString()).startsWith(file + ":\nNot valid: ")
                        .containsPattern("at (/\\S*|\\(the whole file\\)): ").contains("Fix: ");
            }
        }
        assertThat(r.code()).isEqualTo(allValid ? ExitCodes.OK : ExitCodes.INVALID_INPUT);
    }

    static Stream<Path> validSampleCases() throws IOException {
        List<Path> valid = new ArrayList<>();
        for (Path p : sampleCases().toList()) {
            if (validPerLibrary(p)) {
                valid.add(p);
            }
        }
        return valid.stream();
    }

    @ParameterizedTest
    @MethodSource("validSampleCases")
    void planEveryValidSampleCase(Path file) throws Exception {
        Run json = run("plan", file.toString(), "--json", "--as-of", "2026-11-01T12:00:00Z");
        assertThat(json.code()).as(json.all()).isIn(ExitCodes.OK, ExitCodes.UNAVAILABLE);
        if (json.code() == ExitCodes.OK) {
            JsonNode plan = RedressJson.newMapper().readTree(json.out());
            assertThat(plan.get("steps")).isNotEmpty();
            plan.get("steps").forEach(s -> assertThat(s.get("routeId").asText()).isNotBlank());
            plan.get("warnings").forEach(w -> assertThat(w.get("id").asText()).matches("[a-z0-9-]+"));
            assertThat(plan.get("warnings").toString()).contains("keep-evidence");
        } else {
            assertThat(json.err()).contains("no reporting routes for jurisdiction");
        }
    }

    @Test
    void planForPeople(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("case.json");
        Files.write(c, RedressJson.writeCase(DemoCommand.sampleCase(DemoCommand.Sample.us)));
        Run text = run("plan", c.toString(), "--as-of", "2026-11-01T12:00:00Z");
        assertThat(text.code()).as(text.all()).isZero();
        assertThat(text.out()).contains("READ FIRST").contains("STEPS").contains("  1. ").contains("Why: ")
                .contains("Contact: ").contains("It is not legal advice");
        Run invalid = run("plan", CASES.resolve("invalid").resolve("missing-kinds.json").toString());
        assertThat(invalid.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(invalid.err()).contains("/incidents/").contains("Fix: ");
    }

    @Test
    void hostileCaseFiles(@TempDir Path dir) throws Exception {
        Map<String, byte[]> inputs = Map.of(
                "malformed.json", "{\"id\": \"x\", ".getBytes(StandardCharsets.UTF_8),
                "wrong-types.json", ("{\"schemaVersion\":\"1.0\",\"id\":7,\"jurisdiction\":[],\"subject\":\"me\","
                        + "\"incidents\":{}}").getBytes(StandardCharsets.UTF_8),
                "empty.json", new byte[0],
                "array.json", "[1,2,3]".getBytes(StandardCharsets.UTF_8),
                "deep.json", ("[".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                "binary.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff},
                "future.json", "{\"schemaVersion\":\"9.0\",\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>(List.of("validate"));
        for (var e : inputs.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.write(f, e.getValue());
            args.add(f.toString());
        }
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        for (String name : inputs.keySet()) {
            assertThat(r.out()).contains(dir.resolve(name) + ":\nNot valid: ");
        }
        assertThat(r.out()).contains("9.0");
        Run missing = run("validate", dir.resolve("malformed.json").toString(), dir.resolve("nope.json").toString(),
                dir.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(missing.err()).contains("cannot find").contains("is not a file").contains("What to do:");
        assertThat(run("plan", dir.resolve("deep.json").toString()).code()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void captureHashesEncryptsAndRecords(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("case.json");
        try (InputStream in = RedressCli.class.getResourceAsStream("demo/case-england.json")) {
            Files.write(c, in.readAllBytes());
        }
        Path evidence = dir.resolve("shot.png");
        byte[] bytes = DemoScreenshots.png(new DemoScreenshots.Post("App", "someone", "today", "fictional words"));
        Files.write(evidence, bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path vault = dir.resolve("vault");
        Map<String, String> env = Map.of("REDRESS_VAULT_PASSPHRASE", "correct horse battery staple");

        Run ok = run(env, "capture", evidence.toString(), "--case", c.toString(), "--vault", vault.toString(),
                "--incident", "inc-1", "--url", "https://instagram.example/p/FICTIONAL001");
        assertThat(ok.code()).as(ok.all()).isZero();
        assertThat(ok.out()).contains("SHA-256: " + sha);
        var updated = RedressJson.readCase(c);
        assertThat(updated.evidence()).singleElement()
                .satisfies(e -> assertThat(e.hashes().get(0).value()).isEqualTo(sha));
        assertThat(updated.incident("inc-1").orElseThrow().evidenceIds()).containsExactly("ev-1");
        try (Stream<Path> files = Files.walk(vault)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(f), bytes)).as("plaintext in %s", f).isFalse();
            }
        }

        byte[] before = Files.readAllBytes(c);
        Run wrong = run(Map.of("REDRESS_VAULT_PASSPHRASE", "wrong"), "capture", evidence.toString(), "--case",
                c.toString(), "--vault", vault.toString());
        assertThat(wrong.code()).isEqualTo(ExitCodes.VAULT_LOCKED);
        assertThat(Files.readAllBytes(c)).isEqualTo(before);
        Run noPassphrase = run("capture", evidence.toString(), "--case", c.toString(), "--vault", vault.toString());
        assertThat(noPassphrase.code()).isEqualTo(ExitCodes.VAULT_LOCKED);
        assertThat(noPassphrase.err()).contains("REDRESS_VAULT_PASSPHRASE");
        Run badIncident = run(env, "capture", evidence.toString(), "--case", c.toString(), "--vault",
                vault.toString(), "--incident", "inc-99");
        assertThat(badIncident.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    private static boolean indexOf(byte[] hay, byte[] needle) {
        String h = new String(hay, StandardCharsets.ISO_8859_1);
        return h.contains(new String(needle, 0, Math.min(64, needle.length), StandardCharsets.ISO_8859_1));
    }

    @Test
    void verifyRefusesHostileArchives(@TempDir Path dir) throws Exception {
        Path traversal = dir.resolve("traversal.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(traversal))) {
            z.putNextEntry(new ZipEntry("../../etc/evil.txt"));
            z.write("fictional".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Run r = run("verify", traversal.toString());
        assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(r.out()).contains("FAILED").contains("../../etc/evil.txt");
        assertThat(Files.exists(dir.resolve("../../etc/evil.txt").normalize())).isFalse();

        Path garbage = dir.resolve("garbage.zip");
        Files.write(garbage, "not a zip at all".getBytes(StandardCharsets.UTF_8));
        assertThat(run("verify", garbage.toString()).code()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    /** documents --sign signs every PDF; verify accepts it (and so does poppler's pdfsig), and fails it once altered. */
    @Test
    void signedDocumentsVerifyAndTamperingIsCaught(@TempDir Path dir) throws Exception {
        Path p12 = dir.resolve("signer.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "advocate", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=Fictional Advocate, O=Example Support Project", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "fictional-secret")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        Path c = dir.resolve("case.json");
        Files.write(c, RedressJson.writeCase(DemoCommand.sampleCase(DemoCommand.Sample.us)));
        Path docs = dir.resolve("docs");
        Run r = run(Map.of(DocumentsCommand.SIGN_PASSWORD_ENV, "fictional-secret"), "documents", c.toString(),
                "--out", docs.toString(), "--sign", p12.toString(), "--fillable");
        assertThat(r.code()).as(r.all()).isZero();
        Path pdf;
        try (Stream<Path> s = Files.list(docs)) {
            pdf = s.sorted().findFirst().orElseThrow();
        }
        Run ok = run("verify", pdf.toString());
        assertThat(ok.code()).as(ok.all()).isZero();
        assertThat(ok.out()).contains("INTACT").contains("Fictional Advocate");
        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            Process pdfsig = new ProcessBuilder("/usr/bin/pdfsig", pdf.toString()).redirectErrorStream(true).start();
            String report = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            pdfsig.waitFor();
            assertThat(report).contains("Signature is Valid");
        }
        byte[] bytes = Files.readAllBytes(pdf);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("/Producer");
        bytes[at > 0 ? at + 1 : bytes.length / 3] ^= 0x01;
        Path altered = dir.resolve("altered.pdf");
        Files.write(altered, bytes);
        Run failed = run("verify", altered.toString());
        assertThat(failed.code()).as(failed.all()).isIn(ExitCodes.VERIFICATION_FAILED, ExitCodes.INVALID_INPUT);
        assertThat(failed.code()).isNotZero();
    }
}
