/**
 * The United States jurisdiction pack: federal routes (911, police, FBI, IC3, NCMEC, StopNCII, TAKE IT DOWN Act
 * removal requests, FTC, DMCA, protective orders, civil claims, support lines), the planning rules for federal law
 * and the covered states (California, New York, Texas, Florida, Illinois), and the documents those routes take.
 *
 * <p>{@link org.redress.us.UsPack} is found by {@link java.util.ServiceLoader}; route ids are in
 * {@link org.redress.us.UsRouteIds} and document kinds in {@link org.redress.us.UsDocumentKinds}. Everything under
 * {@code org.redress.us.internal} is not API.
 *
 * @since 1.0
 */
@NullMarked
package org.redress.us;

import org.jspecify.annotations.NullMarked;
