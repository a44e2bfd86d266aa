package org.redress.evidence.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.redress.core.model.Hash;

/** Several digests computed in one pass: SHA-256 always, others on request. Not API. */
public final class Digests {

    /** Every supported algorithm, in the order records list them. */
    private static final List<String> ORDER =
            List.of("SHA-256", "SHA-384", "SHA-512", "SHA3-256", "SHA3-512", "BLAKE2B-512");

    private final List<String> names;
    private final List<MessageDigest> jdk = new ArrayList<>();
    private final Blake2bDigest blake;

    private Digests(List<String> names) throws NoSuchAlgorithmException {
        this.names = names;
        Blake2bDigest b = null;
        for (String name : names) {
            if (name.equals("BLAKE2B-512")) {
                b = new Blake2bDigest(512);
                jdk.add(null);
            } else {
                jdk.add(MessageDigest.getInstance(name));
            }
        }
        this.blake = b;
    }

    /**
     * SHA-256 and the other algorithms named (as in {@link Hash#algorithm()}).
     *
     * @throws IllegalArgumentException for an algorithm {@link Hash} does not allow
     */
    public static Digests of(Set<String> algorithms) {
        for (String a : algorithms) {
            if (!ORDER.contains(a)) {
                throw new IllegalArgumentException("Unsupported digest algorithm; use SHA-256, SHA-384, SHA-512, "
                        + "SHA3-256, SHA3-512 or BLAKE2B-512.");
            }
        }
        // A fixed order, whatever the order of the caller's set: the same bytes always give the same record.
        List<String> names = ORDER.stream().filter(a -> a.equals("SHA-256") || algorithms.contains(a)).toList();
        try {
            return new Digests(names);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks a standard digest", e);
        }
    }

    /** Adds bytes to every digest. */
    public void update(byte[] b, int off, int len) {
        for (MessageDigest d : jdk) {
            if (d != null) {
                d.update(b, off, len);
            }
        }
        if (blake != null) {
            blake.update(b, off, len);
        }
    }

    /** The digests, SHA-256 first. Call once. */
    public List<Hash> hashes() {
        List<Hash> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            byte[] value;
            if (jdk.get(i) == null) {
                value = new byte[64];
                blake.doFinal(value, 0);
            } else {
                value = jdk.get(i).digest();
            }
            out.add(org.redress.core.model.ImmutableHash.builder().algorithm(names.get(i))
                    .value(HexFormat.of().formatHex(value)).build());
        }
        return out;
    }
}
