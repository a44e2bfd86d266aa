package org.redress.us.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Jurisdiction;
import org.redress.core.route.Provenance;

/**
 * The unsworn declarations under penalty of perjury each covered state accepts (and the federal one, 28 U.S.C.
 * § 1746), from {@code declarations.json}: the wording differs from state to state, so one wording does not serve
 * them all.
 */
final class Declarations {

    /**
     * One declaration.
     *
     * @param jurisdiction {@code US} for federal courts, or a state such as {@code US-TX}
     * @param citation the statute, such as "Cal. Code Civ. Proc. § 2015.5"
     * @param title a title for the box
     * @param text the wording, with placeholders {date}, {place}, {name}, {dateOfBirth}, {address}, {county}
     * @param jurat whether it is a jurat that asks for the declarant's personal details
     * @param provenance where the wording comes from and whether it was verified
     */
    record Declaration(String jurisdiction, String citation, String title, String text, boolean jurat,
            Provenance provenance) {
    }

    private static final Map<String, Declaration> ALL = load();

    private Declarations() {
    }

    /** The declaration for a state's courts; the federal one for {@code US} or an unknown state is empty. */
    static Optional<Declaration> of(Jurisdiction j) {
        return Optional.ofNullable(ALL.get(j.code()));
    }

    /** The federal declaration, 28 U.S.C. § 1746. */
    static Declaration federal() {
        return ALL.get("US");
    }

    private static Map<String, Declaration> load() {
        ObjectMapper mapper = RedressJson.newMapper();
        try (InputStream in = Declarations.class.getResourceAsStream("/org/redress/us/declarations.json")) {
            if (in == null) {
                throw new IllegalStateException("declarations.json is missing from the US pack");
            }
            Map<String, Declaration> out = new LinkedHashMap<>();
            for (JsonNode n : mapper.readTree(in)) {
                Provenance p = mapper.treeToValue(n.get("provenance"), Provenance.class);
                out.put(n.get("jurisdiction").asText(), new Declaration(n.get("jurisdiction").asText(),
                        n.get("citation").asText(), n.get("title").asText(), n.get("text").asText(),
                        n.get("jurat").asBoolean(), p));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("declarations.json is not readable", e);
        }
    }
}
