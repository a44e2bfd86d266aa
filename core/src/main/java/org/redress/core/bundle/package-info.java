/**
 * Evidence bundles: one self-describing {@code .zip} per export that a police officer or a solicitor checks with
 * {@code gpg}, {@code sha256sum} and {@code openssl} ({@link org.redress.core.bundle.BundleExporter}), and a
 * verifier for bundles from anyone that refuses hostile archives and names the failing member
 * ({@link org.redress.core.bundle.BundleVerifier}). The layout is in {@code docs/evidence.md}.
 *
 * @since 1.0
 */
@RedressStyle
@NullMarked
package org.redress.core.bundle;

import org.jspecify.annotations.NullMarked;
import org.redress.core.model.RedressStyle;
