/**
 * The chain-of-custody log: append-only {@link org.redress.evidence.custody.CustodyEvent}s, each holding the SHA-256 of
 * the one before over its RFC 8785 canonical JSON; {@link org.redress.evidence.custody.Checkpoint}s that sign an RFC 9162
 * Merkle tree head over the event hashes with Ed25519 (and optionally carry an RFC 3161 time-stamp); inclusion and
 * consistency proofs; and a verifier whose {@link org.redress.evidence.custody.VerificationReport} names exactly what
 * failed. See {@code docs/evidence.md} for the file formats.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.evidence.custody;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
