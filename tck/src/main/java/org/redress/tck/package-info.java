/**
 * The jurisdiction pack compatibility kit (extend {@code JurisdictionPackContract} in a pack's tests) and
 * {@code CaseArbitraries}, jqwik generators of valid cases, and {@code LocalTimeStampAuthority}, an RFC 3161
 * time-stamp authority on 127.0.0.1 for tests.
 *
 * @since 1.0
 */
@NullMarked
package org.redress.tck;

import org.jspecify.annotations.NullMarked;
