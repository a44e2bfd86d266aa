package org.redress.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.internal.SegmentedAead;
import org.redress.core.model.EvidenceRecord;

class DirectoryVaultTest {

    @TempDir
    Path dir;

    private static final int SEG = SegmentedAead.SEGMENT;

    static EvidenceRecord store(EvidenceVault vault, String id, byte[] content) throws Exception {
        return store(vault, id, new ByteArrayInputStream(content));
    }

    static EvidenceRecord store(EvidenceVault vault, String id, InputStream content) throws Exception {
        return vault.put(id, content, Set.of("SHA-512", "BLAKE2B-512"),
                facts -> EvidenceRecord.builder().id(id)
                                .kind(org.redress.core.model.EvidenceKind.IMAGE)
                                .capturedAt(java.time.OffsetDateTime.parse("2026-11-01T10:00:00Z"))
                                .captureZone(java.time.ZoneId.of("Europe/London"))
                                .collector(Fixtures.ACTOR).tool(Fixtures.TOOL)
                                .origin(org.redress.core.model.EvidenceOrigin.IMPORTED)
                                .size(facts.size()).hashes(facts.hashes()).build());
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Property(tries = 40)
    void roundTripGivesTheSameBytesAndHash(@ForAll @IntRange(min = 0, max = 9 * 65536 + 17) int size,
            @ForAll long seed) throws Exception {
        Path d = Files.createTempDirectory("vault");
        byte[] content = Fixtures.bytes(seed, size);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(d, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            EvidenceRecord r = store(vault, "item-1", content);
            assertThat(r.sha256()).contains(sha256(content));
            assertThat(r.hashes()).extracting(h -> h.algorithm()).containsExactly("SHA-256", "SHA-512",
                    "BLAKE2B-512");
            try (InputStream in = vault.open("item-1")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            assertThat(vault.record("item-1")).isEqualTo(r);
        }
    }

    @Test
    void segmentBoundariesRoundTrip() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            int i = 0;
            // Segment edges, and the edges of the four-segment batches the writer reads and hashes at a time.
            for (int size : new int[] {0, 1, SEG - 1, SEG, SEG + 1, 2 * SEG, 4 * SEG - 1, 4 * SEG, 4 * SEG + 1,
                    8 * SEG, 9 * SEG + 5}) {
                byte[] content = Fixtures.bytes(size, size);
                store(vault, "b" + i, content);
                try (InputStream in = vault.open("b" + i)) {
                    assertThat(in.readAllBytes()).isEqualTo(content);
                }
                i++;
            }
            assertThat(vault.ids()).hasSize(11);
        }
    }

