package org.redress.evidence.custody;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0) section 2.1 over SHA-256: tree heads, inclusion proofs
 * and consistency proofs, with the RFC's verification algorithms (sections 2.1.3.2 and 2.1.4.2).
 *
 * <p>The custody log's leaves are the 32-byte SHA-256 hashes of its events; a leaf's hash is
 * {@code SHA-256(0x00 || leaf)} and an interior node's {@code SHA-256(0x01 || left || right)}.
 * All methods are static and thread-safe.
 *
 * @since 1.0
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /**
     * {@return the RFC 9162 leaf hash of a leaf's data}
     *
     * @param leaf the leaf's data
     */
    public static byte[] leafHash(byte[] leaf) {
        return leafHash(sha256(), leaf);
    }

    /** {@link #leafHash(byte[])} with a digest the caller reuses (looking one up costs more than the hash). */
    static byte[] leafHash(MessageDigest sha, byte[] leaf) {
        sha.update((byte) 0);
        sha.update(leaf);
        return sha.digest();
    }

    /**
     * {@return the tree head (root hash) over leaves given by their leaf hashes; the hash of nothing for no leaves}
     *
     * @param leafHashes every leaf's hash, in order
     */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return sha256().digest();
        }
        return subtree(leafHashes, 0, leafHashes.size(), sha256());
    }

    /**
     * The inclusion proof (audit path) of the leaf at {@code index} in the tree of the first {@code size} leaves.
     *
     * @param leafHashes every leaf's hash, in order
     * @param index the leaf's index, from 0
     * @param size how many leaves the tree has
     * @return the proof's node hashes, leaf to root
     * @throws IllegalArgumentException when {@code index >= size} or {@code size} exceeds the leaves given
     */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, long index, long size) {
        if (index < 0 || index >= size || size > leafHashes.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        path(leafHashes, (int) index, 0, (int) size, path, sha256());
        return path;
    }

    /**
     * The consistency proof that the tree of the first {@code first} leaves is a prefix of the tree of the first
     * {@code second} leaves.
     *
     * @param leafHashes every leaf's hash, in order
     * @param first the earlier tree's size
     * @param second the later tree's size
     * @return the proof's node hashes
     * @throws IllegalArgumentException unless {@code 0 < first <= second <= leafHashes.size()}
     */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, long first, long second) {
        if (first <= 0 || first > second || second > leafHashes.size()) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second + " leaves");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leafHashes, (int) first, 0, (int) second, true, proof, sha256());
        return proof;
    }

    /**
     * Verifies an inclusion proof (RFC 9162 section 2.1.3.2).
     *
     * @param leafHash the leaf hash of the entry, {@link #leafHash(byte[])}
     * @param index the leaf's index, from 0
     * @param size how many leaves the tree has
     * @param proof the proof's node hashes, leaf to root
     * @param root the tree's root hash
     * @return whether the proof shows the leaf at {@code index} in the tree of {@code size} leaves with this root
     */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        MessageDigest sha = sha256();
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(sha, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = node(sha, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Verifies a consistency proof (RFC 9162 section 2.1.4.2).
     *
     * @param first the earlier tree's size
     * @param second the later tree's size
     * @param firstRoot the earlier tree's root hash
     * @param secondRoot the later tree's root hash
     * @param proof the proof's node hashes
     * @return whether the proof shows that the tree of {@code first} leaves with root {@code firstRoot} is a prefix of
     *     the tree of {@code second} leaves with root {@code secondRoot}
     */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (first <= 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        MessageDigest sha = sha256();
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(sha, c, fr);
                sr = node(sha, c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sha, sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    /**
     * The tree heads of several prefixes of one log in a single pass over its levels, each level split across the
     * cores when it is large.
     *
     * @param eventHashes the leaves, 32 bytes each in order; overwritten with their leaf hashes
     * @param sizes prefix sizes, each at most the number of leaves
     * @return the root of each prefix, in the order of {@code sizes}
     */
    static byte[][] roots(byte[] eventHashes, long[] sizes) {
        int count = (int) Arrays.stream(sizes).max().orElse(0); // leaves after the largest prefix play no part
        byte[][] roots = new byte[sizes.length][];
        onParts(count, (from, to) -> {
            MessageDigest sha = sha256();
            for (int i = from; i < to; i++) {
                sha.update((byte) 0);
                sha.update(eventHashes, 32 * i, 32);
                digestInto(sha, eventHashes, 32 * i);
            }
        });
        byte[] level = eventHashes;
        byte[] next = new byte[Math.max(32, count / 2 * 32)];
        for (int shift = 0; count > 0; shift++) {
            for (int j = 0; j < sizes.length; j++) {
                long n = sizes[j];
                if ((n >> shift & 1) == 1) {
                    int at = (int) ((n >> shift) - 1) * 32;
                    byte[] node = Arrays.copyOfRange(level, at, at + 32);
                    roots[j] = roots[j] == null ? node : node(sha256(), node, roots[j]);
                }
            }
            int pairs = count / 2;
            byte[] from = level;
            byte[] to = next;
            onParts(pairs, (a, b) -> {
                MessageDigest sha = sha256();
                for (int i = a; i < b; i++) {
                    sha.update((byte) 1);
                    sha.update(from, 64 * i, 64);
                    digestInto(sha, to, 32 * i);
                }
            });
            next = level;
            level = to;
            count = pairs;
        }
        for (int j = 0; j < sizes.length; j++) {
            if (sizes[j] == 0) {
                roots[j] = sha256().digest();
            }
        }
        return roots;
    }

    /** A range of indices to work on. */
    private interface Range {
        void run(int from, int to);
    }

    /** Runs [0, n) on the calling thread, or split across the cores when n is large. */
    private static void onParts(int n, Range range) {
        int parts = n < 1 << 14 ? 1 : ChainScan.cores();
        ChainScan.onParts(parts, k -> range.run((int) ((long) n * k / parts), (int) ((long) n * (k + 1) / parts)));
    }

    /** Finishes the digest into out[at, at + 32). */
    static void digestInto(MessageDigest sha, byte[] out, int at) {
        try {
            sha.digest(out, at, 32);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to, MessageDigest sha) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return node(sha, subtree(leaves, from, from + k, sha), subtree(leaves, from + k, to, sha));
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out, MessageDigest sha) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(leaves, m, from, from + k, out, sha);
            out.add(subtree(leaves, from + k, to, sha));
        } else {
            path(leaves, m - k, from + k, to, out, sha);
            out.add(subtree(leaves, from, from + k, sha));
        }
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> out,
            MessageDigest sha) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                out.add(subtree(leaves, from, to, sha));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, out, sha);
            out.add(subtree(leaves, from + k, to, sha));
        } else {
            subproof(leaves, m - k, from + k, to, false, out, sha);
            out.add(subtree(leaves, from, from + k, sha));
        }
    }

    /** The largest power of two smaller than n (n at least 2). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static byte[] node(MessageDigest sha, byte[] left, byte[] right) {
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
