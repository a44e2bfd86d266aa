package org.redress.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.redress.core.InvalidDataException;

/**
 * Coverage-guided fuzzing (Jazzer) of the vault's readers: a vault holding two small items is copied, one of its
 * files ({@code vault.json}, an item's key file or an item file) is replaced, cut or has bytes changed as the
 * input says, and the copy is opened and every item read to its end. Opening or reading may fail with a
 * {@link VaultException}, another {@link IOException} or an {@link EvidenceIntegrityException} naming what failed;
 * anything else is a finding. Under
 * plain {@code mvn test} it runs the committed inputs in
 * {@code src/test/resources/org/redress/evidence/VaultFuzzTestInputs/readVault/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see docs/fuzzing.md).
 */
class VaultFuzzTest {

    private static Path template;

    /** A vault with two items, made once per run. */
    private static synchronized Path template() throws Exception {
        if (template == null) {
            Path dir = Files.createTempDirectory("redress-fuzz-vault");
            try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
                store(vault, "ev-1", Fixtures.bytes(1, 100));
                store(vault, "ev-2", Fixtures.bytes(2, 70_000)); // two segments
            }
            Files.deleteIfExists(dir.resolve(".lock"));
            template = dir;
        }
        return template;
    }

    private static void store(DirectoryVault vault, String id, byte[] content) throws IOException {
        vault.put(id, new java.io.ByteArrayInputStream(content), java.util.Set.of("SHA-256"),
                facts -> org.redress.core.model.EvidenceRecord.builder().id(id)
                        .kind(org.redress.core.model.EvidenceKind.IMAGE)
                        .capturedAt(java.time.OffsetDateTime.parse("2026-11-01T10:00:00Z"))
                        .captureZone(java.time.ZoneId.of("Europe/London"))
                        .collector(Fixtures.ACTOR).tool(Fixtures.TOOL)
                        .origin(org.redress.core.model.EvidenceOrigin.IMPORTED)
                        .size(facts.size()).hashes(facts.hashes()).build());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readVault(FuzzedDataProvider data) throws Exception {
        Path original = template();
        Path dir = Files.createTempDirectory("redress-fuzz-vault-copy");
        try {
            for (Path f : files(original)) {
                Path to = dir.resolve(original.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
            List<Path> files = files(dir);
            Path target = files.get(data.consumeInt(0, files.size() - 1));
            byte[] bytes = Files.readAllBytes(target);
            switch (data.consumeInt(0, 2)) {
                case 0 -> bytes = data.consumeRemainingAsBytes(); // replaced
                case 1 -> { // cut
                    bytes = java.util.Arrays.copyOf(bytes, data.consumeInt(0, bytes.length));
                }
                default -> { // bytes changed
                    while (data.remainingBytes() >= 5 && bytes.length > 0) {
                        bytes[data.consumeInt(0, bytes.length - 1)] ^= data.consumeByte();
                    }
                }
            }
            Files.write(target, bytes);
            read(dir);
        } finally {
            delete(dir);
        }
    }

    private static void read(Path dir) {
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.hostKey(Fixtures.HOST_KEY))) {
            for (String id : vault.ids()) {
                try {
                    assertThat(vault.record(id).id()).isEqualTo(id);
                    try (InputStream in = vault.open(id)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                } catch (IOException | InvalidDataException | EvidenceIntegrityException itemFailed) {
                    // one unreadable item: reported, and the others still read
                }
            }
        } catch (IOException | InvalidDataException | EvidenceIntegrityException refused) {
            // the vault could not be opened, with a reason
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
