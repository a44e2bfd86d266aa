/**
 * Evidence capture and the encrypted vault. {@link org.redress.evidence.EvidenceCapture} takes bytes and their
 * {@link org.redress.evidence.CaptureMetadata}, hashes them in the same pass that stores them in an
 * {@link org.redress.evidence.EvidenceVault} (by default a {@link org.redress.evidence.DirectoryVault}:
 * AES-256-GCM in authenticated segments, per-item keys, atomic durable writes), records the custody event, and
 * returns the {@link org.redress.core.model.EvidenceRecord}. Content involving a child is never stored.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.evidence;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
