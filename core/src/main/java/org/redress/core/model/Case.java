package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * A case: everything known about the harassment of one person, kept by the host app. It is the input to the
 * planner, the document builders and the evidence bundle.
 *
 * <p>Read and write it with {@link org.redress.core.json.RedressJson}; build it in code with {@link #builder()}.
 * Either way it is validated as a whole, and an invalid case is reported with every problem at once
 * ({@link org.redress.core.InvalidDataException}).
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCase.class)
@JsonDeserialize(as = ImmutableCase.class)
public abstract class Case implements Validated {

    /** The version of the JSON format this library writes. */
    public static final String SCHEMA_VERSION = "1.1";

    /** {@return the case's id, chosen by the host app} */
    @NotNull
    @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
    public abstract String id();

    /** {@return the JSON format version the case was written in ({@code major.minor})} */
    @Value.Default
    @Pattern(regexp = "[0-9]{1,3}\\.[0-9]{1,3}", message = "is not a version|Write the version as major.minor, such as 1.0.")
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** {@return where the person is, which decides the law and the routes} */
    @NotNull
    public abstract Jurisdiction jurisdiction();

    /** {@return the person the case is for} */
    @NotNull
    @Valid
    public abstract Person subject();

    /** {@return who is filling it in} */
    @Value.Default
    @Valid
    public CaseFiler filedBy() {
        return CaseFiler.self();
    }

    /** {@return the harassment log} */
    @NotNull
    public abstract List<@NotNull @Valid Incident> incidents();

    /** {@return the people and accounts involved} */
    @NotNull
    public abstract List<@NotNull @Valid Party> parties();

    /** {@return evidence records} */
    @NotNull
    public abstract List<@NotNull @Valid EvidenceRecord> evidence();

    /** {@return reports already made} */
    @NotNull
    public abstract List<@NotNull @Valid ReportMade> reports();

    /** {@return the impact log} */
    @NotNull
    public abstract List<@NotNull @Valid ImpactEntry> impact();

    /** {@return safety facts} */
    @Value.Default
    @Valid
    public SafetyFacts safety() {
        return SafetyFacts.none();
    }

    /** {@return a builder} */
    public static ImmutableCase.Builder builder() {
        return ImmutableCase.builder();
    }

    /**
     * {@return the incident with this id}
     *
     * @param id an incident id
     */
    public Optional<Incident> incident(String id) {
        return incidents().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * {@return the party with this id}
     *
     * @param id a party id
     */
    public Optional<Party> party(String id) {
        return parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * {@return the evidence record with this id}
     *
     * @param id an evidence record id
     */
    public Optional<EvidenceRecord> evidence(String id) {
        return evidence().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public void collectProblems(Problems problems) {
        Set<String> evidenceIds = unique("evidence", evidence(), EvidenceRecord::id, problems);
        Set<String> partyIds = unique("parties", parties(), Party::id, problems);
        Set<String> incidentIds = unique("incidents", incidents(), Incident::id, problems);
        unique("reports", reports(), ReportMade::id, problems);
        Map<String, Integer> labels = new HashMap<>();
        // Elements may be null here when read from JSON: field checks report them; these checks skip them.
        for (int i = 0; i < evidence().size(); i++) {
            EvidenceRecord e = evidence().get(i);
            if (e == null) {
                continue;
            }
            if (e.derivedFrom().isPresent() && !evidenceIds.contains(e.derivedFrom().get())) {
                problems.add("evidence/" + i + "/derivedFrom", "names no evidence record in this case",
                        "Use the id of an evidence record in 'evidence'.");
            }
            if (e.exhibitLabel().isPresent() && labels.putIfAbsent(e.exhibitLabel().get(), i) != null) {
                problems.add("evidence/" + i + "/exhibitLabel", "is used by another evidence record",
                        "Give each exhibit its own label.");
            }
        }
        for (int i = 0; i < incidents().size(); i++) {
            Incident inc = incidents().get(i);
            if (inc == null) {
                continue;
            }
            refs("incidents/" + i + "/evidenceIds", inc.evidenceIds(), evidenceIds, "evidence", problems);
            refs("incidents/" + i + "/perpetratorIds", inc.perpetratorIds(), partyIds, "parties", problems);
            for (int q = 0; q < inc.quotes().size(); q++) {
                if (inc.quotes().get(q) != null) {
                    refs("incidents/" + i + "/quotes/" + q + "/evidenceIds", inc.quotes().get(q).evidenceIds(),
                            evidenceIds, "evidence", problems);
                }
            }
        }
        for (int i = 0; i < reports().size(); i++) {
            if (reports().get(i) == null) {
                continue;
            }
            refs("reports/" + i + "/incidentIds", reports().get(i).incidentIds(), incidentIds, "incidents",
                    problems);
        }
    }

    private static <T> Set<String> unique(String list, List<T> items, Function<T, String> id, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = items.get(i) == null ? null : id.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                problems.add(list + "/" + i + "/id", "repeats the id of an earlier item",
                        "Give every item in '" + list + "' its own id.");
            }
        }
        return seen;
    }

    private static void refs(String at, List<String> ids, Set<String> known, String list, Problems problems) {
        for (int j = 0; j < ids.size(); j++) {
            if (ids.get(j) != null && !known.contains(ids.get(j))) {
                problems.add(at + "/" + j, "names no item in '" + list + "'",
                        "Use the id of an item in '" + list + "', or remove this reference.");
            }
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