    @Test
    void wrongPassphraseIsAClearErrorAndChangesNothing() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.passphrase("correct horse".toCharArray()))) {
            store(vault, "a", Fixtures.bytes(1, 100));
        }
        byte[] header = Files.readAllBytes(dir.resolve("vault.json"));
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(dir, VaultKey.passphrase("wrong horse".toCharArray())))
                .isInstanceOf(WrongKeyException.class).hasMessageContaining("Nothing was changed");
        assertThat(Files.readAllBytes(dir.resolve("vault.json"))).isEqualTo(header);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.passphrase("correct horse".toCharArray()))) {
            assertThat(vault.ids()).containsExactly("a");
            try (InputStream in = vault.open("a")) {
                assertThat(in.readAllBytes()).isEqualTo(Fixtures.bytes(1, 100));
            }
        }
    }

    @Test
    void evidenceIsNeverOverwritten() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "a", Fixtures.bytes(1, 10));
            assertThatThrownBy(() -> store(vault, "a", Fixtures.bytes(2, 10))).isInstanceOf(VaultException.class)
                    .hasMessageContaining("never overwritten");
        }
    }

    @Test
    void aKeyLeftByAPutThatNeverCommittedIsRemovedOnOpeningAndTheIdIsFreeAgain() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "a", Fixtures.bytes(1, 10));
        }
        // What a crash between writing the key and committing the item leaves: the put's journal marker and a key
        // file without its item.
        Files.write(dir.resolve("journal/ghost.put"), new byte[0]);
        Files.copy(dir.resolve("keys/a.key"), dir.resolve("keys/ghost.key"));
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            assertThat(dir.resolve("keys/ghost.key")).doesNotExist();
            assertThat(dir.resolve("journal/ghost.put")).doesNotExist();
            assertThat(vault.ids()).containsExactly("a");
            assertThat(vault.unreadable()).isEmpty();
            store(vault, "ghost", Fixtures.bytes(2, 10));
            try (InputStream in = vault.open("ghost")) {
                assertThat(in.readAllBytes()).isEqualTo(Fixtures.bytes(2, 10));
            }
        }
    }

    @Test
    void aMissingKeyFileNeverDeletesTheItemAndRestoringItMakesItReadableAgain() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "a", Fixtures.bytes(1, 10));
            vault.settle("a");
        }
        byte[] key = Files.readAllBytes(dir.resolve("keys/a.key"));
        Files.delete(dir.resolve("keys/a.key"));
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            assertThat(dir.resolve("items/a.rdv")).exists();
            assertThat(vault.unreadable()).containsOnlyKeys("a");
            assertThat(vault.unreadable().get("a")).contains("keys/a.key is missing");
            assertThatThrownBy(() -> vault.open("a")).isInstanceOf(EvidenceIntegrityException.class)
                    .hasMessageContaining("a").hasMessageContaining("missing");
            assertThatThrownBy(() -> store(vault, "a", Fixtures.bytes(2, 10))).isInstanceOf(VaultException.class);
        }
        Files.write(dir.resolve("keys/a.key"), key); // restored from a backup
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY));
                InputStream in = vault.open("a")) {
            assertThat(in.readAllBytes()).isEqualTo(Fixtures.bytes(1, 10));
        }
    }

    @Test
    void aDeletedVaultJsonIsNeverReplacedByANewVaultOverTheItems() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "a", Fixtures.bytes(1, 10));
        }
        Files.delete(dir.resolve("vault.json"));
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY)))
                .isInstanceOf(VaultException.class).hasMessageContaining("vault.json is missing")
                .hasMessageContaining("backup");
        assertThat(dir.resolve("vault.json")).doesNotExist();
        assertThat(dir.resolve("items/a.rdv")).exists();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"AAAA=B", "not base64!", "", "QUJD"})
    void aDamagedKeyCheckInTheHeaderIsAClearErrorAndChangesNothing(String check) throws Exception {
        // Found by fuzzing: a "check" that is not base64 escaped as the decoder's IllegalArgumentException.
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "a", Fixtures.bytes(1, 10));
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode header =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(dir.resolve("vault.json").toFile());
        header.put("check", check);
        byte[] damaged = mapper.writeValueAsBytes(header);
        Files.write(dir.resolve("vault.json"), damaged);
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY)))
                .isInstanceOf(VaultException.class);
        assertThat(Files.readAllBytes(dir.resolve("vault.json"))).isEqualTo(damaged);
        assertThat(dir.resolve("items/a.rdv")).exists();
    }

    @Test
    void filesAre0600AndFolders0700WhateverTheUmask() throws Exception {
        // The build runs under umask 022 (files 0644, folders 0755 by default); the vault sets its own.
        Path vaultDir = dir.resolve("deep/vault");
        try (DirectoryVault vault = DirectoryVault.openOrCreate(vaultDir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "a", Fixtures.bytes(1, 10));
            vault.signingKey();
        }
        try (var all = Files.walk(vaultDir)) {
            for (Path p : all.toList()) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("deep")))).isEqualTo("rwx------");
        // A vault made before files were private: opening closes its folders to others.
        Files.setPosixFilePermissions(vaultDir.resolve("keys"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (DirectoryVault vault = DirectoryVault.openOrCreate(vaultDir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(vaultDir.resolve("keys")))).isEqualTo("rwx------");
        }
    }

    @Test
    void theSigningKeyIsKeptAcrossOpeningsAndAKeyChange() throws Exception {
        String fingerprint;
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            fingerprint = vault.signingKey().fingerprint();
            assertThat(vault.signingKey().fingerprint()).isEqualTo(fingerprint);
            byte[] other = Fixtures.HOST_KEY.clone();
            other[0] ^= 1;
            vault.changeKey(VaultKey.hostKey(other));
            assertThat(vault.signingKey().fingerprint()).isEqualTo(fingerprint);
        }
        byte[] other = Fixtures.HOST_KEY.clone();
        other[0] ^= 1;
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(other))) {
            assertThat(vault.signingKey().fingerprint()).isEqualTo(fingerprint);
            byte[] message = "fictional".getBytes();
            java.security.Signature s = java.security.Signature.getInstance("Ed25519");
            s.initVerify(vault.signingKey().publicKey());
            s.update(message);
            assertThat(s.verify(vault.signingKey().sign(message))).isTrue();
            assertThat(vault.replaceSigningKey().fingerprint()).isNotEqualTo(fingerprint);
        }
    }

    @Test
    void aStreamThatFailsHalfwayLeavesNoItemAndNoFile() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            byte[] content = Fixtures.bytes(3, 3 * (1 << 20));
            InputStream failing = new java.io.FilterInputStream(new ByteArrayInputStream(content)) {
                private int read;

                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    if (read > 2 * (1 << 20)) {
                        throw new java.io.IOException("the phone went to sleep");
                    }
                    int n = super.read(b, off, len);
                    read += Math.max(n, 0);
                    return n;
                }
            };
            assertThatThrownBy(() -> store(vault, "cut", failing)).hasMessage("the phone went to sleep");
            assertThatThrownBy(() -> vault.put("late", new ByteArrayInputStream(content), Set.of(),
                    facts -> { throw new IllegalStateException("the record could not be made"); }))
                    .hasMessage("the record could not be made");
            assertThat(vault.ids()).isEmpty();
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                        .containsExactlyInAnyOrder("vault.json", ".lock");
            }
            // The vault still works afterwards.
            store(vault, "cut", content);
            try (InputStream in = vault.open("cut")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
        }
    }

    private byte[] tamperAndRead(java.util.function.Consumer<FileChannel> tamper) throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "victim-item", Fixtures.bytes(7, 3 * SEG + 100));
        }
        try (FileChannel ch = FileChannel.open(dir.resolve("items/victim-item.rdv"), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            tamper.accept(ch);
        }
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY));
             InputStream in = vault.open("victim-item")) {
            return in.readAllBytes();
        }
    }

    private static int header() {
        return 8 + 4 + 7 + 2 + "victim-item".length();
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    private interface IoAction {
        void run() throws Exception;
    }

    @Test
    void aFlippedByteInASegmentIsCaughtAndNamesTheItem() {
        assertThatThrownBy(() -> tamperAndRead(ch -> io(() -> {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, header() + SEG + 20 + 5);
            b.put(0, (byte) (b.get(0) ^ 1)).rewind();
            ch.write(b, header() + SEG + 20 + 5);
        }))).isInstanceOf(EvidenceIntegrityException.class).hasMessageContaining("victim-item")
                .hasMessageContaining("segment 1");
    }

    @Test
    void tamperingIsNotSwallowedByACatchOfIOException() {
        // The pattern of code that treats any I/O failure as "could not read, try later": tampering must get past it.
        Throwable escaped = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try {
                tamperAndRead(ch -> io(() -> ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), header() + 30)));
            } catch (IOException ioFailure) {
                throw new AssertionError("tampering was caught as an IOException", ioFailure);
            }
        });
        assertThat(escaped).isInstanceOf(EvidenceIntegrityException.class).isNotInstanceOf(IOException.class)
                .hasMessageContaining("victim-item");
        assertThat(IOException.class.isAssignableFrom(EvidenceIntegrityException.class)).isFalse();
        assertThat(((EvidenceIntegrityException) escaped).itemId()).isEqualTo("victim-item");
    }

    @Test
    void swappedSegmentsAreCaught() {
        assertThatThrownBy(() -> tamperAndRead(ch -> io(() -> {
            int len = SEG + 16;
            ByteBuffer a = ByteBuffer.allocate(len);
            ByteBuffer b = ByteBuffer.allocate(len);
            ch.read(a, header());
            ch.read(b, header() + len);
            ch.write(b.flip(), header());
            ch.write(a.flip(), header() + len);
        }))).isInstanceOf(EvidenceIntegrityException.class).hasMessageContaining("segment 0");
    }

    @Test
    void aDroppedFinalSegmentIsCaught() {
        // Cut the last content segment out, keeping the record trailer: the new last segment was not final.
        assertThatThrownBy(() -> tamperAndRead(ch -> io(() -> {
            long size = ch.size();
            int len = SEG + 16;
            long lastStart = header() + 3L * len;
            ByteBuffer trailer = ByteBuffer.allocate((int) (size - lastStart - (100 + 16)));
            ch.read(trailer, lastStart + 100 + 16);
            ch.write(trailer.flip(), lastStart);
            ch.truncate(size - (100 + 16));
        }))).isInstanceOf(EvidenceIntegrityException.class).hasMessageContaining("victim-item");
    }

    @Test
    void anExtendedFileIsCaught() {
        assertThatThrownBy(() -> tamperAndRead(ch -> io(() -> ch.write(ByteBuffer.wrap(new byte[SEG + 16]),
                ch.size())))).isInstanceOf(EvidenceIntegrityException.class).hasMessageContaining("victim-item");
    }

    @Test
    void destroyShredsTheKey() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            store(vault, "a", Fixtures.bytes(1, 10));
            vault.destroy("a");
            assertThat(vault.contains("a")).isFalse();
            assertThat(dir.resolve("keys/a.key")).doesNotExist();
            assertThat(dir.resolve("items/a.rdv")).doesNotExist();
            assertThatThrownBy(() -> vault.open("a")).isInstanceOf(VaultException.class)
                    .hasMessageContaining("no item a");
        }
    }
}
