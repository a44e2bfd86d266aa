package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleSignerTest {

    @TempDir
    Path dir;

    @Test
    void gpgAcceptsTheDetachedSignatureAndRejectsAlteredData() throws Exception {
        Tools.require("gpg");
        BundleSigner signer = BundleSigner.generate("Redress test exports (fictional)");
        byte[] data = "fictional manifest\n".getBytes();
        Files.write(dir.resolve("data"), data);
        Files.write(dir.resolve("data.asc"), signer.sign(data));
        Files.write(dir.resolve("key.asc"), signer.armoredPublicKey());
        Path home = Files.createDirectory(dir.resolve("gnupg"));
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Map<String, String> env = Map.of("GNUPGHOME", home.toString());
        Tools.Run imported = Tools.run(dir, env, List.of("gpg", "--batch", "--import", "key.asc"));
        assertThat(imported.exit()).as(imported.output()).isZero();
        Tools.Run fpr = Tools.run(dir, env, List.of("gpg", "--batch", "--with-colons", "--fingerprint"));
        assertThat(fpr.output()).contains("fpr:::::::::" + signer.fingerprint() + ":");
        Tools.Run ok = Tools.run(dir, env, List.of("gpg", "--batch", "--verify", "data.asc", "data"));
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("Good signature");
        Files.write(dir.resolve("data"), "fictional manifesT\n".getBytes());
        Tools.Run bad = Tools.run(dir, env, List.of("gpg", "--batch", "--verify", "data.asc", "data"));
        assertThat(bad.exit()).as(bad.output()).isNotZero();
    }
}
