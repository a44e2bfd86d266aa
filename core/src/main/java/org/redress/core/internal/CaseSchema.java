package org.redress.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.redress.core.model.*;

/**
 * The JSON Schema of a case, generated from the model by {@link JsonSchemaGenerator}. The build ships the result
 * as {@code /org/redress/core/json/case.schema.json} in the jar and as {@code docs/schema/case.schema.json}; a test
 * regenerates it and fails when either copy is stale.
 */
public final class CaseSchema {

    /** The schema's {@code $id}, which names the format's major version. */
    public static final String ID = "https://redress.example.org/schema/case/1/case.schema.json";

    /** What each value type is, for the schema's readers (the Javadoc says more). */
    private static final Map<Class<?>, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(Case.class, "A case: everything known about the harassment of one person. Ids of incidents,"
                    + " parties, evidence records and reports are unique within their list; every id that refers to"
                    + " another item (evidenceIds, perpetratorIds, incidentIds, derivedFrom) names an item of this"
                    + " case; exhibit labels are unique."),
            Map.entry(Jurisdiction.class, "An ISO 3166-2 subdivision such as GB-ENG, GB-SCT, GB-NIR, US-CA, or an"
                    + " ISO 3166-1 country such as US."),
            Map.entry(Person.class, "The person the case is for."),
            Map.entry(CaseFiler.class, "Who is filling the case in."),
            Map.entry(Incident.class, "One entry of the harassment log. Hate harassment names at least one"
                    + " protected characteristic; amountDemanded needs financialDemand true."),
            Map.entry(IncidentTime.class, "When something happened, with the zone it was experienced in. Exactly"
                    + " one form: instant; or date; or from and to (to not before from)."),
            Map.entry(ContentLocation.class, "Where a piece of content is: at least one of url, platformId,"
                    + " description. A url is absolute."),
            Map.entry(Quote.class, "The harasser's words, verbatim."),
            Map.entry(Witness.class, "Someone who saw an incident."),
            Map.entry(Party.class, "A person or account involved in the harassment, known or unknown."),
            Map.entry(Account.class, "An account on a platform. A profileUrl is absolute."),
            Map.entry(Address.class, "A postal address."),
            Map.entry(EvidenceRecord.class, "What a court asks about a piece of evidence. Stored content has a"
                    + " SHA-256 hash; child sexual abuse material is never stored (no hashes, fileName or size); a"
                    + " transformation needs derivedFrom, which names another record. URLs are absolute."),
            Map.entry(Hash.class, "A digest of the original bytes, in lower-case hex."),
            Map.entry(ShownTime.class, "A time as the platform showed it, verbatim."),
            Map.entry(Collector.class, "Who captured or handled the evidence (a pseudonymous id, not a name)."),
            Map.entry(Tool.class, "The software that captured the evidence."),
            Map.entry(CaptureEnvironment.class, "The device and system of a capture (identifying details opt-in)."),
            Map.entry(ReportMade.class, "A report already made to a route."),
            Map.entry(ImpactEntry.class, "One entry of the impact log."),
            Map.entry(Money.class, "An amount in an ISO 4217 currency."),
            Map.entry(SafetyFacts.class, "Safety facts that change what is safe to do, and in what order."),
            Map.entry(SafeContact.class, "A way to contact the person that the harasser will not see or hear."));

    private CaseSchema() {
    }

    /**
     * Generates the case schema from the model, as {@code mapper} reads and writes it.
     *
     * @param propertyDescriptions the description of each property from its accessor (the build passes the first
     *     sentence of the accessor's Javadoc); null for none
     */
    public static ObjectNode generate(ObjectMapper mapper, Function<Method, String> propertyDescriptions) {
        ObjectNode version = JsonNodeFactory.instance.objectNode()
                .put("type", "string")
                .put("pattern", "^1\\.[0-9]{1,3}$")
                .put("description", "The format version, major.minor. This schema describes major version 1;"
                        + " a reader of 1.x ignores the unknown fields of a newer minor version.");
        return JsonSchemaGenerator.generate(mapper, Case.class, ID, "Redress case, format 1", DESCRIPTIONS,
                List.of("schemaVersion"), Map.of("schemaVersion", version), propertyDescriptions);
    }
}
