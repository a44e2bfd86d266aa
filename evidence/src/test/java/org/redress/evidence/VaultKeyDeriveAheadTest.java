package org.redress.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link VaultKey#deriveAhead}: the key derived on a background thread while the caller does other work opens and
 * makes exactly the vaults the key derived at opening would, stores the same Argon2id parameters, and never writes.
 */
class VaultKeyDeriveAheadTest {

    private static final char[] PASS = "fictional test passphrase lantern orchard".toCharArray();

    @TempDir
    Path dir;

    private static VaultKey ahead(Path vaultDir, char[] pass) {
        VaultKey key = VaultKey.passphrase(pass);
        key.deriveAhead(vaultDir);
        return key;
    }

    @Property(tries = 6)
    void anItemCapturedWithAKeyDerivedAheadRoundTripsWithAKeyDerivedAtOpening(
            @ForAll @IntRange(min = 0, max = 3 * 65536 + 5) int size, @ForAll long seed, @ForAll boolean existing)
            throws Exception {
        Path d = Files.createTempDirectory("vault-ahead");
        byte[] content = Fixtures.bytes(seed, size);
        if (existing) {
            DirectoryVault.openOrCreate(d, VaultKey.passphrase(PASS)).close();
        }
        try (DirectoryVault vault = DirectoryVault.openOrCreate(d, ahead(d, PASS))) {
            DirectoryVaultTest.store(vault, "item-1", content);
        }
        try (DirectoryVault vault = DirectoryVault.openOrCreate(d, VaultKey.passphrase(PASS));
                InputStream in = vault.open("item-1")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void derivingAheadWritesNothingAndANewVaultStoresTheDefaultParameters() throws Exception {
        Path d = dir.resolve("new");
        VaultKey key = ahead(d, PASS);
        assertThat(d).doesNotExist();
        DirectoryVault.openOrCreate(d, key).close();
        var kdf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(d.resolve("vault.json").toFile())
                .path("kdf");
        assertThat(kdf.path("algorithm").asText()).isEqualTo("argon2id");
        assertThat(kdf.path("memoryKiB").asInt()).isEqualTo(19 * 1024);
        assertThat(kdf.path("iterations").asInt()).isEqualTo(2);
        assertThat(kdf.path("parallelism").asInt()).isEqualTo(1);
    }

    @Test
    void twoVaultsMadeWithOneKeyGetDifferentSalts() throws Exception {
        VaultKey key = ahead(dir.resolve("a"), PASS);
        DirectoryVault.openOrCreate(dir.resolve("a"), key).close();
        DirectoryVault.openOrCreate(dir.resolve("b"), key).close();
        assertThat(salt(dir.resolve("a"))).isNotEqualTo(salt(dir.resolve("b")));
        DirectoryVault.openOrCreate(dir.resolve("b"), VaultKey.passphrase(PASS)).close();
    }

    @Test
    void aWrongPassphraseDerivedAheadIsRefusedAndChangesNothing() throws Exception {
        Path d = dir.resolve("v");
        DirectoryVault.openOrCreate(d, VaultKey.passphrase(PASS)).close();
        byte[] before = Files.readAllBytes(d.resolve("vault.json"));
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(d, ahead(d, "another fictional phrase".toCharArray())))
                .isInstanceOf(WrongKeyException.class);
        assertThat(Files.readAllBytes(d.resolve("vault.json"))).isEqualTo(before);
    }

    @Test
    void aDamagedHeaderIsReportedByOpeningAsWithoutDerivingAhead() throws Exception {
        Path d = dir.resolve("v");
        DirectoryVault.openOrCreate(d, VaultKey.passphrase(PASS)).close();
        Files.writeString(d.resolve("vault.json"), "{\"format\":\"redress-vault/1\",\"kdf\":{\"algorithm\":\"argon2id\","
                + "\"memoryKiB\":-5}}");
        VaultKey key = ahead(d, PASS);
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(d, key)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void aKeyDestroyedWhileDerivingOpensNothing() throws Exception {
        Path d = dir.resolve("v");
        DirectoryVault.openOrCreate(d, VaultKey.passphrase(PASS)).close();
        VaultKey key = ahead(d, PASS);
        key.destroy();
        // The passphrase is cleared: what is left derives no key that opens the vault.
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(d, key)).isInstanceOf(WrongKeyException.class);
    }

    private static String salt(Path vault) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(vault.resolve("vault.json").toFile())
                .path("kdf").path("salt").asText();
    }
}
