package org.redress.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.CaptureMetadata;
import org.redress.evidence.CaptureResult;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.VaultKey;
import org.redress.core.model.Case;
import org.redress.core.model.ClockSource;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.Incident;
import org.redress.core.RedressVersion;
import org.redress.core.model.Tool;

/**
 * The evidence as the app keeps it: files encrypted in the Redress vault ({@code DATA/vault}), each import recorded
 * in the custody log ({@code DATA/custody}).
 */
final class Evidence {

    static final Tool TOOL = Tool.of("redress-web", RedressVersion.current());
    static final Collector PERSON = Collector.of("person", "the person the case is about");

    private final DirectoryVault vault;
    private final EvidenceCapture capture;

    private Evidence(DirectoryVault vault, CustodyLog log) throws IOException {
        this.vault = vault;
        this.capture = new EvidenceCapture(vault, log);
    }

    static Evidence open(Path data, char[] passphrase) throws IOException {
        return new Evidence(DirectoryVault.openOrCreate(data.resolve("vault"), VaultKey.passphrase(passphrase)),
                CustodyLog.open(data.resolve("custody")));
    }

    /**
     * Hashes and encrypts the content into the vault in one pass and logs the import. When the case marks the
     * incident as involving a child, nothing is stored and the result carries the guidance instead.
     */
    CaptureResult put(Case c, Optional<Incident> incident, String id, String fileName, String mediaType,
            InputStream content, String description, ZoneId zone) throws IOException {
        var m = CaptureMetadata.builder().id(id)
                .kind(mediaType.startsWith("image/") ? EvidenceKind.SCREENSHOT
                        : mediaType.startsWith("video/") ? EvidenceKind.VIDEO
                        : mediaType.equals("message/rfc822") ? EvidenceKind.EMAIL : EvidenceKind.DOCUMENT)
                .fileName(fileName).mediaType(mediaType)
                .capturedAt(OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS)).captureZone(zone)
                .clockSource(ClockSource.SYSTEM_CLOCK).collector(PERSON).tool(TOOL).origin(EvidenceOrigin.IMPORTED)
                .jurisdiction(c.jurisdiction());
        if (!description.isBlank()) {
            m.description(description.strip());
        }
        return incident.isPresent() ? capture.capture(c, incident.get(), m.build(), content)
                : capture.capture(m.build(), content);
    }

    /** Closes the vault (its key-encryption key zeroed) and the custody log. */
    void close() throws IOException {
        try (CustodyLog log = capture.log()) {
            vault.close();
        }
    }

    DirectoryVault vault() {
        return vault;
    }

    EvidenceCapture capture() {
        return capture;
    }
}
