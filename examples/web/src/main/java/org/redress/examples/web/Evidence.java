package org.redress.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.redress.core.custody.CustodyEventType;
import org.redress.core.custody.CustodyLog;
import org.redress.core.evidence.DirectoryVault;
import org.redress.core.evidence.VaultKey;
import org.redress.core.model.ClockSource;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Tool;

/**
 * The evidence as the app keeps it: files encrypted in the Redress vault ({@code DATA/vault}), each import recorded
 * in the custody log ({@code DATA/custody}).
 */
final class Evidence {

    static final Tool TOOL = Tool.of("redress-web", "0.1.0");
    private static final Collector PERSON = Collector.of("person", "the person the case is about");

    private final DirectoryVault vault;
    private final CustodyLog log;

    private Evidence(DirectoryVault vault, CustodyLog log) {
        this.vault = vault;
        this.log = log;
    }

    static Evidence open(Path data, char[] passphrase) throws IOException {
        return new Evidence(DirectoryVault.openOrCreate(data.resolve("vault"), VaultKey.passphrase(passphrase)),
                CustodyLog.open(data.resolve("custody")));
    }

    /** Hashes and encrypts the content into the vault in one pass, then logs the import. */
    EvidenceRecord put(String id, String fileName, String mediaType, InputStream content, String description,
            ZoneId zone) throws IOException {
        OffsetDateTime now = OffsetDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
        EvidenceRecord record = vault.put(id, content, Set.of(), facts -> {
            var b = EvidenceRecord.builder().id(id)
                    .kind(mediaType.startsWith("image/") ? EvidenceKind.SCREENSHOT
                            : mediaType.startsWith("video/") ? EvidenceKind.VIDEO
                            : mediaType.equals("message/rfc822") ? EvidenceKind.EMAIL : EvidenceKind.DOCUMENT)
                    .fileName(fileName).mediaType(mediaType).size(facts.size()).hashes(facts.hashes())
                    .capturedAt(now).captureZone(zone).clockSource(ClockSource.SYSTEM_CLOCK)
                    .collector(PERSON).tool(TOOL).origin(EvidenceOrigin.IMPORTED);
            if (!description.isBlank()) {
                b.description(description.strip());
            }
            return b.build();
        });
        log.append(CustodyEventType.IMPORTED, PERSON, TOOL, List.of(id), e -> e.expectedSha256(sha256(record)));
        return record;
    }

    static String sha256(EvidenceRecord r) {
        return r.getHashes().stream().filter(h -> h.getAlgorithm().equalsIgnoreCase("sha-256")
                || h.getAlgorithm().equalsIgnoreCase("sha256")).map(h -> h.getValue()).findFirst().orElseThrow();
    }

    DirectoryVault vault() {
        return vault;
    }

    CustodyLog log() {
        return log;
    }

    /** A feature this build does not have. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String feature) {
            super(feature + " is not available in this version of the app.", null, false, false);
        }
    }
}
