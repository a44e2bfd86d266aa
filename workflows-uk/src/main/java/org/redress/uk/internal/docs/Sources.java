package org.redress.uk.internal.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redress.core.document.DocumentKit;
import org.redress.core.document.Notice;
import org.redress.core.document.NoticeLevel;
import org.redress.core.json.RedressJson;
import org.redress.core.route.Provenance;

/**
 * Where the documents' fixed wording comes from (form headers, declarations, statements of truth, the penal
 * notice), from {@code document-sources.json}: each with its citation, sources, verifiedOn and whether it was
 * verified. The companion lists them for the person; an unverified one is flagged there.
 */
final class Sources {

    private record Entry(String citation, Provenance provenance) {
    }

    private static final Map<String, Entry> ALL = load();

    private Sources() {
    }

    /** Adds the source of a piece of wording to the document's companion, flagged when unverified. */
    static void cite(DocumentKit kit, String id) {
        Entry e = ALL.get(id);
        if (e == null) {
            throw new IllegalStateException("document-sources.json has no entry " + id);
        }
        var s = e.provenance().sources().get(0);
        kit.sourceForPerson(e.citation() + ": " + s.title() + ", " + s.url() + " (checked "
                + e.provenance().verifiedOn() + ")");
        e.provenance().unverifiedNote().ifPresent(n -> kit.noteForPerson(Notice.of(NoticeLevel.WARNING,
                e.citation() + ". " + n)));
    }

    private static Map<String, Entry> load() {
        ObjectMapper mapper = RedressJson.newMapper();
        try (InputStream in = Sources.class.getResourceAsStream("/org/redress/uk/document-sources.json")) {
            if (in == null) {
                throw new IllegalStateException("document-sources.json is missing from the UK pack");
            }
            Map<String, Entry> out = new LinkedHashMap<>();
            for (JsonNode n : mapper.readTree(in)) {
                out.put(n.get("id").asText(), new Entry(n.get("citation").asText(),
                        mapper.treeToValue(n.get("provenance"), Provenance.class)));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("document-sources.json is not readable", e);
        }
    }
}
