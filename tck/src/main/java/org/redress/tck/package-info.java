/**
 * The jurisdiction pack compatibility kit (extend {@code JurisdictionPackContract} in a pack's tests) and
 * {@code CaseArbitraries}, jqwik generators of valid cases.
 */
package org.redress.tck;
