package org.redress.interchange.caseuco;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.redress.core.InvalidDataException;
import org.redress.core.Problem;
import org.redress.evidence.bundle.BundleItem;
import org.redress.evidence.bundle.BundleManifest;
import org.redress.evidence.bundle.BundleVerdict;
import org.redress.evidence.bundle.BundleVerifier;
import org.redress.evidence.custody.CustodyEvent;
import org.redress.evidence.custody.VerificationReport;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Collector;
import org.redress.core.model.Tool;

/**
 * A CASE/UCO JSON-LD description of an evidence bundle, for forensic tools (CASE, the Cyber-investigation Analysis
 * Standard Expression, on UCO, the Unified Cyber Ontology; https://caseontology.org). It says what the bundle holds
 * and what happened to it, in the ontologies' terms:
 * <ul>
 *   <li>each exhibit is a {@code uco-observable:File} with a {@code FileFacet} (name, size) and a
 *       {@code ContentDataFacet} holding its SHA-256 ({@code uco-types:Hash});</li>
 *   <li>each exhibit has a {@code case-investigation:ProvenanceRecord} with its exhibit number;</li>
 *   <li>each custody event is a {@code case-investigation:InvestigativeAction} with its time, performer (the
 *       collector's role, never a name), instrument (the tool), objects (the files) and, for a capture, its result
 *       (the provenance record).</li>
 * </ul>
 * The export is made from a bundle that verifies, and says the same as the bundle: the same hashes as its manifest,
 * one action per event of its custody log. A bundle that does not verify is refused with its findings.
 *
 * @since 1.1
 */
public final class CaseUcoExport {

    /** The CASE investigation namespace. */
    public static final String CASE_INVESTIGATION = "https://ontology.caseontology.org/case/investigation/";
    /** The UCO namespaces' common stem. */
    public static final String UCO = "https://ontology.unifiedcyberontology.org/uco/";

    private static final String CUSTODY_LOG = "custody/custody.jsonl";

    private CaseUcoExport() {
    }

