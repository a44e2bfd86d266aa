/**
 * EU Digital Services Act reports: Article 16 notices built from a survivor's case ({@link org.redress.interchange.dsa.DsaNotice}),
 * and Article 17 statements of reasons in the DSA Transparency Database API's form, from a platform's decision
 * ({@link org.redress.interchange.dsa.ContentDecision}, {@link org.redress.interchange.dsa.StatementsOfReasons}).
 *
 * @since 1.0
 */
@NullMarked
package org.redress.interchange.dsa;

import org.jspecify.annotations.NullMarked;
