package org.redress.evidence.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static List<byte[]> leaves(int n) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MerkleTree.leafHash(MessageDigest.getInstance("SHA-256").digest(("event " + i).getBytes())));
        }
        return out;
    }

    /** The RFC 9162 definition of the tree head, written as directly as possible. */
    private static byte[] mth(List<byte[]> leafHashes) throws Exception {
        if (leafHashes.size() == 1) {
            return leafHashes.get(0);
        }
        int k = 1;
        while (k * 2 < leafHashes.size()) {
            k *= 2;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 1);
        sha.update(mth(leafHashes.subList(0, k)));
        sha.update(mth(leafHashes.subList(k, leafHashes.size())));
        return sha.digest();
    }

    @Test
    void emptyTreeIsTheHashOfNothing() throws Exception {
        assertThat(MerkleTree.root(List.of())).isEqualTo(MessageDigest.getInstance("SHA-256").digest());
    }

    @Test
    void everyInclusionProofVerifiesAndNoAlteredOneDoes() throws Exception {
        List<byte[]> all = leaves(40);
        for (int n = 1; n <= 40; n++) {
            byte[] root = MerkleTree.root(all.subList(0, n));
            assertThat(root).isEqualTo(mth(all.subList(0, n)));
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = MerkleTree.inclusionProof(all, m, n);
                assertThat(MerkleTree.verifyInclusion(all.get(m), m, n, proof, root)).isTrue();
                assertThat(MerkleTree.verifyInclusion(all.get((m + 1) % n), m, n, proof, root)).isEqualTo(n == 1);
                if (!proof.isEmpty()) {
                    List<byte[]> bad = new ArrayList<>(proof);
                    byte[] flipped = bad.get(0).clone();
                    flipped[0] ^= 1;
                    bad.set(0, flipped);
                    assertThat(MerkleTree.verifyInclusion(all.get(m), m, n, bad, root)).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndNoForkedOneDoes() throws Exception {
        List<byte[]> all = leaves(33);
        for (int second = 1; second <= 33; second++) {
            byte[] secondRoot = MerkleTree.root(all.subList(0, second));
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = MerkleTree.root(all.subList(0, first));
                List<byte[]> proof = MerkleTree.consistencyProof(all, first, second);
                assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, proof))
                        .as("%d -> %d", first, second).isTrue();
                if (first < second) {
                    byte[] forged = firstRoot.clone();
                    forged[31] ^= 1;
                    assertThat(MerkleTree.verifyConsistency(first, second, forged, secondRoot, proof)).isFalse();
                    assertThat(MerkleTree.verifyConsistency(first, second, secondRoot, firstRoot, proof)).isFalse();
                }
            }
        }
    }
}
