/**
 * The jurisdiction pack compatibility kit (extend {@code JurisdictionPackContract} in a pack's tests) and
 * {@code CaseArbitraries}, jqwik generators of valid cases, and {@code LocalTimeStampAuthority}, an RFC 3161
 * time-stamp authority on 127.0.0.1 for tests.
 */
package org.redress.tck;
