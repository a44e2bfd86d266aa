package org.redress.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.redress.core.model.EvidenceRecord;

/**
 * Where evidence bytes live, encrypted at rest, each item with its record. The default implementation is
 * {@link DirectoryVault}. Most callers use {@link EvidenceCapture}, which also keeps the custody log.
 *
 * <p>Contract: {@link #put} is atomic and durable (after it returns the item survives a crash; before, nothing of
 * it is visible); {@link #open} returns the original bytes and re-checks their SHA-256 at the end of the stream,
 * throwing {@link EvidenceIntegrityException} naming the item on any mismatch; {@link #destroy} makes the bytes
 * unreadable for good by destroying the item's key.
 *
 * <p>Threads: an implementation is safe for use by many threads at once (puts of different ids run concurrently;
 * a put and a read of the same id see either nothing or the whole item), and {@link #close} waits for operations
 * in progress. Callers need no locking of their own, and one process at a time opens a vault.
 * {@link DirectoryVault} meets this contract.
 *
 * @since 1.0
 */
public interface EvidenceVault extends Closeable {

    /**
     * Stores content, hashing it in the same pass, and then the record the factory makes from what was learned.
     *
     * @param id the item's id (the record's id must equal it)
     * @param content read to its end; not closed
     * @param algorithms digests to compute besides SHA-256 (names as in {@link org.redress.core.model.Hash})
     * @param record makes the item's record from its size and digests
     * @return the record stored
     * @throws VaultException when the id is taken or the record's id differs
     */
    EvidenceRecord put(String id, InputStream content, Set<String> algorithms,
            Function<ContentFacts, EvidenceRecord> record) throws IOException;

    /**
     * The record of an item.
     *
     * @param id the item's id
     * @return its record
     * @throws VaultException when there is no such item
     * @throws EvidenceIntegrityException when the stored record does not authenticate
     */
    EvidenceRecord record(String id) throws IOException;

    /**
     * The original bytes of an item. The stream throws {@link EvidenceIntegrityException} (unchecked, not an
     * {@code IOException}) from {@code read} when anything does not match, at the latest at the end of the stream.
     *
     * @param id the item's id
     * @return the bytes, checked as they are read
     * @throws VaultException when there is no such item
     */
    InputStream open(String id) throws IOException;

    /**
     * {@return the ids of the items held, sorted}
     *
     * @throws IOException when the vault cannot be read
     */
    List<String> ids() throws IOException;

    /**
     * {@return whether an item is held}
     *
     * @param id the item's id
     * @throws IOException when the vault cannot be read
     */
    boolean contains(String id) throws IOException;

    /**
     * Items stored whose capture was not yet {@linkplain #settle settled}: after a crash, those the custody log lacks
     * were stored just before it, so {@link EvidenceCapture} logs them then; any other item the log lacks means its
     * history was lost. A vault that keeps no such journal returns an empty list.
     *
     * @return the ids of the unsettled items
     * @throws IOException when the vault cannot be read
     */
    default List<String> unsettled() throws IOException {
        return List.of();
    }

    /**
     * Marks an item's capture as logged (see {@link #unsettled()}). Does nothing in a vault without a journal.
     *
     * @param id the item's id
     * @throws IOException when the journal cannot be written
     */
    default void settle(String id) throws IOException {
    }

    /**
     * Destroys an item's key and then its file (crypto-shredding).
     *
     * @param id the item's id
     * @throws VaultException when there is no such item
     * @throws IOException when the key or the file cannot be deleted
     */
    void destroy(String id) throws IOException;
}
