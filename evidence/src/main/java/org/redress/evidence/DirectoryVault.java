package org.redress.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import org.redress.core.InvalidDataException;
import org.redress.evidence.custody.SigningKey;
import org.redress.evidence.internal.Digests;
import org.redress.evidence.internal.ChunkedFileOutput;
import org.redress.evidence.internal.DurableFiles;
import org.redress.evidence.internal.KeyDerivation;
import org.redress.evidence.internal.SegmentedAead;
import org.redress.core.json.RedressJson;
import org.redress.core.model.EvidenceRecord;

/**
 * The default {@link EvidenceVault}: a directory holding {@code vault.json} (format, key derivation parameters, a
 * key check), {@code keys/<id>.key} (each item's random AES-256 data key, wrapped with the vault key) and
 * {@code items/<id>.rdv} (the item's bytes and record, AES-256-GCM in independently authenticated 64 KiB segments),
 * {@code signing.key} (the vault's long-term Ed25519 signing key, see {@link #signingKey()}) and {@code journal/}
 * (markers that let opening tell an interrupted put or destroy from a lost file). Files are created {@code 0600} and
 * folders {@code 0700} whatever the umask. The file formats are in {@code docs/evidence.md}.
 *
 * <pre>{@code
 * try (DirectoryVault vault = DirectoryVault.openOrCreate(dir, VaultKey.passphrase(chars))) { ... }
 * }</pre>
 *
 * Memory use does not grow with item size. One process at a time holds the vault (a lock file). Thread-safe:
 * {@link #changeKey} waits for running operations to finish and holds the others back while it works.
 *
 * @since 1.0
 */
public final class DirectoryVault implements EvidenceVault {

    /** The format name in {@code vault.json}. */
    public static final String FORMAT = "redress-vault/1";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final byte[] CHECK = "redress vault key check".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper MAPPER = RedressJson.newMapper();
    private static final String KEY = ".key";
    private static final String NEXT = ".key.next";
    private static final String SIGNING_KEY = "signing.key";
    private static final String JOURNAL = "journal";
    private static final String PUT = ".put";
    private static final String DESTROY = ".destroy";

    private final Path dir;
    /** Operations take the read lock; {@link #changeKey} and {@link #close} the write lock. */
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    /** The key-encryption key; replaced (and the old one zeroed) by {@link #changeKey} under the write lock. */
    private byte[] kek;
    private boolean closed;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SecureRandom random = new SecureRandom();
    /** Items that cannot be read, by id, with why; found when the vault was opened. */
    private final java.util.Map<String, String> unreadable = new java.util.TreeMap<>();
    /** The vault's signing key, once read or made. */
    private SigningKey signingKey;

