package org.redress.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.CaptureMetadata;
import org.redress.evidence.CaptureResult;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.VaultKey;
import org.redress.evidence.WrongKeyException;
import org.redress.core.model.Case;
import org.redress.core.model.ClockSource;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.RedressVersion;
import org.redress.core.model.Tool;

/**
 * A vault folder as the command uses it: {@code DIR/items} is the Redress encrypted vault, {@code DIR/custody} the
 * custody log.
 */
final class Preservation implements Closeable {

    static final Tool TOOL = Tool.of("redress-cli", RedressVersion.current());
    static final Collector PERSON = Collector.of("person", "the person the case is about");

    private final DirectoryVault vault;
    private final CustodyLog log;
    private final EvidenceCapture capture;

    private Preservation(DirectoryVault vault, CustodyLog log) throws IOException {
        this.vault = vault;
        this.log = log;
        this.capture = new EvidenceCapture(vault, log);
    }

    static Preservation open(Path dir, char[] passphrase) throws IOException {
        VaultKey key;
        try {
            key = VaultKey.passphrase(passphrase);
        } finally {
            java.util.Arrays.fill(passphrase, '\0'); // the key holds its own copy, cleared when the vault is open
        }
        return open(dir, key);
    }

    /** The folder of the vault itself ({@code DIR/items}), as {@link VaultKey#deriveAhead} wants it. */
    static Path vaultFolder(Path dir) {
        return dir.resolve("items");
    }

    /** Opens (or creates) the vault in {@code dir} with this key, then clears the key. */
    static Preservation open(Path dir, VaultKey key) throws IOException {
        DirectoryVault vault;
        try {
            vault = DirectoryVault.openOrCreate(vaultFolder(dir), key);
        } catch (WrongKeyException e) {
            throw new UserError(ExitCodes.VAULT_LOCKED, "the passphrase does not open the vault " + dir + ".",
                    "Check the passphrase (in " + Passphrase.ENV + " or typed). Nothing was changed.");
        } finally {
            key.destroy();
        }
        CustodyLog log = null;
        try {
            log = CustodyLog.open(dir.resolve("custody"));
            return new Preservation(vault, log);
        } catch (IOException | RuntimeException e) {
            if (log != null) {
                log.close();
            }
            vault.close();
            throw e;
        }
    }

    /** What to record about a file besides its bytes. */
    record Details(String id, String fileName, String mediaType, EvidenceKind kind, String description,
            List<URI> urls, ZoneId zone) {
    }

    /**
     * Hashes and encrypts the content into the vault in one pass and logs the import in the custody log. When the
     * case marks the incident as involving a child, nothing is stored: the result carries the guidance instead.
     */
    CaptureResult importFile(Case c, Optional<Incident> incident, InputStream content, Details d)
            throws IOException {
        var m = CaptureMetadata.builder().id(d.id()).kind(d.kind()).fileName(d.fileName()).mediaType(d.mediaType())
                .capturedAt(OffsetDateTime.now(d.zone()).truncatedTo(ChronoUnit.SECONDS)).captureZone(d.zone())
                .clockSource(ClockSource.SYSTEM_CLOCK).collector(PERSON).tool(TOOL).origin(EvidenceOrigin.IMPORTED)
                .jurisdiction(c.jurisdiction());
        if (d.description() != null && !d.description().isBlank()) {
            m.description(d.description());
        }
        if (!d.urls().isEmpty()) {
            m.requestedUrl(d.urls().get(0));
        }
        return incident.isPresent() ? capture.capture(c, incident.get(), m.build(), content)
                : capture.capture(m.build(), content);
    }

    static String sha256(EvidenceRecord r) {
        return r.hashes().stream().filter(h -> h.algorithm().equals("SHA-256")).map(h -> h.value())
                .findFirst().orElseThrow();
    }

    /** The OpenPGP user id of the vault's signing key in bundles. */
    static final String SIGNER_USER_ID = "Redress evidence vault (bundle signing key)";

    /** The vault's long-term signer: every bundle from this vault has the same fingerprint. */
    org.redress.evidence.bundle.BundleSigner signer() throws IOException {
        return org.redress.evidence.bundle.BundleSigner.of(vault.signingKey(), SIGNER_USER_ID);
    }

    /** Tells the person about items the vault holds but cannot read (such as a missing key file), by id. */
    void warnUnreadable(java.io.PrintWriter err) {
        vault.unreadable().forEach((id, why) -> err.println("redress: warning: evidence item " + id
                + " cannot be read: " + why + ". It was left as it is."));
    }

    EvidenceCapture capture() {
        return capture;
    }

    DirectoryVault vault() {
        return vault;
    }

    @Override
    public void close() throws IOException {
        try {
            log.close();
        } finally {
            vault.close();
        }
    }
}
