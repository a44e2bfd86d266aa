package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault, bundles and keys as a person meets them through the packaged jar. */
class EvidenceCliIT {

    static final Map<String, String> ENV = Map.of("REDRESS_VAULT_PASSPHRASE", "correct horse battery staple");

    private static Path caseCopy(Path dir) throws Exception {
        Path c = dir.resolve("case.json");
        Files.copy(RedressJarIT.CASES.resolve("minimal.json"), c);
        return c;
    }

    private static Path shot(Path dir, String name, String words) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, DemoScreenshots.png(new DemoScreenshots.Post("App", "someone", "today", words)));
        return f;
    }

    @Test
    void aWeakPassphraseIsRefusedForANewVaultAndNothingIsCreated(@TempDir Path dir) throws Exception {
        Path c = caseCopy(dir);
        RedressJarIT.Run r = RedressJarIT.run(Map.of("REDRESS_VAULT_PASSPHRASE", "abc"), "capture",
                shot(dir, "a.png", "fictional").toString(), "--case", c.toString(), "--vault",
                dir.resolve("vault").toString());
        assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.VAULT_LOCKED);
        assertThat(r.err()).contains("Creating a new evidence vault").contains("if it is lost, the evidence")
                .contains("too weak").contains("at least 3");
        assertThat(dir.resolve("vault")).doesNotExist();
    }

    @Test
    void everyBundleFromOneVaultVerifiesWithItsFingerprintAndTheSignerIsOtherwiseUnconfirmed(@TempDir Path dir)
            throws Exception {
        Path c = caseCopy(dir);
        Path vault = dir.resolve("vault");
        Path first = shot(dir, "a.png", "fictional one");
        RedressJarIT.Run captured = RedressJarIT.run(ENV, "capture", first.toString(), "--case", c.toString(),
                "--vault", vault.toString());
        assertThat(captured.code()).as(captured.all()).isZero();
        RedressJarIT.Run again = RedressJarIT.run(ENV, "capture", first.toString(), "--case", c.toString(),
                "--vault", vault.toString());
        assertThat(again.code()).as(again.all()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(again.err()).contains("already kept as evidence ev-1");

        List<String> fingerprints = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path zip = dir.resolve("b" + i + ".zip");
            RedressJarIT.Run b = RedressJarIT.run(ENV, "bundle", "--case", c.toString(), "--vault", vault.toString(),
                    "--out", zip.toString());
            assertThat(b.code()).as(b.all()).isZero();
            String fpr = b.out().lines().filter(l -> l.startsWith("Signing key fingerprint: ")).findFirst()
                    .orElseThrow().substring(25).replace(" ", "");
            fingerprints.add(fpr);
            RedressJarIT.Run unconfirmed = RedressJarIT.run("verify", zip.toString());
            assertThat(unconfirmed.code()).as(unconfirmed.all()).isEqualTo(ExitCodes.SIGNER_UNCONFIRMED);
            assertThat(unconfirmed.out().lines().findFirst().orElseThrow()).startsWith("Signer fingerprint:");
            assertThat(unconfirmed.out()).contains("UNCONFIRMED SIGNER").contains("--expect-fingerprint " + fpr);
            RedressJarIT.Run confirmed = RedressJarIT.run("verify", "--expect-fingerprint", fpr, zip.toString());
            assertThat(confirmed.code()).as(confirmed.all()).isZero();
            assertThat(confirmed.out()).contains("INTACT");
            RedressJarIT.Run other = RedressJarIT.run("verify", "--expect-fingerprint", "0".repeat(40),
                    zip.toString());
            assertThat(other.code()).as(other.all()).isEqualTo(ExitCodes.VERIFICATION_FAILED);
        }
        assertThat(fingerprints.get(1)).isEqualTo(fingerprints.get(0));

        Path exported = dir.resolve("key.asc");
        RedressJarIT.Run key = RedressJarIT.run(ENV, "key", "--vault", vault.toString(), "--export",
                exported.toString());
        assertThat(key.code()).as(key.all()).isZero();
        assertThat(key.out().replace(" ", "")).contains(fingerprints.get(0));
        assertThat(Files.readString(exported)).startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----");

        // A tampered custody log is refused, naming the event, with the integrity exit code.
        Path events = vault.resolve("custody/custody.jsonl");
        Files.writeString(events, Files.readString(events).replaceFirst("\"ev-1\"", "\"ev-7\""));
        RedressJarIT.Run refused = RedressJarIT.run(ENV, "bundle", "--case", c.toString(), "--vault",
                vault.toString(), "--out", dir.resolve("b3.zip").toString());
        assertThat(refused.code()).as(refused.all()).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(refused.err()).contains("custody log is broken").contains("event 0");
        assertThat(dir.resolve("b3.zip")).doesNotExist();
    }

    @Test
    void aDeletedVaultJsonIsNotReplacedAndAMissingKeyDeletesNothing(@TempDir Path dir) throws Exception {
        Path c = caseCopy(dir);
        Path vault = dir.resolve("vault");
        assertThat(RedressJarIT.run(ENV, "capture", shot(dir, "a.png", "one").toString(), "--case", c.toString(),
                "--vault", vault.toString()).code()).isZero();
        assertThat(RedressJarIT.run(ENV, "capture", shot(dir, "b.png", "two").toString(), "--case", c.toString(),
                "--vault", vault.toString()).code()).isZero();

        Files.delete(vault.resolve("items/keys/ev-1.key"));
        RedressJarIT.Run warned = RedressJarIT.run(ENV, "capture", shot(dir, "c.png", "three").toString(), "--case",
                c.toString(), "--vault", vault.toString());
        assertThat(warned.code()).as(warned.all()).isZero();
        assertThat(warned.err()).contains("evidence item ev-1 cannot be read").contains("keys/ev-1.key is missing");
        assertThat(vault.resolve("items/items/ev-1.rdv")).exists();
        RedressJarIT.Run bundle = RedressJarIT.run(ENV, "bundle", "--case", c.toString(), "--vault",
                vault.toString(), "--out", dir.resolve("b.zip").toString());
        assertThat(bundle.code()).as(bundle.all()).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(bundle.err()).contains("ev-1").contains("missing");

        Files.delete(vault.resolve("items/vault.json"));
        RedressJarIT.Run refused = RedressJarIT.run(ENV, "capture", shot(dir, "d.png", "four").toString(), "--case",
                c.toString(), "--vault", vault.toString());
        assertThat(refused.code()).as(refused.all()).isEqualTo(ExitCodes.FILE_ERROR);
        assertThat(refused.err()).contains("vault.json is").contains("missing").contains("backup");
        assertThat(vault.resolve("items/vault.json")).doesNotExist();
    }

    @Test
    void filesArePrivateUnderUmask022(@TempDir Path dir) throws Exception {
        Path c = caseCopy(dir);
        Path vault = dir.resolve("vault");
        Path shot = shot(dir, "a.png", "one");
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "umask 022 && exec \"$0\" -jar \"$1\" capture \"$2\" "
                + "--case \"$3\" --vault \"$4\"", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), RedressJarIT.JAR.toString(), shot.toString(), c.toString(), vault.toString());
        pb.environment().putAll(ENV);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(c))).isEqualTo("rw-------");
        try (Stream<Path> all = Files.walk(vault)) {
            for (Path f : all.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo(Files.isDirectory(f) ? "rwx------" : "rw-------");
            }
        }
    }
}
