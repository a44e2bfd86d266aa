package org.redress.evidence.custody;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.redress.evidence.custody.internal.CanonicalJson;
import org.redress.evidence.internal.DurableFiles;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Collector;
import org.redress.core.model.Tool;
import org.redress.evidence.timestamp.TimeStampAuthority;

/**
 * The custody log in a directory: {@code custody.jsonl} holds one event per line in RFC 8785 canonical JSON, and
 * {@code checkpoints.jsonl} one signed checkpoint per line. Every append is durable before it returns (written and
 * fsynced); a crash can leave at most a torn last line, which was never committed and is dropped when the log is
 * opened again. One process at a time holds the log (a lock file).
 *
 * <pre>{@code
 * try (CustodyLog log = CustodyLog.open(dir)) {
 *     log.append(CustodyEventType.VIEWED, actor, tool, List.of("ev-1"));
 *     Checkpoint cp = log.checkpoint(signer, Optional.empty());
 *     VerificationReport report = log.verify(Optional.of(signer.publicKey()));
 * }
 * }</pre>
 *
 * Thread-safe.
 *
 * @since 1.0
 */
public final class CustodyLog implements Closeable {

    /** The events file's name. */
    public static final String EVENTS_FILE = "custody.jsonl";
    /** The checkpoints file's name. */
    public static final String CHECKPOINTS_FILE = "checkpoints.jsonl";

    private static final ObjectMapper MAPPER = RedressJson.newMapper();

    private final Path dir;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileChannel events;
    private final FileChannel checkpoints;
    private final List<byte[]> eventHashes;
    private final List<byte[]> leafHashes;

