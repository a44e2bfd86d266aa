package org.redress.evidence;

import java.util.Optional;
import org.redress.evidence.custody.CustodyEvent;
import org.redress.core.model.EvidenceRecord;

/**
 * The outcome of a capture.
 *
 * @param record the evidence record (for content involving a child: location and description only)
 * @param event the custody event that recorded the capture
 * @param childProtection for content involving a child, the guidance to report it
 *
 * @since 1.0
 */
public record CaptureResult(EvidenceRecord record, CustodyEvent event,
        Optional<ChildProtectionGuidance> childProtection) {
}
