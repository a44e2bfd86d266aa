package org.redress.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.evidence.DirectoryVaultTest.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.internal.SegmentedAead;
import org.redress.core.model.EvidenceRecord;

/** {@link DirectoryVault#changeKey}: the new key opens, the old one does not, and every crash state resolves. */
class DirectoryVaultKeyChangeTest {

    private static final byte[] OTHER_HOST_KEY = Fixtures.bytes(99, 32);
    private static final List<String> IDS = List.of("a", "b", "c", "d");

    @TempDir
    Path dir;

    private static VaultKey hostA() {
        return VaultKey.hostKey(Fixtures.HOST_KEY);
    }

    private static VaultKey hostB() {
        return VaultKey.hostKey(OTHER_HOST_KEY);
    }

    private static VaultKey pass(String p) {
        return VaultKey.passphrase(p.toCharArray());
    }

    private static byte[] content(String id) {
        return Fixtures.bytes(id.hashCode(), 10 + Math.floorMod(id.hashCode(), 3) * SegmentedAead.SEGMENT);
    }

    private static void fill(DirectoryVault vault, List<String> ids) throws Exception {
        for (String id : ids) {
            store(vault, id, content(id));
        }
    }

    /** Every id reads back byte-identical, and its record's SHA-256 is that of the content. */
    private static void assertAllRead(DirectoryVault vault, List<String> ids) throws Exception {
        assertThat(vault.ids()).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            try (InputStream in = vault.open(id)) {
                assertThat(in.readAllBytes()).as(id).isEqualTo(content(id));
            }
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content(id)));
            assertThat(vault.record(id).sha256()).as(id).contains(sha);
        }
    }

    private static List<String> keyDirNames(Path vaultDir) throws IOException {
        try (Stream<Path> files = Files.list(vaultDir.resolve("keys"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void afterAPassphraseChangeOnlyTheNewPassphraseOpensAndEveryItemReads() throws Exception {
        byte[] oldHeader;
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, pass("old passphrase"))) {
            fill(vault, IDS);
            oldHeader = Files.readAllBytes(dir.resolve("vault.json"));
            vault.changeKey(pass("new passphrase"));
            assertAllRead(vault, IDS); // the open instance goes on with the new key
        }
        assertThat(Files.readAllBytes(dir.resolve("vault.json"))).isNotEqualTo(oldHeader);
        assertThat(keyDirNames(dir)).containsExactly("a.key", "b.key", "c.key", "d.key");
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(dir, pass("old passphrase")))
                .isInstanceOf(WrongKeyException.class);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, pass("new passphrase"))) {
            assertAllRead(vault, IDS);
        }
    }

    @Test
    void aHostKeyVaultCanMoveToAPassphraseAndBackToAnotherHostKey() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostA())) {
            fill(vault, IDS);
            vault.changeKey(pass("a passphrase now"));
        }
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(dir, hostA())).isInstanceOf(VaultException.class)
                .hasMessageContaining("passphrase");
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, pass("a passphrase now"))) {
            assertAllRead(vault, IDS);
            vault.changeKey(hostB());
        }
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(dir, hostA())).isInstanceOf(WrongKeyException.class);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostB())) {
            assertAllRead(vault, IDS);
        }
    }

    /**
     * Builds the files a crash during a change from host key A to B leaves, then opens. Before the commit point:
     * vault.json and every {@code .key} under A, and some {@code .key.next} under B. After it: vault.json under B,
     * some keys already renamed, the others still under A (or zeroed, if the crash hit between the overwrite and the
     * rename) with their {@code .key.next} under B. Exactly the right key opens, and every item reads.
     */
    @Property(tries = 40)
    void everyCrashStateOfAKeyChangeOpensWithExactlyOneKey(@ForAll boolean committed,
            @ForAll @IntRange(min = 0, max = 15) int nextMask, @ForAll @IntRange(min = 0, max = 15) int zeroMask)
            throws Exception {
        Path d = Files.createTempDirectory("vault");
        Map<String, byte[]> keysA = new HashMap<>();
        byte[] headerA;
        try (DirectoryVault vault = DirectoryVault.openOrCreate(d, hostA())) {
            fill(vault, IDS);
            headerA = Files.readAllBytes(d.resolve("vault.json"));
            for (String id : IDS) {
                keysA.put(id, Files.readAllBytes(d.resolve("keys/" + id + ".key")));
            }
            vault.changeKey(hostB());
        }
        for (int i = 0; i < IDS.size(); i++) {
            Path key = d.resolve("keys/" + IDS.get(i) + ".key");
            Path next = d.resolve("keys/" + IDS.get(i) + ".key.next");
            boolean hasNext = (nextMask & (1 << i)) != 0;
            if (hasNext) {
                Files.copy(key, next);
            }
            if (!committed || hasNext) {
                boolean zeroed = committed && (zeroMask & (1 << i)) != 0;
                Files.write(key, zeroed ? new byte[keysA.get(IDS.get(i)).length] : keysA.get(IDS.get(i)));
            }
        }
        if (!committed) {
            Files.write(d.resolve("vault.json"), headerA);
        }
        Files.write(d.resolve("keys/.b.key.next.0000.tmp"), new byte[5]); // a half-written .key.next
        VaultKey valid = committed ? hostB() : hostA();
        VaultKey invalid = committed ? hostA() : hostB();
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(d, invalid)).isInstanceOf(WrongKeyException.class);
        for (int round = 0; round < 2; round++) {
            try (DirectoryVault vault = DirectoryVault.openOrCreate(d, valid)) {
                assertThat(keyDirNames(d)).containsExactly("a.key", "b.key", "c.key", "d.key");
                assertAllRead(vault, IDS);
            }
        }
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(d, invalid)).isInstanceOf(WrongKeyException.class);
    }

    @Test
    void aKeyFileThatDoesNotUnwrapStopsTheChangeNamesTheItemAndChangesNothing() throws Exception {
        byte[] header;
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostA())) {
            fill(vault, IDS);
            header = Files.readAllBytes(dir.resolve("vault.json"));
            Path key = dir.resolve("keys/c.key");
            byte[] bytes = Files.readAllBytes(key);
            bytes[20] ^= 1;
            Files.write(key, bytes);
            assertThatThrownBy(() -> vault.changeKey(hostB())).isInstanceOf(EvidenceIntegrityException.class)
                    .hasMessageContaining("Evidence item c ")
                    .satisfies(e -> assertThat(((EvidenceIntegrityException) e).itemId()).isEqualTo("c"));
            assertThat(keyDirNames(dir)).containsExactly("a.key", "b.key", "c.key", "d.key");
            assertThat(Files.readAllBytes(dir.resolve("vault.json"))).isEqualTo(header);
            assertAllReadExcept(vault, "c");
        }
        assertThatThrownBy(() -> DirectoryVault.openOrCreate(dir, hostB())).isInstanceOf(WrongKeyException.class);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostA())) {
            assertAllReadExcept(vault, "c");
        }
    }

    private static void assertAllReadExcept(DirectoryVault vault, String broken) throws Exception {
        for (String id : IDS) {
            if (!id.equals(broken)) {
                try (InputStream in = vault.open(id)) {
                    assertThat(in.readAllBytes()).as(id).isEqualTo(content(id));
                }
            }
        }
    }

    @Test
    void aChangeWaitsForAPutThatIsStreamingAndThePutSurvivesIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostA())) {
            fill(vault, IDS);
            CountDownLatch streaming = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            byte[] big = content("big");
            InputStream slow = new SequenceInputStream(new ByteArrayInputStream(big, 0, 1000),
                    new InputStream() {
                        private final InputStream rest = new ByteArrayInputStream(big, 1000, big.length - 1000);
                        private boolean waited;

                        @Override
                        public int read() throws IOException {
                            byte[] one = new byte[1];
                            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                        }

                        @Override
                        public int read(byte[] b, int off, int len) throws IOException {
                            if (!waited) {
                                waited = true;
                                streaming.countDown();
                                try {
                                    release.await();
                                } catch (InterruptedException e) {
                                    throw new IOException(e);
                                }
                            }
                            return rest.read(b, off, len);
                        }
                    });
            Future<EvidenceRecord> put = pool.submit(() -> store(vault, "big", slow));
            assertThat(streaming.await(60, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Thread> changer = new AtomicReference<>();
            Future<?> change = pool.submit(() -> {
                changer.set(Thread.currentThread());
                vault.changeKey(hostB());
                return null;
            });
            // The change parks on the lock while the put streams (a passphrase-free key derives instantly).
            while (changer.get() == null || changer.get().getState() != Thread.State.WAITING) {
                assertThat(change.isDone()).as("changeKey must wait for the put").isFalse();
                Thread.onSpinWait();
            }
            assertThat(change.isDone()).isFalse();
            release.countDown();
            put.get(60, TimeUnit.SECONDS);
            change.get(60, TimeUnit.SECONDS);
            // A put after the change uses the new key.
            store(vault, "after", content("after"));
        } finally {
            pool.shutdownNow();
        }
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostB())) {
            assertAllRead(vault, List.of("a", "b", "c", "d", "big", "after"));
        }
    }

    @Test
    void concurrentPutsAndReadsDuringRepeatedChangesLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> ids = new ArrayList<>(IDS);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostA())) {
            fill(vault, IDS);
            Future<List<String>> puts = pool.submit(() -> {
                List<String> stored = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    store(vault, "p" + i, content("p" + i));
                    stored.add("p" + i);
                    try (InputStream in = vault.open("a")) {
                        assertThat(in.readAllBytes()).isEqualTo(content("a"));
                    }
                }
                return stored;
            });
            for (int i = 0; i < 6; i++) {
                vault.changeKey(i % 2 == 0 ? hostB() : hostA());
            }
            ids.addAll(puts.get(120, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostA())) {
            assertAllRead(vault, ids);
        }
    }

    @Test
    void destroyAfterAChangeStillShredsAndAChangeFromInsideAnOperationIsRefused() throws Exception {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostA())) {
            fill(vault, IDS);
            vault.changeKey(hostB());
            vault.destroy("b");
            assertThat(dir.resolve("keys/b.key")).doesNotExist();
            assertThat(dir.resolve("items/b.rdv")).doesNotExist();
            assertThatThrownBy(() -> vault.open("b")).hasMessageContaining("no item b");
            assertThatThrownBy(() -> vault.put("x", new ByteArrayInputStream(new byte[1]), Set.of(), facts -> {
                try {
                    vault.changeKey(hostA());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            })).isInstanceOf(IllegalStateException.class);
            assertThat(vault.contains("x")).isFalse();
        }
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, hostB())) {
            assertAllRead(vault, List.of("a", "c", "d"));
        }
    }
}