    private CustodyLog(Path dir, Clock clock) throws IOException {
        this.dir = dir;
        this.clock = clock;
        org.redress.evidence.PrivateFiles.createDirectories(dir);
        org.redress.evidence.PrivateFiles.restrict(dir);
        lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        org.redress.evidence.PrivateFiles.restrict(dir.resolve(".lock"));
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lockChannel.close();
            throw new IOException("The custody log is already open in this process.");
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("The custody log is open in another process.");
        }
        events = openForAppend(dir.resolve(EVENTS_FILE));
        checkpoints = openForAppend(dir.resolve(CHECKPOINTS_FILE));
        byte[] log = Files.readAllBytes(dir.resolve(EVENTS_FILE));
        byte[] flat = ChainScan.eventHashes(log);
        if (flat == null) {
            eventHashes = CustodyVerifier.chain(log, false, new ArrayList<>());
        } else {
            eventHashes = new ArrayList<>(flat.length / 32 + 16);
            for (int at = 0; at < flat.length; at += 32) {
                eventHashes.add(Arrays.copyOfRange(flat, at, at + 32));
            }
        }
        leafHashes = CustodyVerifier.leafHashes(eventHashes);
    }

    /**
     * Opens (or creates) the log in a directory, with the system clock in UTC.
     *
     * @param dir the log's directory; created, private, when missing
     * @return the open log; close it when done
     * @throws IOException when the directory or its files cannot be read or written, or the log is already open (in
     *     this or another process)
     */
    public static CustodyLog open(Path dir) throws IOException {
        return open(dir, Clock.systemUTC());
    }

    /**
     * Opens (or creates) the log in a directory, stamping events with this clock.
     *
     * @param dir the log's directory; created, private, when missing
     * @param clock the time each event is stamped with
     * @return the open log; close it when done
     * @throws IOException when the directory or its files cannot be read or written, or the log is already open (in
     *     this or another process)
     */
    public static CustodyLog open(Path dir, Clock clock) throws IOException {
        return new CustodyLog(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(clock, "clock"));
    }

    /** {@return the directory} */
    public Path directory() {
        return dir;
    }

    /** {@return the events file} */
    public Path eventsFile() {
        return dir.resolve(EVENTS_FILE);
    }

    /** {@return the checkpoints file} */
    public Path checkpointsFile() {
        return dir.resolve(CHECKPOINTS_FILE);
    }

    /** {@return how many events the log holds} */
    public synchronized long size() {
        return eventHashes.size();
    }

    /**
     * Appends an event durably and returns it.
     *
     * @param details sets the optional attributes (transfer, digests, note); may do nothing
     * @param type what happened
     * @param actor who does it, as the log records it
     * @param tool the software that does it
     * @param itemIds the evidence items it concerns, in order
     * @return the event appended, with its sequence number and hash
     * @throws IOException when the log cannot be written
     * @throws org.redress.core.InvalidDataException when the event is not valid (such as a transfer without
     *     its details)
     */
    public synchronized CustodyEvent append(CustodyEventType type, Collector actor, Tool tool, List<String> itemIds,
            Consumer<ImmutableCustodyEvent.Builder> details) throws IOException {
        ImmutableCustodyEvent.Builder builder = CustodyEvent.builder()
                .sequence(eventHashes.size())
                .type(type)
                .time(clock.instant())
                .actor(actor)
                .tool(tool)
                .itemIds(itemIds)
                .previousHash(eventHashes.isEmpty() ? CustodyEvent.GENESIS
                        : Hex.encode(eventHashes.get(eventHashes.size() - 1)));
        details.accept(builder);
        CustodyEvent event = builder.build();
        byte[] line = CanonicalJson.bytes(RedressJson.toTree(event));
        appendLine(events, line);
        byte[] hash = MerkleTree.sha256().digest(line);
        eventHashes.add(hash);
        leafHashes.add(MerkleTree.leafHash(hash));
        return event;
    }

    /**
     * Appends an event with no optional attributes.
     *
     * @param type what happened
     * @param actor who does it, as the log records it
     * @param tool the software that does it
     * @param itemIds the evidence items it concerns, in order
     * @return the event appended, with its sequence number and hash
     * @throws IOException when the log cannot be written
     */
    public CustodyEvent append(CustodyEventType type, Collector actor, Tool tool, List<String> itemIds)
            throws IOException {
        return append(type, actor, tool, itemIds, b -> { });
    }

    /**
     * Makes sure the log names this key as the one that signs its checkpoints from now on: appends a
     * {@link CustodyEventType#SIGNING_KEY_CHANGED} event when the last recorded key differs or none is recorded.
     *
     * @param key the key that signs checkpoints from now on
     * @param actor who does it, as the log records it
     * @param tool the software that does it
     * @return whether an event was appended
     * @throws IOException when the log cannot be written
     */
    public synchronized boolean recordSigningKey(SigningKey key, Collector actor, Tool tool) throws IOException {
        String encoded = CheckpointSigner.encodePublicKey(key.publicKey());
        Optional<PublicKey> inForce = CustodyVerifier.keyInForce(Files.readAllBytes(eventsFile()));
        if (inForce.isPresent() && CheckpointSigner.encodePublicKey(inForce.get()).equals(encoded)) {
            return false;
        }
        append(CustodyEventType.SIGNING_KEY_CHANGED, actor, tool, List.of(), b -> b.publicKey(encoded)
                .note("Checkpoints from here on are signed by the key with OpenPGP fingerprint "
                        + key.fingerprint() + "."));
        return true;
    }

    /**
     * {@return every event, in order}
     *
     * @throws IOException when the events file cannot be read
     */
    public synchronized List<CustodyEvent> events() throws IOException {
        List<CustodyEvent> out = new ArrayList<>();
        for (String line : Files.readAllLines(eventsFile())) {
            out.add(MAPPER.readValue(line, CustodyEvent.class));
        }
        return out;
    }

    /**
     * {@return the SHA-256 of the event with this sequence number}
     *
     * @param sequence the event's sequence number, from 0
     * @throws IndexOutOfBoundsException when the log has no such event
     */
    public synchronized byte[] eventHash(long sequence) {
        return eventHashes.get(Math.toIntExact(sequence)).clone();
    }

    /**
     * Signs a checkpoint over every event so far and appends it durably.
     *
     * @param tsa when present, the checkpoint is time-stamped by it
     * @param signer signs the checkpoint
     * @return the checkpoint appended
     * @throws IOException when the file cannot be written or the authority fails
     */
    public synchronized Checkpoint checkpoint(CheckpointSigner signer, Optional<TimeStampAuthority> tsa)
            throws IOException {
        Checkpoint unsigned = Checkpoint.builder()
                .treeSize(eventHashes.size())
                .rootHash(Hex.encode(MerkleTree.root(leafHashes)))
                .time(clock.instant())
                .publicKey(signer.publicKeyBase64())
                .signature(Base64.getEncoder().encodeToString(new byte[64]))
                .build();
        byte[] signed = CustodyVerifier.signedBytes(unsigned);
        ImmutableCheckpoint cp = ImmutableCheckpoint.copyOf(unsigned)
                .withSignature(Base64.getEncoder().encodeToString(signer.sign(signed)));
        if (tsa.isPresent()) {
            byte[] token = tsa.get().timeStamp(MerkleTree.sha256().digest(signed));
            cp = cp.withTimeStampToken(Base64.getEncoder().encodeToString(token));
        }
        appendLine(checkpoints, CanonicalJson.bytes(RedressJson.toTree(cp)));
        return cp;
    }

    /**
     * {@return every checkpoint, in order}
     *
     * @throws IOException when the checkpoints file cannot be read
     */
    public synchronized List<Checkpoint> checkpoints() throws IOException {
        List<Checkpoint> out = new ArrayList<>();
        for (String line : Files.readAllLines(checkpointsFile())) {
            out.add(MAPPER.readValue(line, Checkpoint.class));
        }
        return out;
    }

    /**
     * {@return the proof that the event with this sequence number is in the checkpoint's tree}
     *
     * @param sequence the event's sequence number, from 0
     * @param checkpoint a checkpoint of this log that covers the event
     */
    public synchronized InclusionProof inclusionProof(long sequence, Checkpoint checkpoint) {
        List<byte[]> leaves = leafHashes;
        return InclusionProof.builder()
                .leafIndex(sequence)
                .treeSize(checkpoint.treeSize())
                .eventHash(Hex.encode(eventHashes.get(Math.toIntExact(sequence))))
                .path(Hex.encodeAll(MerkleTree.inclusionProof(leaves, sequence, checkpoint.treeSize())))
                .build();
    }

    /**
     * {@return the proof that the earlier checkpoint's log is a prefix of the later one's}
     *
     * @param earlier a checkpoint of this log
     * @param later a later checkpoint of this log
     */
    public synchronized ConsistencyProof consistencyProof(Checkpoint earlier, Checkpoint later) {
        List<byte[]> leaves = leafHashes;
        return ConsistencyProof.builder()
                .firstSize(earlier.treeSize())
                .secondSize(later.treeSize())
                .path(Hex.encodeAll(MerkleTree.consistencyProof(leaves, earlier.treeSize(),
                        later.treeSize())))
                .build();
    }

    /**
     * Verifies the log and its checkpoints fully (see {@link CustodyVerifier}).
     *
     * @param expectedKey the checkpoint key the verifier trusts; when empty, any key is accepted
     * @return what was checked and every finding
     * @throws IOException when the files cannot be read
     */
    public synchronized VerificationReport verify(Optional<PublicKey> expectedKey) throws IOException {
        return CustodyVerifier.verify(Files.readAllBytes(eventsFile()), Files.readAllBytes(checkpointsFile()),
                expectedKey);
    }

    /** Releases the log. */
    @Override
    public synchronized void close() throws IOException {
        try (lockChannel; events; checkpoints) {
            lock.release();
        }
    }

    private static FileChannel openForAppend(Path file) throws IOException {
        if (!Files.exists(file)) {
            DurableFiles.write(file, new byte[0]);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long size = channel.size();
        long keep = size;
        // A torn last line (no line feed) was never committed: drop it.
        ByteBuffer one = ByteBuffer.allocate(1);
        while (keep > 0) {
            one.clear();
            channel.read(one, keep - 1);
            if (one.get(0) == '\n') {
                break;
            }
            keep--;
        }
        if (keep < size) {
            channel.truncate(keep);
            channel.force(true);
        }
        channel.position(keep);
        return channel;
    }

    private static void appendLine(FileChannel channel, byte[] line) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
        long start = channel.position();
        try {
            DurableFiles.writeFully(channel, buffer);
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(start);
                channel.position(start);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
