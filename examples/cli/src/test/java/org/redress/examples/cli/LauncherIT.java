package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code target/redress} (packaged beside {@code redress.jar}) as a user would: it must
 * give the same results as {@code java -jar}, choose the JVM options per command, make its class-data archive in a
 * private cache folder after the first command, and run without one wherever the folder cannot be used.
 */
class LauncherIT {

    static final Path LAUNCHER = Path.of("target", "redress").toAbsolutePath();
    static final Path MINIMAL = Path.of("..", "cases", "minimal.json").toAbsolutePath().normalize();
    static final String PASSPHRASE = "quiet orchard lantern seventeen bicycles";

    record Run(int code, String out, String err) {
        /** The java command line the launcher printed (REDRESS_LAUNCHER_DEBUG=1). */
        String javaLine() {
            return err.lines().filter(l -> l.startsWith("redress launcher: ")).findFirst().orElseThrow();
        }
    }

    static Run launch(Map<String, String> env, List<String> prefix, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        return run(new ProcessBuilder(cmd), env, args);
    }

    /** Runs {@code pb} (the launcher, or a shell running a command line) with the launcher's test environment. */
    static Run run(ProcessBuilder pb, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        pb.environment().remove(Passphrase.ENV);
        pb.environment().remove("REDRESS_JAVA_OPTS");
        pb.environment().remove("REDRESS_CDS");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("REDRESS_LAUNCHER_DEBUG", "1");
        pb.environment().putAll(env);
        ChildProcess.Finished f = ChildProcess.run(pb, 300);
        Run r = new Run(f.code(), f.out(), f.err());
        assertThat(r.out() + r.err()).as("no stack trace or JVM message for %s", List.of(args))
                .doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("[warning]")
                .doesNotContain("[error]").doesNotContain("shared archive");
        return r;
    }

