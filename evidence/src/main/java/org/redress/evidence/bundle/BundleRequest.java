package org.redress.evidence.bundle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.redress.core.model.Collector;
import org.redress.core.model.Tool;

/**
 * What to export.
 *
 * @param caseId the case's id
 * @param jurisdiction the case's jurisdiction code, if any
 * @param summary a summary of the case for the recipient, if any (no contact details)
 * @param itemIds the evidence items to include, in exhibit order
 * @param profile what to leave out for this recipient
 * @param actor who exports (logged in the custody log)
 * @param tool with what
 *
 * @since 1.0
 */
public record BundleRequest(String caseId, Optional<String> jurisdiction, Optional<String> summary,
        List<String> itemIds, ExportProfile profile, Collector actor, Tool tool) {

    /**
     * A request.
     *
     * @param caseId the case's id
     * @param jurisdiction the case's jurisdiction code, if any
     * @param summary a summary of the case for the recipient, if any (no contact details)
     * @param itemIds the evidence items to include, in exhibit order
     * @param profile what to leave out for this recipient
     * @param actor who exports (logged in the custody log)
     * @param tool with what
     */
    public BundleRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(summary, "summary");
        itemIds = List.copyOf(itemIds);
        if (itemIds.isEmpty() || itemIds.stream().distinct().count() != itemIds.size()) {
            throw new IllegalArgumentException("Name each item to export once, and at least one.");
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(tool, "tool");
    }
}
