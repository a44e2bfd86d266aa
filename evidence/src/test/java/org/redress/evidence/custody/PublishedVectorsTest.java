package org.redress.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.evidence.custody.internal.CanonicalJson;
import org.redress.core.json.RedressJson;

/**
 * The canonical JSON and the Merkle tree against test data published by others, not vectors of our own.
 *
 * <p>RFC 8785: the test cases of the RFC authors' reference repository (cyberphone/json-canonicalization,
 * {@code testdata/}), read from {@code ../shared/testdata/rfc8785/} beside the checkout (see that folder's README);
 * when it is absent the tests are skipped, and fail when {@code CI=true}.
 *
 * <p>RFC 6962 / RFC 9162: the reference leaves, tree heads, inclusion proofs and consistency proofs that the
 * Certificate Transparency implementations test against. Typed in from transparency-dev/merkle, file
 * {@code proof/verify_test.go} (variables {@code leaves}, {@code roots}, {@code inclusionProofs},
 * {@code consistencyProofs}; the same values are in google/certificate-transparency-go and google/trillian), Apache
 * License 2.0. Their {@code inclusionProofs} number leaves from 1; here indexes start at 0.
 */
class PublishedVectorsTest {

    private static final HexFormat HEX = HexFormat.of();

    // ---------------------------------------------------------------- RFC 8785

