package org.redress.evidence;

import java.util.List;
import org.redress.core.model.Hash;

/**
 * What the vault learned about content while storing it, in the same pass: its size and its digests.
 *
 * @param size the number of bytes
 * @param hashes the digests, SHA-256 first
 *
 * @since 1.0
 */
public record ContentFacts(long size, List<Hash> hashes) {

    /**
     * A copy with an immutable list.
     *
     * @param size the number of bytes
     * @param hashes the digests, SHA-256 first
     */
    public ContentFacts {
        hashes = List.copyOf(hashes);
    }
}
