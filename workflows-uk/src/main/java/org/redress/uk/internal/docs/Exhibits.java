package org.redress.uk.internal.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.core.document.DocumentKit;
import org.redress.core.model.ContentStatus;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;

/**
 * Exhibits in the English style, through the document kit: the maker's initials and a number ("SP/1"), the same
 * label in the statement, the schedule and on the exhibit pages; and which evidence must never be shown, listed or
 * labelled because it is an intimate image of someone under 18.
 */
final class Exhibits {

    private final DocumentKit kit;

    Exhibits(DocumentKit kit) {
        this.kit = kit;
    }

    /** The label of an evidence record, such as {@code SP/1}. */
    String label(String evidenceId) {
        return kit.exhibitLabel(evidenceId);
    }

    /** The labels of the evidence records an incident cites that may be listed, in order. */
    List<String> labelsOf(Incident i) {
        List<String> out = new ArrayList<>();
        for (String id : evidenceOf(i)) {
            if (!mustNotShow(id)) {
                out.add(label(id));
            }
        }
        return out;
    }

    /** The evidence ids an incident and its quotes cite, each once. */
    static List<String> evidenceOf(Incident i) {
        Set<String> ids = new LinkedHashSet<>(i.evidenceIds());
        i.quotes().forEach(q -> ids.addAll(q.evidenceIds()));
        return new ArrayList<>(ids);
    }

    /** Whether the record must never be shown, listed or attached (an intimate image of someone under 18). */
    boolean mustNotShow(String evidenceId) {
        return kit.childSexualImage(evidenceId);
    }

    /** The image a renderer may show for a record: stored images that may be shown, by evidence id. */
    Optional<String> imageRef(EvidenceRecord e) {
        boolean image = e.mediaType().map(m -> m.startsWith("image/")).orElse(false);
        if (image && e.contentStatus() == ContentStatus.STORED && !mustNotShow(e.id())) {
            return Optional.of(e.id());
        }
        return Optional.empty();
    }
}
