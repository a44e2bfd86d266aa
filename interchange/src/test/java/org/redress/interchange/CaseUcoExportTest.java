package org.redress.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.InvalidDataException;
import org.redress.evidence.bundle.BundleExporter;
import org.redress.evidence.bundle.BundleItem;
import org.redress.evidence.bundle.BundleManifest;
import org.redress.evidence.bundle.BundleRequest;
import org.redress.evidence.bundle.BundleSigner;
import org.redress.evidence.bundle.ExportProfile;
import org.redress.evidence.custody.CustodyLog;
import org.redress.evidence.CaptureMetadata;
import org.redress.evidence.DirectoryVault;
import org.redress.evidence.EvidenceCapture;
import org.redress.evidence.VaultKey;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.Tool;
import org.redress.core.plan.Planner;
import org.redress.interchange.caseuco.CaseUcoExport;

class CaseUcoExportTest {

    private static final Collector ACTOR = Collector.of("collector-1", "victim");
    private static final Tool TOOL = Tool.of("redress-interchange-tests", "1");

    /** Captures two fictional files into a fresh vault and exports them as a bundle. */
    static BundleManifest bundle(Path dir, Path zip) throws Exception {
        byte[] key = new byte[32];
        new Random(7).nextBytes(key);
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"), VaultKey.hostKey(key));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            EvidenceCapture capture = new EvidenceCapture(vault, log, Planner.of(), Clock.systemUTC());
            for (int n = 1; n <= 2; n++) {
                byte[] bytes = new byte[1000 * n];
                new Random(n).nextBytes(bytes);
                capture.capture(CaptureMetadata.builder().id("ev-" + n).kind(EvidenceKind.SCREENSHOT)
                        .description("Fictional screenshot " + n).fileName("shot-" + n + ".png").mediaType("image/png")
                        .requestedUrl(URI.create("https://social.example/p/" + n)).collector(ACTOR).tool(TOOL)
                        .exhibitLabel("FX/" + n).origin(EvidenceOrigin.CAPTURED_LIVE).build(), bytes);
            }
            BundleExporter exporter = new BundleExporter(capture, BundleSigner.generate("Interchange tests (fictional)"),
                    Optional.empty());
            return exporter.export(zip, new BundleRequest("case-uco-1", Optional.of("GB-ENG"), Optional.empty(),
                    List.of("ev-1", "ev-2"), ExportProfile.STANDARD, ACTOR, TOOL));
        }
    }

    @Test
    void aBundleBecomesCaseUcoThatAJsonLdProcessorExpandsToTheOntologies(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bundle.zip");
        BundleManifest manifest = bundle(dir, zip);
        ObjectNode doc = CaseUcoExport.fromBundle(zip);

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(
                doc.toString().getBytes(StandardCharsets.UTF_8)))).get();
        String all = expanded.toString();
        assertThat(all).contains("https://ontology.unifiedcyberontology.org/uco/observable/File",
                "https://ontology.unifiedcyberontology.org/uco/observable/ContentDataFacet",
                "https://ontology.unifiedcyberontology.org/uco/types/Hash",
                "https://ontology.caseontology.org/case/investigation/InvestigativeAction",
                "https://ontology.caseontology.org/case/investigation/ProvenanceRecord",
                "https://ontology.caseontology.org/case/investigation/exhibitNumber",
                "https://ontology.unifiedcyberontology.org/uco/action/performer");

        // The same hashes as the manifest, the same events as the custody log.
        Set<String> hashes = new HashSet<>();
        for (JsonNode n : doc.get("@graph")) {
            if ("uco-types:Hash".equals(n.path("@type").asText())) {
                hashes.add(n.get("uco-types:hashValue").get("@value").asText().toLowerCase());
            }
        }
        for (JsonNode n : doc.findValues("uco-observable:hash")) {
            n.forEach(h -> hashes.add(h.get("uco-types:hashValue").get("@value").asText().toLowerCase()));
        }
        assertThat(hashes).containsExactlyInAnyOrderElementsOf(
                manifest.items().stream().map(BundleItem::sha256).toList());
        long actions = StreamSupport.stream(doc.get("@graph").spliterator(), false)
                .filter(n -> "case-investigation:InvestigativeAction".equals(n.path("@type").asText())).count();
        long events;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            events = new String(z.getInputStream(z.getEntry("custody/custody.jsonl")).readAllBytes(),
                    StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
        assertThat(actions).isEqualTo(events).isGreaterThanOrEqualTo(3);
        assertThat(doc.toString()).contains("FX/1", "FX/2");
    }

    @Test
    void aTamperedBundleIsRefused(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("bundle.zip");
        bundle(dir, zip);
        byte[] bytes = Files.readAllBytes(zip);
        bytes[bytes.length / 3] ^= 1;
        Files.write(zip, bytes);
        assertThatThrownBy(() -> CaseUcoExport.fromBundle(zip)).isInstanceOf(InvalidDataException.class);
    }
}