    static Run launch(Path cache, String... args) throws IOException, InterruptedException {
        return launch(Map.of("REDRESS_CACHE_DIR", cache.toString()), List.of(), args);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void validateAndPlanGiveTheJarsResultsAndTheArchiveIsMadeOnceInAPrivateFolder(@TempDir Path tmp)
            throws Exception {
        Path cache = tmp.resolve("cache").resolve("redress");
        RedressJarIT.Run direct = RedressJarIT.run("validate", MINIMAL.toString());
        RedressJarIT.Run directPlan = RedressJarIT.run("plan", MINIMAL.toString());

        Run first = launch(cache, "validate", MINIMAL.toString());
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo(direct.out()).contains("valid.");
        assertThat(first.javaLine()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .doesNotContain("SharedArchiveFile");
        assertThat(Files.getPosixFilePermissions(cache)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        List<Path> made = files(cache);
        assertThat(made).hasSize(1);
        Path archive = made.get(0);
        assertThat(archive.getFileName().toString()).startsWith("redress-").endsWith(".jsa");

        Run second = launch(cache, "validate", MINIMAL.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).isEqualTo(direct.out());
        assertThat(second.javaLine()).contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1");

        Run plan = launch(cache, "plan", MINIMAL.toString());
        assertThat(plan.code()).isZero();
        assertThat(plan.out()).isEqualTo(directPlan.out());
        assertThat(files(cache)).containsExactly(archive);

        // Exit codes pass through unchanged: an invalid case, and no command at all.
        Path invalid = tmp.resolve("invalid.json");
        Files.writeString(invalid, "{\"schemaVersion\": \"1.1\"}");
        Run bad = launch(cache, "validate", invalid.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.out()).contains("Not valid: ");
        assertThat(launch(cache).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void captureKeepsTheC2CompilerAndStoresTheFile(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path caseFile = tmp.resolve("case.json");
        Files.copy(MINIMAL, caseFile);
        Path file = tmp.resolve("chat-export.txt");
        byte[] content = new byte[300_000];
        new Random(14).nextBytes(content);
        Files.write(file, content);
        Run r = launch(Map.of("REDRESS_CACHE_DIR", cache.toString(), Passphrase.ENV, PASSPHRASE), List.of(),
                "capture", file.toString(), "--case", caseFile.toString(), "--vault", tmp.resolve("vault").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.javaLine()).contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel")
                .contains("-XX:CompilerDirectivesFile=" + LAUNCHER.resolveSibling("redress-jit.json"));
        assertThat(r.out()).as("the JVM's note on the directives stays off the output")
                .doesNotContain("compiler directives");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(r.out()).contains("Kept chat-export.txt as evidence ev-1").contains("SHA-256: " + sha256);
        assertThat(Files.readString(caseFile)).contains(sha256);
        assertThat(files(cache)).hasSize(1);

        // The second capture runs with the archive, and the vault opens with the same passphrase.
        Path second = tmp.resolve("second.txt");
        Files.writeString(second, "a second, different file");
        Run again = launch(Map.of("REDRESS_CACHE_DIR", cache.toString(), Passphrase.ENV, PASSPHRASE), List.of(),
                "capture", second.toString(), "--case", caseFile.toString(), "--vault",
                tmp.resolve("vault").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.javaLine()).contains("-XX:SharedArchiveFile=").doesNotContain("TieredStopAtLevel");
        assertThat(again.out()).contains("as evidence ev-2");
    }

    /** A launcher copied without its compiler directives still captures, with both compilers everywhere. */
    @Test
    void captureRunsWithoutTheCompilerDirectivesWhenTheyAreNotBesideTheLauncher(@TempDir Path tmp) throws Exception {
        Path launcher = Files.copy(LAUNCHER, tmp.resolve("redress"));
        Path caseFile = Files.copy(MINIMAL, tmp.resolve("case.json"));
        Path file = Files.writeString(tmp.resolve("note.txt"), "a fictional note, kept as evidence");
        Run r = run(new ProcessBuilder(launcher.toString(), "capture", file.toString(), "--case",
                caseFile.toString(), "--vault", tmp.resolve("vault").toString()),
                Map.of("REDRESS_JAR", LAUNCHER.resolveSibling("redress.jar").toString(), "REDRESS_CDS", "off",
                        Passphrase.ENV, PASSPHRASE));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.javaLine()).doesNotContain("CompilerDirectivesFile").doesNotContain("DisplayVMOutput");
        assertThat(r.out()).contains("Kept note.txt as evidence ev-1");
    }

    /**
     * The hint a command prints is a command that works as printed from where the person is: here the bundle's
     * "Check it with:" line, pasted into a shell in the folder the bundle was made from (not the launcher's).
     */
    @Test
    void theBundlesHintRunsAsPrintedFromTheCurrentFolder(@TempDir Path tmp) throws Exception {
        Map<String, String> env = Map.of("REDRESS_CACHE_DIR", tmp.resolve("cache").toString(), Passphrase.ENV,
                PASSPHRASE);
        Path caseFile = tmp.resolve("case.json");
        Files.copy(MINIMAL, caseFile);
        Files.writeString(tmp.resolve("message.txt"), "a fictional message from @someone.example");
        Run captured = run(new ProcessBuilder(LAUNCHER.toString(), "capture", "message.txt", "--case", "case.json",
                "--vault", "vault").directory(tmp.toFile()), env);
        assertThat(captured.code()).as(captured.err()).isZero();
        Run bundled = run(new ProcessBuilder(LAUNCHER.toString(), "bundle", "--case", "case.json", "--vault",
                "vault", "--out", "Sam's bundle.zip").directory(tmp.toFile()), env);
        assertThat(bundled.code()).as(bundled.err()).isZero();

        String hint = bundled.out().lines().filter(l -> l.startsWith("Check it with: ")).findFirst().orElseThrow()
                .replaceFirst("^Check it with: ", "").replaceFirst(" {3}\\(or unzip it.*$", "");
        assertThat(hint).startsWith(LAUNCHER + " verify --expect-fingerprint ").endsWith(" 'Sam'\\''s bundle.zip'");
        Run checked = run(new ProcessBuilder("sh", "-c", hint).directory(tmp.toFile()), env);
        assertThat(checked.code()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.out()).contains("INTACT");
    }

    @Test
    void runsWithoutAnArchiveWhereTheCacheFolderCannotBeUsed(@TempDir Path tmp) throws Exception {
        RedressJarIT.Run direct = RedressJarIT.run("validate", MINIMAL.toString());
        // Below a regular file: the folder cannot be made.
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a folder");
        assertRunsWithoutArchive(launch(file.resolve("redress"), "validate", MINIMAL.toString()), direct);
        assertThat(Files.readString(file)).isEqualTo("not a folder");

        // Writable by others: not safe, never used or written.
        Path open = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertRunsWithoutArchive(launch(open, "validate", MINIMAL.toString()), direct);
        assertThat(files(open)).isEmpty();
        assertThat(Files.getPosixFilePermissions(open)).isEqualTo(PosixFilePermissions.fromString("rwxrwxrwx"));

        // A link to a folder: not used.
        Path real = Files.createDirectory(tmp.resolve("real"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertRunsWithoutArchive(launch(link, "validate", MINIMAL.toString()), direct);
        assertThat(files(real)).isEmpty();

        // Switched off.
        Path off = tmp.resolve("off");
        assertRunsWithoutArchive(launch(Map.of("REDRESS_CACHE_DIR", off.toString(), "REDRESS_CDS", "off"),
                List.of(), "validate", MINIMAL.toString()), direct);
        assertThat(off).doesNotExist();
    }

    /**
     * A read-only cache folder: run as an ordinary user (root may write anywhere, so as root the launcher is run as
     * {@code nobody} through {@code setpriv}).
     */
    @Test
    void runsWithoutAnArchiveWhenTheCacheFolderIsReadOnly(@TempDir Path tmp) throws Exception {
        RedressJarIT.Run direct = RedressJarIT.run("validate", MINIMAL.toString());
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> prefix = List.of();
        Path cache = Files.createDirectory(tmp.resolve("read-only"));
        Path readable = tmp.resolve("minimal.json");
        Files.copy(MINIMAL, readable);
        if (root) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
                    "as root, the read-only case needs setpriv to run as another user");
            prefix = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));
            Files.setOwner(cache, tmp.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("nobody"));
        }
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("r-x------"));
        Run r = launch(Map.of("REDRESS_CACHE_DIR", cache.toString(), "HOME", cache.toString()), prefix,
                "validate", readable.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(direct.out().replace(MINIMAL.toString(), readable.toString()));
        assertThat(r.javaLine()).doesNotContain("SharedArchiveFile").contains("-XX:TieredStopAtLevel=1");
        assertThat(files(cache)).isEmpty();
    }

    static void assertRunsWithoutArchive(Run r, RedressJarIT.Run direct) {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(direct.out());
        assertThat(r.javaLine()).doesNotContain("SharedArchiveFile").contains("-XX:TieredStopAtLevel=1");
    }
}
