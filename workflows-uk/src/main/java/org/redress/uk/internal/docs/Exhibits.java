package org.redress.uk.internal.docs;

import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redress.core.model.Case;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.plan.SafetyAssessment;

/**
 * Exhibit labels in the English style: the maker's initials and a number ({@code JS/1}, {@code JS/2}), unless a
 * record already has a label; and which evidence must never be shown because it belongs to an incident involving a
 * child.
 */
final class Exhibits {

    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Set<String> childEvidence = new HashSet<>();
    private final Set<String> childSexualImages = new HashSet<>();
    private final Set<String> childSexualImageIncidents = new HashSet<>();

    Exhibits(Case c) {
        Set<String> used = new HashSet<>();
        c.getEvidence().forEach(e -> e.getExhibitLabel().ifPresent(used::add));
        String initials = c.getSubject().initials();
        int n = 0;
        for (EvidenceRecord e : c.getEvidence()) {
            if (e.getExhibitLabel().isPresent()) {
                labels.put(e.getId(), e.getExhibitLabel().get());
            } else {
                String label;
                do {
                    label = initials + "/" + ++n;
                } while (used.contains(label));
                used.add(label);
                labels.put(e.getId(), label);
            }
            if (e.getContentStatus() == ContentStatus.NOT_STORED_CHILD_ABUSE_MATERIAL) {
                childEvidence.add(e.getId());
            }
        }
        // Age at an incident (by date of birth or flag) does not depend on the moment the case is read at.
        SafetyAssessment safety = SafetyAssessment.of(c, OffsetDateTime.now(ZoneOffset.UTC));
        childSexualImages.addAll(safety.childSexualImageEvidenceIds());
        for (Incident i : c.getIncidents()) {
            if (safety.childSexualImage(i)) {
                childSexualImageIncidents.add(i.getId());
            }
        }
        childEvidence.addAll(childSexualImages);
        for (Incident i : c.getIncidents()) {
            if (i.isInvolvesChild() || i.isIntimateImage() && i.isPersonUnder18()) {
                childEvidence.addAll(i.getEvidenceIds());
                i.getQuotes().forEach(q -> childEvidence.addAll(q.getEvidenceIds()));
            }
        }
    }

    /** The label of an evidence record, such as {@code JS/1}. */
    String label(String evidenceId) {
        return labels.getOrDefault(evidenceId, evidenceId);
    }

    /** The label as a civil court witness statement writes it ({@code JS1}: "marked 'JS1'"). */
    String civilLabel(String evidenceId) {
        return label(evidenceId).replace("/", "");
    }

    /** The labels of the evidence records an incident cites, in order. */
    List<String> labelsOf(Incident i) {
        List<String> out = new ArrayList<>();
        for (String id : evidenceOf(i)) {
            out.add(label(id));
        }
        return out;
    }

    /** The evidence ids an incident and its quotes cite, each once. */
    static List<String> evidenceOf(Incident i) {
        Set<String> ids = new java.util.LinkedHashSet<>(i.getEvidenceIds());
        i.getQuotes().forEach(q -> ids.addAll(q.getEvidenceIds()));
        return new ArrayList<>(ids);
    }

    /** Whether the record must never be shown or attached (it may be child sexual abuse material). */
    boolean mustNotShow(String evidenceId) {
        return childEvidence.contains(evidenceId);
    }

    /** Whether the incident's material is a sexual image of a child (by flag or by age at the time). */
    boolean childSexualImageIncident(String incidentId) {
        return childSexualImageIncidents.contains(incidentId);
    }

    /** Whether the record is a sexual image of a child: never listed, hashed or shown, only counted. */
    boolean neverList(String evidenceId) {
        return childSexualImages.contains(evidenceId);
    }

    /** The image a renderer may show for a record: stored images not linked to a child, by evidence id. */
    Optional<String> imageRef(EvidenceRecord e) {
        boolean image = e.getMediaType().map(m -> m.startsWith("image/")).orElse(false);
        if (image && e.getContentStatus() == ContentStatus.STORED && !mustNotShow(e.getId())) {
            return Optional.of(e.getId());
        }
        return Optional.empty();
    }
}
