/**
 * Evidence bundles: one self-describing {@code .zip} per export that a police officer or a solicitor checks with
 * {@code gpg}, {@code sha256sum} and {@code openssl} ({@link org.redress.evidence.bundle.BundleExporter}), and a
 * verifier for bundles from anyone that refuses hostile archives and names the failing member
 * ({@link org.redress.evidence.bundle.BundleVerifier}). The layout is in {@code docs/evidence.md}.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.evidence.bundle;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