    /** The folder of the published RFC 8785 test data, or a skip (a failure in CI) when it is not there. */
    static Path rfc8785() {
        String configured = System.getProperty("redress.testdata", System.getenv("REDRESS_TESTDATA"));
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("shared/testdata"));
        }
        for (Path c : candidates) {
            if (Files.isDirectory(c.resolve("rfc8785/input"))) {
                return c.resolve("rfc8785");
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("the published RFC 8785 test data (../shared/testdata/rfc8785) is missing in CI");
        }
        Assumptions.abort("the published RFC 8785 test data (../shared/testdata/rfc8785) is not here");
        return null;
    }

    static Stream<String> rfc8785Cases() throws IOException {
        Path dir = rfc8785();
        try (Stream<Path> files = Files.list(dir.resolve("input"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .sorted().toList();
            assertThat(names).contains("arrays.json", "french.json", "structures.json", "unicode.json",
                    "values.json", "weird.json");
            return names.stream().map(n -> n.substring(0, n.length() - ".json".length()));
        }
    }

    /** Read as the custody log reads (Redress's mapper: decimals kept as written until canonicalised). */
    @ParameterizedTest
    @MethodSource("rfc8785Cases")
    void canonicalFormOfEachPublishedCase(String name) throws Exception {
        Path dir = rfc8785();
        byte[] expected = Files.readAllBytes(dir.resolve("output/" + name + ".json"));
        String hex = Files.readString(dir.resolve("outhex/" + name + ".txt")).replaceAll("\\s", "");
        assertThat(HEX.formatHex(expected)).as("output and outhex agree").isEqualTo(hex);
        byte[] input = Files.readAllBytes(dir.resolve("input/" + name + ".json"));
        assertThat(new String(CanonicalJson.bytes(RedressJson.newMapper().readTree(input)), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(CanonicalJson.bytes(new ObjectMapper().readTree(input))).as("read as doubles").isEqualTo(expected);
        // canonical output is a fixed point
        assertThat(CanonicalJson.bytes(RedressJson.newMapper().readTree(expected))).isEqualTo(expected);
    }

    @Test
    void stringsThatAreNotWellFormedUnicodeAreRefused() throws Exception {
        // Built in code: Jackson 2.23's parser already refuses a broken surrogate pair in a field name, but a tree
        // built by a program can hold one anywhere.
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (JsonNode node : List.<JsonNode>of(f.objectNode().put("a", "\uD800"), f.objectNode().put("a", "x\uDC00"),
                f.objectNode().put("a", "\uDE00\uD83D"), f.objectNode().put("\uD800", 1),
                f.arrayNode().add("\uD83D"), f.objectNode().set("a", f.arrayNode().add("ok").add("\uDBFF")))) {
            assertThatThrownBy(() -> CanonicalJson.bytes(node)).as(node.toString())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed Unicode");
        }
        assertThatThrownBy(() -> CanonicalJson.bytes(new ObjectMapper().readTree("{\"a\":\"\\uD800\"}")))
                .as("a lone surrogate read from JSON text").isInstanceOf(IllegalArgumentException.class);
        // the two values the issue found hashing alike are now told apart: one has no canonical form at all
        assertThat(CanonicalJson.string(JsonNodeFactory.instance.objectNode().put("a", "?"))).isEqualTo("{\"a\":\"?\"}");
        // a surrogate pair is one character, written as UTF-8 (four bytes)
        assertThat(CanonicalJson.bytes(new ObjectMapper().readTree("{\"a\":\"\\uD83D\\uDE00\"}")))
                .isEqualTo("{\"a\":\"\uD83D\uDE00\"}".getBytes(StandardCharsets.UTF_8)).hasSize(12);
    }

    // ---------------------------------------------------------------- RFC 6962 / 9162

    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
        "606162636465666768696a6b6c6d6e6f"};

    /** Tree heads of the first 0 to 8 leaves. */
    private static final String[] ROOTS = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    /** A published proof: two numbers (leaf index and tree size, or the two sizes) and the path. */
    record Vector(long a, long b, String... path) {
        List<byte[]> proof() {
            return Stream.of(path).map(HEX::parseHex).toList();
        }
    }

    private static final List<Vector> INCLUSION = List.of(
            new Vector(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            new Vector(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            new Vector(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
            new Vector(1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            new Vector(0, 1));

    private static final List<Vector> CONSISTENCY = List.of(
            new Vector(1, 1),
            new Vector(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
            new Vector(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
            new Vector(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
            new Vector(6, 7, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));

    private static List<byte[]> leafHashes() {
        return Stream.of(LEAVES).map(h -> MerkleTree.leafHash(HEX.parseHex(h))).toList();
    }

    @Test
    void treeHeadsOfThePublishedLeaves() {
        List<byte[]> leaves = leafHashes();
        for (int n = 0; n <= 8; n++) {
            assertThat(HEX.formatHex(MerkleTree.root(leaves.subList(0, n)))).as("size " + n).isEqualTo(ROOTS[n]);
        }
    }

    @Test
    void publishedInclusionProofsAreTheOnesWeMakeAndVerify() {
        List<byte[]> leaves = leafHashes();
        for (Vector v : INCLUSION) {
            int index = (int) v.a();
            byte[] root = HEX.parseHex(ROOTS[(int) v.b()]);
            assertThat(MerkleTree.inclusionProof(leaves, v.a(), v.b())).as("proof of %d in %d", v.a(), v.b())
                    .map(HEX::formatHex).containsExactly(v.path());
            assertThat(MerkleTree.verifyInclusion(leaves.get(index), v.a(), v.b(), v.proof(), root)).isTrue();
            // the corruptions the published test makes: another index, size, leaf or root; a hash added or taken
            // away; one bit flipped
            assertThat(MerkleTree.verifyInclusion(leaves.get(index), v.a() ^ 1, v.b(), v.proof(), root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaves.get(index), v.a(), v.b() * 2, v.proof(), root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(HEX.parseHex(ROOTS[0]), v.a(), v.b(), v.proof(), root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leaves.get(index), v.a(), v.b(), v.proof(), HEX.parseHex(ROOTS[0])))
                    .isFalse();
            List<byte[]> longer = new ArrayList<>(v.proof());
            longer.add(root);
            assertThat(MerkleTree.verifyInclusion(leaves.get(index), v.a(), v.b(), longer, root)).isFalse();
            for (int i = 0; i < v.path().length; i++) {
                List<byte[]> flipped = new ArrayList<>(v.proof());
                flipped.get(i)[0] ^= 8;
                assertThat(MerkleTree.verifyInclusion(leaves.get(index), v.a(), v.b(), flipped, root)).isFalse();
                assertThat(MerkleTree.verifyInclusion(leaves.get(index), v.a(), v.b(),
                        v.proof().subList(0, v.path().length - 1), root)).isFalse();
            }
        }
    }

    @Test
    void publishedConsistencyProofsAreTheOnesWeMakeAndVerify() {
        List<byte[]> leaves = leafHashes();
        for (Vector v : CONSISTENCY) {
            byte[] first = HEX.parseHex(ROOTS[(int) v.a()]);
            byte[] second = HEX.parseHex(ROOTS[(int) v.b()]);
            assertThat(MerkleTree.consistencyProof(leaves, v.a(), v.b())).as("proof from %d to %d", v.a(), v.b())
                    .map(HEX::formatHex).containsExactly(v.path());
            assertThat(MerkleTree.verifyConsistency(v.a(), v.b(), first, second, v.proof())).isTrue();
            if (v.path().length == 0) {
                continue;
            }
            assertThat(MerkleTree.verifyConsistency(v.a(), v.b(), second, first, v.proof())).as("swapped").isFalse();
            assertThat(MerkleTree.verifyConsistency(v.a() + 1, v.b(), first, second, v.proof())).isFalse();
            assertThat(MerkleTree.verifyConsistency(v.a(), v.b(), first, second, List.of())).isFalse();
            for (int i = 0; i < v.path().length; i++) {
                List<byte[]> flipped = new ArrayList<>(v.proof());
                flipped.get(i)[0] ^= 16;
                assertThat(MerkleTree.verifyConsistency(v.a(), v.b(), first, second, flipped)).isFalse();
            }
        }
    }
}