    /**
     * The JSON-LD document for a bundle file.
     *
     * @param zip the bundle
     * @return the CASE/UCO JSON-LD document describing the bundle's items and custody events
     * @throws InvalidDataException when the bundle does not verify, one problem per finding
     * @throws IOException when the bundle cannot be read
     */
    public static ObjectNode fromBundle(Path zip) throws IOException {
        Objects.requireNonNull(zip, "zip must not be null");
        BundleVerdict verdict = BundleVerifier.verify(zip);
        if (!verdict.ok() || verdict.manifest().isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            for (VerificationReport.Finding f : verdict.findings()) {
                problems.add(new Problem("/bundle/" + f.subject(), f.reason(),
                        "export CASE/UCO only from a bundle that verifies; ask the sender for a new bundle"));
            }
            if (problems.isEmpty()) {
                problems.add(new Problem("/bundle", "has no readable manifest", "export a new bundle"));
            }
            throw new InvalidDataException("evidence bundle", problems);
        }
        List<CustodyEvent> events = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(CUSTODY_LOG);
            if (e != null) {
                try (InputStream in = z.getInputStream(e)) {
                    String log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    for (String line : log.split("\n")) {
                        if (!line.isBlank()) {
                            events.add(RedressJson.read(line.getBytes(StandardCharsets.UTF_8), CustodyEvent.class,
                                    "custody event"));
                        }
                    }
                }
            }
        }
        return of(verdict.manifest().get(), events);
    }

    /**
     * The JSON-LD document for a bundle's manifest and custody events (already verified by the caller).
     *
     * @param manifest the bundle's manifest
     * @param events the events of its custody log, in order
     * @return the CASE/UCO JSON-LD document describing the manifest's items and the events
     */
    public static ObjectNode of(BundleManifest manifest, List<CustodyEvent> events) {
        Objects.requireNonNull(manifest, "manifest must not be null");
        Objects.requireNonNull(events, "events must not be null");
        JsonNodeFactory f = JsonNodeFactory.instance;
        String kb = "urn:redress:" + manifest.caseId() + ":";
        ObjectNode doc = f.objectNode();
        ObjectNode ctx = doc.putObject("@context");
        ctx.put("case-investigation", CASE_INVESTIGATION);
        for (String ns : List.of("core", "action", "observable", "types", "vocabulary", "identity", "tool")) {
            ctx.put("uco-" + ns, UCO + ns + "/");
        }
        ctx.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        ctx.put("kb", kb);
        ArrayNode graph = doc.putArray("@graph");

        Map<String, String> fileByRecord = new LinkedHashMap<>();
        Map<String, String> provenanceByRecord = new LinkedHashMap<>();
        for (BundleItem item : manifest.items()) {
            String id = item.record().id();
            String fileId = "kb:file-" + id;
            fileByRecord.put(id, fileId);
            ObjectNode file = graph.addObject();
            file.put("@id", fileId);
            file.put("@type", "uco-observable:File");
            ArrayNode facets = file.putArray("uco-core:hasFacet");
            ObjectNode ff = facets.addObject();
            ff.put("@id", "kb:file-facet-" + id);
            ff.put("@type", "uco-observable:FileFacet");
            ff.put("uco-observable:fileName", item.path().substring(item.path().lastIndexOf('/') + 1));
            typed(ff.putObject("uco-observable:sizeInBytes"), "xsd:integer", Long.toString(item.size()));
            ObjectNode cf = facets.addObject();
            cf.put("@id", "kb:content-facet-" + id);
            cf.put("@type", "uco-observable:ContentDataFacet");
            ObjectNode hash = cf.putArray("uco-observable:hash").addObject();
            hash.put("@id", "kb:hash-" + id);
            hash.put("@type", "uco-types:Hash");
            typed(hash.putObject("uco-types:hashMethod"), "uco-vocabulary:HashNameVocab", "SHA256");
            typed(hash.putObject("uco-types:hashValue"), "xsd:hexBinary", item.sha256().toUpperCase(Locale.ROOT));

            String provId = "kb:provenance-" + id;
            provenanceByRecord.put(id, provId);
            ObjectNode prov = graph.addObject();
            prov.put("@id", provId);
            prov.put("@type", "case-investigation:ProvenanceRecord");
            prov.put("case-investigation:exhibitNumber", item.exhibitLabel());
            prov.putArray("uco-core:object").addObject().put("@id", fileId);
        }

        Map<String, ObjectNode> identities = new LinkedHashMap<>();
        Map<String, ObjectNode> tools = new LinkedHashMap<>();
        for (CustodyEvent e : events) {
            String performer = identity(e.actor(), identities);
            String instrument = tool(e.tool(), tools);
            ObjectNode a = graph.addObject();
            a.put("@id", "kb:action-" + e.sequence());
            a.put("@type", "case-investigation:InvestigativeAction");
            a.put("uco-core:name", e.type().name().toLowerCase(Locale.ROOT));
            typed(a.putObject("uco-action:startTime"), "xsd:dateTime",
                    DateTimeFormatter.ISO_INSTANT.format(e.time()));
            a.putObject("uco-action:performer").put("@id", performer);
            a.putObject("uco-action:instrument").put("@id", instrument);
            ArrayNode objects = a.putArray("uco-action:object");
            ArrayNode results = a.putArray("uco-action:result");
            for (String itemId : e.itemIds()) {
                String fileId = fileByRecord.get(itemId);
                if (fileId != null) {
                    objects.addObject().put("@id", fileId);
                    if (e.type().name().equals("CAPTURED") || e.type().name().equals("IMPORTED")) {
                        results.addObject().put("@id", provenanceByRecord.get(itemId));
                    }
                }
            }
            e.note().ifPresent(n -> a.put("uco-core:description", n));
        }
        identities.values().forEach(graph::add);
        tools.values().forEach(graph::add);
        return doc;
    }

    private static String identity(Collector c, Map<String, ObjectNode> identities) {
        String id = "kb:identity-" + c.id();
        identities.computeIfAbsent(id, k -> {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("@id", k);
            n.put("@type", "uco-identity:Identity");
            n.put("uco-core:name", c.role());
            return n;
        });
        return id;
    }

    private static String tool(Tool t, Map<String, ObjectNode> tools) {
        String id = "kb:tool-" + t.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + t.version().replaceAll("[^A-Za-z0-9._-]", "_");
        tools.computeIfAbsent(id, k -> {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("@id", k);
            n.put("@type", "uco-tool:Tool");
            n.put("uco-core:name", t.name());
            n.put("uco-tool:version", t.version());
            return n;
        });
        return id;
    }

    private static void typed(ObjectNode n, String type, String value) {
        n.put("@type", type);
        n.put("@value", value);
    }
}