    private DirectoryVault(Path dir, byte[] kek, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.kek = kek;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the vault in a directory, creating it (with this key) when the directory holds none.
     *
     * @param dir the vault's directory; created, private ({@code 0700}), when missing
     * @param key the key that opens the vault (or creates it with)
     * @return the open vault; close it when done
     * @throws IOException when the directory cannot be read or written
     * @throws WrongKeyException when the key does not open an existing vault (nothing is changed)
     */
    public static DirectoryVault openOrCreate(Path dir, VaultKey key) throws IOException {
        Objects.requireNonNull(key, "key");
        PrivateFiles.createDirectories(dir);
        FileChannel lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        PrivateFiles.restrict(dir.resolve(".lock"));
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new VaultException("The vault is open elsewhere; close it there first.");
        }
        try {
            Path header = dir.resolve("vault.json");
            byte[] kek = Files.exists(header) ? unlock(Files.readAllBytes(header), key) : create(dir, key);
            // Vaults made before files were private: their folders at least are closed to others from now on.
            for (Path folder : List.of(dir, dir.resolve("keys"), dir.resolve("items"))) {
                PrivateFiles.restrict(folder);
            }
            DirectoryVault vault = new DirectoryVault(dir, kek, lockChannel, lock);
            vault.recover();
            return vault;
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
    }

    private static byte[] create(Path dir, VaultKey key) throws IOException {
        int held = count(dir.resolve("items"), ".rdv") + count(dir.resolve("keys"), KEY);
        if (held > 0 || Files.exists(dir.resolve(SIGNING_KEY))) {
            throw new VaultException("The folder " + dir + " holds " + held + " vault file(s) but its vault.json is "
                    + "missing, so it cannot be opened, and no new vault is made over the evidence in it. Restore "
                    + "vault.json from a backup of this folder.");
        }
        Header header = Header.of(key);
        PrivateFiles.createDirectories(dir.resolve("keys"));
        PrivateFiles.createDirectories(dir.resolve("items"));
        PrivateFiles.createDirectories(dir.resolve(JOURNAL));
        DurableFiles.syncDirectory(dir);
        DurableFiles.write(dir.resolve("vault.json"), header.json());
        return header.kek();
    }

    /** How many files in a folder (if it exists) end with the suffix, temporary files aside. */
    private static int count(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(suffix) && !n.startsWith(".")).count();
        }
    }

    /** A new {@code vault.json} for a key (a passphrase gets a fresh salt and the default parameters) and its KEK. */
    private record Header(byte[] json, byte[] kek) {

        static Header of(VaultKey key) throws IOException {
            ObjectNode header = MAPPER.createObjectNode().put("format", FORMAT);
            byte[] kek;
            if (key.isPassphrase()) {
                KeyDerivation.Argon2 params = key.newVaultParameters();
                header.set("kdf", MAPPER.valueToTree(params.toJson()));
                kek = key.derive(params);
            } else {
                header.putObject("kdf").put("algorithm", "host-key");
                kek = key.hostKeyBytes().clone();
            }
            header.put("check", Base64.getEncoder().encodeToString(SegmentedAead.wrap(kek, CHECK, "vault")));
            return new Header(RedressJson.write(header), kek);
        }

        @Override
        public String toString() {
            return "Header[***]";
        }
    }

    /**
     * The Argon2id parameters stored in {@code dir/vault.json}, or null when there is no such file or it names another
     * key derivation; for {@link VaultKey#deriveAhead}.
     */
    static KeyDerivation.Argon2 storedArgon2(Path dir) throws IOException {
        Path file = dir.resolve("vault.json");
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode kdf = MAPPER.readTree(Files.readAllBytes(file)).path("kdf");
        return "argon2id".equals(kdf.path("algorithm").asText()) ? KeyDerivation.Argon2.fromJson(kdf) : null;
    }

    private static byte[] unlock(byte[] headerBytes, VaultKey key) throws IOException {
        JsonNode header = MAPPER.readTree(headerBytes);
        if (!FORMAT.equals(header.path("format").asText())) {
            throw new VaultException("The directory holds a vault of an unknown format.");
        }
        JsonNode kdf = header.path("kdf");
        byte[] kek;
        if ("argon2id".equals(kdf.path("algorithm").asText())) {
            if (!key.isPassphrase()) {
                throw new VaultException("This vault is opened with a passphrase, not a host key.");
            }
            kek = key.derive(KeyDerivation.Argon2.fromJson(kdf));
        } else if ("host-key".equals(kdf.path("algorithm").asText())) {
            if (key.isPassphrase()) {
                throw new VaultException("This vault is opened with the host's key, not a passphrase.");
            }
            kek = key.hostKeyBytes().clone();
        } else {
            throw new VaultException("The vault's key derivation is unknown.");
        }
        byte[] wrappedCheck;
        try {
            wrappedCheck = Base64.getDecoder().decode(header.path("check").asText());
        } catch (IllegalArgumentException e) {
            throw new VaultException("The vault's header (vault.json) is damaged: its \"check\" is not base64. "
                    + "Restore vault.json from a backup.");
        }
        try {
            byte[] check = SegmentedAead.unwrap(kek, wrappedCheck, "vault");
            if (!Arrays.equals(check, CHECK)) {
                throw new WrongKeyException();
            }
        } catch (AEADBadTagException e) {
            throw new WrongKeyException();
        }
        return kek;
    }

    /**
     * Finishes or undoes what a crash can leave, and never deletes evidence it cannot account for. Temporary files go.
     * The {@code .key.next} files of an interrupted {@link #changeKey} that unwrap under the key that just opened the
     * vault are from a change that had committed, so the change is finished; the others are shredded. A put writes
     * {@code journal/<id>.put} before anything else: a key without its item and with that marker is from a put that
     * stopped, and is shredded; a destroy writes {@code journal/<id>.destroy} first and is finished. An item without its
     * key, or a key without its item, with no marker, is not from a crash: both are kept as they are and reported by
     * {@link #unreadable()} (restoring the missing file from a backup makes the item readable again).
     */
    private void recover() throws IOException {
        PrivateFiles.createDirectories(dir.resolve(JOURNAL));
        for (Path sub : List.of(dir.resolve("keys"), dir.resolve("items"), dir)) {
            try (Stream<Path> files = Files.list(sub)) {
                for (Path f : files.toList()) {
                    if (f.getFileName().toString().endsWith(DurableFiles.TEMP_SUFFIX)) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
        for (String id : keyIds(NEXT)) {
            if (Files.exists(keyFile(id)) && unwrapsUnderKek(id)) {
                replaceKey(id);
            } else {
                shred(nextKeyFile(id));
            }
        }
        Path nextSigning = dir.resolve(SIGNING_KEY + ".next");
        if (Files.exists(nextSigning)) {
            if (Files.exists(dir.resolve(SIGNING_KEY)) && readSigningKey(nextSigning) != null) {
                overwrite(dir.resolve(SIGNING_KEY));
                DurableFiles.commit(nextSigning, dir.resolve(SIGNING_KEY));
            } else {
                shred(nextSigning);
            }
        }
        for (String id : journalIds(DESTROY)) {
            shred(keyFile(id));
            DurableFiles.delete(itemFile(id));
            DurableFiles.delete(journalFile(id, DESTROY));
        }
        for (String id : journalIds(PUT)) {
            if (!Files.exists(itemFile(id))) {
                shred(keyFile(id)); // a put that stopped before its item was committed; the id is free again
                DurableFiles.delete(journalFile(id, PUT));
            }
        }
        try (Stream<Path> items = Files.list(dir.resolve("items"))) {
            for (Path item : items.toList()) {
                String name = item.getFileName().toString();
                String id = name.endsWith(".rdv") ? name.substring(0, name.length() - 4) : "";
                if (ID.matcher(id).matches() && !Files.exists(keyFile(id))) {
                    unreadable.put(id, "its key file keys/" + id + KEY + " is missing (restore it from a backup)");
                }
            }
        }
        for (String id : keyIds(KEY)) {
            if (!Files.exists(itemFile(id))) {
                unreadable.put(id, "its item file items/" + id + ".rdv is missing (restore it from a backup)");
            }
        }
    }

    /**
     * The items that cannot be read, by id, with why (such as a missing key file); found when the vault was opened.
     * They are kept as they are: nothing is deleted that a backup could still make readable.
     *
     * @return why each unreadable item cannot be read, by item id; empty when every item is readable
     */
    public java.util.Map<String, String> unreadable() {
        return java.util.Collections.unmodifiableMap(unreadable);
    }

    /** The ids of pending journal entries with this suffix. */
    private List<String> journalIds(String suffix) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(JOURNAL))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(suffix)) {
                    String id = name.substring(0, name.length() - suffix.length());
                    if (ID.matcher(id).matches()) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    private Path journalFile(String id, String suffix) {
        return dir.resolve(JOURNAL).resolve(id + suffix);
    }

    /**
     * Items stored whose capture has not yet been {@linkplain #settle settled} (logged): after a crash, the ones the
     * custody log lacks were stored just before it.
     */
    @Override
    public List<String> unsettled() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String id : journalIds(PUT)) {
            if (contains(id)) {
                ids.add(id);
            }
        }
        ids.sort(null);
        return ids;
    }

    @Override
    public void settle(String id) throws IOException {
        checkId(id);
        DurableFiles.delete(journalFile(id, PUT));
    }

    @Override
    public EvidenceRecord put(String id, InputStream content, Set<String> algorithms,
            Function<ContentFacts, EvidenceRecord> record) throws IOException {
        checkId(id);
        Digests digests = Digests.of(algorithms);
        Lock read = readLock();
        try {
            return putLocked(id, content, digests, record);
        } finally {
            read.unlock();
        }
    }

    private EvidenceRecord putLocked(String id, InputStream content, Digests digests,
            Function<ContentFacts, EvidenceRecord> record) throws IOException {
        synchronized (this) {
            if (Files.exists(itemFile(id)) || Files.exists(keyFile(id)) || unreadable.containsKey(id)) {
                throw new VaultException("The vault already holds an item " + id + "; evidence is never overwritten.");
            }
            // The journal first, so that opening tells a put that stopped from a lost file; then the key: an item
            // file is visible only with its key, so a crash in between leaves nothing visible.
            DurableFiles.write(journalFile(id, PUT), new byte[0]);
            byte[] dataKey = new byte[32];
            random.nextBytes(dataKey);
            DurableFiles.write(keyFile(id), SegmentedAead.wrap(kek, dataKey, "item/" + id));
        }
        Path target = itemFile(id);
        Path temp = DurableFiles.tempFor(target);
        byte[] dataKey = dataKey(id);
        boolean committed = false;
        try {
            EvidenceRecord stored;
            try (ChunkedFileOutput out = ChunkedFileOutput.create(temp)) {
                PrivateFiles.restrict(temp);
                SegmentedAead.Writer writer = SegmentedAead.writer(dataKey, id, out, random);
                long size = writer.writeContent(content, digests);
                stored = record.apply(new ContentFacts(size, digests.hashes()));
                if (!id.equals(stored.id())) {
                    throw new VaultException("The record's id is not the item's id " + id + ".");
                }
                writer.writeRecord(RedressJson.write(stored));
                out.finish();
            }
            synchronized (this) {
                DurableFiles.commit(temp, target);
            }
            committed = true;
            return stored;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            Files.deleteIfExists(temp);
            if (!committed) {
                DurableFiles.delete(keyFile(id));
                DurableFiles.delete(journalFile(id, PUT));
            }
        }
    }

    @Override
    public EvidenceRecord record(String id) throws IOException {
        byte[] dataKey = dataKey(id);
        try (FileChannel channel = FileChannel.open(itemFile(id), StandardOpenOption.READ)) {
            return readRecord(id, SegmentedAead.reader(dataKey, id, channel));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static EvidenceRecord readRecord(String id, SegmentedAead.Reader reader) throws IOException {
        byte[] json = reader.record();
        try {
            return RedressJson.read(json, EvidenceRecord.class, "evidence record");
        } catch (InvalidDataException e) {
            throw new EvidenceIntegrityException(id, "its record is not valid");
        }
    }

    @Override
    public InputStream open(String id) throws IOException {
        byte[] dataKey = dataKey(id);
        FileChannel channel = FileChannel.open(itemFile(id), StandardOpenOption.READ);
        try {
            SegmentedAead.Reader reader = SegmentedAead.reader(dataKey, id, channel);
            EvidenceRecord rec = readRecord(id, reader);
            String sha256 = rec.sha256().orElseThrow(() -> new EvidenceIntegrityException(id, "it has no SHA-256"));
            return reader.content(sha256, rec.size().orElse(-1L));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> items = Files.list(dir.resolve("items"))) {
            for (Path item : items.toList()) {
                String name = item.getFileName().toString();
                if (name.endsWith(".rdv") && !name.startsWith(".")) {
                    String id = name.substring(0, name.length() - 4);
                    if (Files.exists(keyFile(id))) {
                        ids.add(id);
                    }
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    @Override
    public boolean contains(String id) {
        return ID.matcher(id).matches() && Files.exists(itemFile(id)) && Files.exists(keyFile(id));
    }

    @Override
    public void destroy(String id) throws IOException {
        Lock read = readLock();
        try {
            synchronized (this) {
                if (!contains(id)) {
                    throw new VaultException("The vault holds no item " + id + ".");
                }
                DurableFiles.write(journalFile(id, DESTROY), new byte[0]);
                shred(keyFile(id));
                DurableFiles.delete(itemFile(id));
                DurableFiles.delete(journalFile(id, PUT));
                DurableFiles.delete(journalFile(id, DESTROY));
            }
        } finally {
            read.unlock();
        }
    }

    /**
     * Changes the key that opens the vault: a new passphrase (it gets a fresh random salt and the default Argon2id
     * parameters), a new host key, or a switch between the two. Each item's data key is re-wrapped under the new key;
     * item files are not touched, so this takes time in the number of items, not their size. Afterwards only the new
     * key opens the vault ({@link WrongKeyException} for the old one).
     *
     * <p>Crash-safe: every data key is first written, wrapped under the new key, to {@code keys/<id>.key.next}
     * (durably); then the new {@code vault.json} replaces the old one atomically, which is the commit point; then each
     * old key file is overwritten with zeros and replaced by its {@code .key.next}. After a crash the vault opens with
     * the old key (before the commit point) or the new one (after it), and opening finishes or undoes the rest.
     * Old key files may survive in the storage medium's free blocks (see {@code docs/evidence.md}).
     *
     * <p>Waits for running operations on other threads (a {@code put} streaming a large item included) and holds new
     * ones back until it is done. The caller keeps ownership of {@code newKey} (call {@link VaultKey#destroy()}).
     *
     * @param newKey the key that will open the vault
     * @throws EvidenceIntegrityException when an item's key file does not unwrap under the current key; nothing is changed
     * @throws IllegalStateException when called from inside an operation on this vault (such as a {@code put}'s
     *     record callback)
     * @throws IOException when the file system fails; if that happens before the commit point the old key still holds,
     *     after it the new one does and the next opening finishes the change
     */
    public void changeKey(VaultKey newKey) throws IOException {
        Objects.requireNonNull(newKey, "newKey");
        if (rw.getReadHoldCount() > 0) {
            throw new IllegalStateException("The key cannot be changed from inside an operation on this vault.");
        }
        Header header = Header.of(newKey); // Argon2id runs before the lock, so operations are held back less
        rw.writeLock().lock();
        try {
            changeKeyLocked(header);
        } finally {
            Arrays.fill(header.kek(), (byte) 0);
            rw.writeLock().unlock();
        }
    }

    private void changeKeyLocked(Header header) throws IOException {
        if (closed) {
            throw new VaultException("The vault is closed.");
        }
        Path vaultJson = dir.resolve("vault.json");
        byte[] oldJson = Files.readAllBytes(vaultJson);
        List<String> ids = keyIds(KEY);
        List<Path> written = new ArrayList<>();
        IOException committedWithError = null;
        try {
            for (String id : ids) {
                byte[] dataKey = dataKey(id);
                try {
                    Path next = nextKeyFile(id);
                    written.add(next);
                    DurableFiles.write(next, SegmentedAead.wrap(header.kek(), dataKey, "item/" + id));
                } finally {
                    Arrays.fill(dataKey, (byte) 0);
                }
            }
            byte[] signing = readOrNull(dir.resolve(SIGNING_KEY));
            if (signing != null) {
                Path next = dir.resolve(SIGNING_KEY + ".next");
                written.add(next);
                DurableFiles.write(next, rewrapSigningKey(signing, header.kek()));
            }
            DurableFiles.write(vaultJson, header.json()); // the commit point
        } catch (IOException | RuntimeException e) {
            byte[] now = readOrNull(vaultJson);
            if (!Arrays.equals(now, header.json()) || !(e instanceof IOException io)) {
                if (Arrays.equals(now, oldJson)) {
                    for (Path next : written) {
                        try {
                            shred(next);
                        } catch (IOException suppressed) {
                            e.addSuppressed(suppressed); // the next opening removes it
                        }
                    }
                }
                // Otherwise the state is unknown: the .key.next files stay, and the next opening resolves them.
                throw e;
            }
            committedWithError = io; // the new vault.json is in place although its write reported a failure
        }
        switchKek(header.kek());
        for (String id : ids) {
            replaceKey(id);
        }
        if (Files.exists(dir.resolve(SIGNING_KEY + ".next"))) {
            overwrite(dir.resolve(SIGNING_KEY));
            DurableFiles.commit(dir.resolve(SIGNING_KEY + ".next"), dir.resolve(SIGNING_KEY));
        }
        if (committedWithError != null) {
            throw committedWithError;
        }
    }

    private void switchKek(byte[] newKek) {
        byte[] old = kek;
        kek = newKek.clone();
        Arrays.fill(old, (byte) 0);
    }

    private static byte[] readOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Overwrites an item's key file with zeros, then renames its {@code .key.next} over it (after the commit point). */
    private void replaceKey(String id) throws IOException {
        overwrite(keyFile(id));
        DurableFiles.commit(nextKeyFile(id), keyFile(id));
    }

    private boolean unwrapsUnderKek(String id) throws IOException {
        try {
            Arrays.fill(SegmentedAead.unwrap(kek, Files.readAllBytes(nextKeyFile(id)), "item/" + id), (byte) 0);
            return true;
        } catch (AEADBadTagException e) {
            return false;
        }
    }

    /** The ids of the files in {@code keys/} named {@code <id><suffix>}. */
    private List<String> keyIds(String suffix) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> keys = Files.list(dir.resolve("keys"))) {
            for (Path key : keys.toList()) {
                String name = key.getFileName().toString();
                if (name.endsWith(suffix)) {
                    String id = name.substring(0, name.length() - suffix.length());
                    if (ID.matcher(id).matches()) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    /** Overwrites a file with zeros, fsyncs it and deletes it durably (as well as the file system allows). */
    private static void shred(Path file) throws IOException {
        if (Files.exists(file)) {
            overwrite(file);
            DurableFiles.delete(file);
        }
    }

    private static void overwrite(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            DurableFiles.writeFully(channel, ByteBuffer.allocate((int) channel.size()));
            channel.force(true);
        }
    }

    /**
     * The vault's long-term signing key, for its custody checkpoints and bundles:
     * {@code BundleSigner.of(vault.signingKey(), userId)}. Made the first time it is asked for and kept in
     * {@code signing.key}, its private half encrypted with the vault key (so changing the vault key re-encrypts it).
     * Every bundle from the vault then verifies with, and shows, the same fingerprint.
     *
     * @return the vault's signing key
     * @throws IOException when {@code signing.key} cannot be read or written
     * @throws EvidenceIntegrityException when {@code signing.key} was altered
     */
    public SigningKey signingKey() throws IOException {
        Lock read = readLock();
        try {
            synchronized (this) {
                return signingKeyLocked();
            }
        } finally {
            read.unlock();
        }
    }

    private SigningKey signingKeyLocked() throws IOException {
        {
            if (signingKey == null) {
                Path file = dir.resolve(SIGNING_KEY);
                if (!Files.exists(file)) {
                    DurableFiles.write(file, newSigningKey(kek));
                }
                signingKey = readSigningKey(file);
                if (signingKey == null) {
                    throw new EvidenceIntegrityException("signing.key", "it does not open with the vault key (it was altered)");
                }
            }
            return signingKey;
        }
    }

    /**
     * Replaces the vault's signing key with a new one (the old one is overwritten), for when the old key may have
     * leaked. The next export records the change in the custody log, and verifiers check earlier checkpoints against
     * the earlier key. Recipients must be told the new fingerprint.
     *
     * @return the new signing key
     * @throws IOException when {@code signing.key} cannot be written
     */
    public SigningKey replaceSigningKey() throws IOException {
        Lock read = readLock();
        try {
            synchronized (this) {
                replaceSigningKeyLocked();
                return signingKeyLocked();
            }
        } finally {
            read.unlock();
        }
    }

    private void replaceSigningKeyLocked() throws IOException {
        {
            Path file = dir.resolve(SIGNING_KEY);
            Path next = dir.resolve(SIGNING_KEY + ".next");
            DurableFiles.write(next, newSigningKey(kek));
            if (Files.exists(file)) {
                overwrite(file);
            }
            DurableFiles.commit(next, file);
            signingKey = null;
        }
    }

    /** A new {@code signing.key}: format, creation time, public key, and the PKCS#8 private key wrapped with the KEK. */
    private static byte[] newSigningKey(byte[] kek) throws IOException {
        java.security.KeyPair pair;
        try {
            pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        ObjectNode json = MAPPER.createObjectNode()
                .put("format", "redress-signing-key/1")
                .put("created", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                .put("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                .put("privateKey", Base64.getEncoder().encodeToString(SegmentedAead.wrap(kek, pkcs8, "signing")));
        Arrays.fill(pkcs8, (byte) 0);
        return RedressJson.write(json);
    }

    /** The same signing key file with its private key wrapped under another KEK. */
    private byte[] rewrapSigningKey(byte[] file, byte[] newKek) throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(file);
        try {
            byte[] pkcs8 = SegmentedAead.unwrap(kek, Base64.getDecoder().decode(json.path("privateKey").asText()),
                    "signing");
            json.put("privateKey", Base64.getEncoder().encodeToString(SegmentedAead.wrap(newKek, pkcs8, "signing")));
            Arrays.fill(pkcs8, (byte) 0);
            return RedressJson.write(json);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new EvidenceIntegrityException("signing.key", "it does not open with the vault key (it was altered)");
        }
    }

    /** The signing key in a file, or null when it does not open with the current KEK or is not one. */
    private SigningKey readSigningKey(Path file) throws IOException {
        try {
            JsonNode json = MAPPER.readTree(Files.readAllBytes(file));
            byte[] pkcs8 = SegmentedAead.unwrap(kek, Base64.getDecoder().decode(json.path("privateKey").asText()),
                    "signing");
            java.security.KeyFactory factory = java.security.KeyFactory.getInstance("Ed25519");
            java.security.PrivateKey priv = factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(pkcs8));
            Arrays.fill(pkcs8, (byte) 0);
            java.security.PublicKey pub = factory.generatePublic(new java.security.spec.X509EncodedKeySpec(
                    Base64.getDecoder().decode(json.path("publicKey").asText())));
            return SigningKey.of(new java.security.KeyPair(pub, priv),
                    java.time.Instant.parse(json.path("created").asText()));
        } catch (GeneralSecurityException | IllegalArgumentException | java.time.DateTimeException
                | com.fasterxml.jackson.core.JacksonException e) {
            return null;
        }
    }

    /** {@return the directory} */
    public Path directory() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        rw.writeLock().lock();
        try {
            closed = true;
            Arrays.fill(kek, (byte) 0);
            try (lockChannel) {
                lock.release();
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    private Lock readLock() {
        Lock read = rw.readLock();
        read.lock();
        return read;
    }

    private byte[] dataKey(String id) throws IOException {
        checkId(id);
        Lock read = readLock();
        try {
            if (unreadable.containsKey(id)) {
                throw new EvidenceIntegrityException(id, unreadable.get(id));
            }
            if (!Files.exists(keyFile(id))) {
                throw new VaultException("The vault holds no item " + id + ".");
            }
            return SegmentedAead.unwrap(kek, Files.readAllBytes(keyFile(id)), "item/" + id);
        } catch (AEADBadTagException e) {
            throw new EvidenceIntegrityException(id, "its key file was altered");
        } catch (GeneralSecurityException e) {
            throw new VaultException("AES-GCM is unavailable", e);
        } finally {
            read.unlock();
        }
    }

    private Path itemFile(String id) {
        return dir.resolve("items").resolve(id + ".rdv");
    }

    private Path keyFile(String id) {
        return dir.resolve("keys").resolve(id + KEY);
    }

    private Path nextKeyFile(String id) {
        return dir.resolve("keys").resolve(id + NEXT);
    }

    private static void checkId(String id) throws VaultException {
        if (id == null || !ID.matcher(id).matches()) {
            throw new VaultException("An item id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter "
                    + "or digit.");
        }
    }
}
