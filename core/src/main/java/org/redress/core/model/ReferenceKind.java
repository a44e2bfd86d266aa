package org.redress.core.model;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.EnumNamingStrategies;

/**
 * What kind of reference a route gave back. JSON names are camelCase ({@code FOO_BAR} is {@code "fooBar"}).
 *
 * @since 1.0
 */
@EnumNaming(EnumNamingStrategies.CamelCaseStrategy.class)
public enum ReferenceKind {
    /** A police crime reference number. */
    CRIME_REFERENCE_NUMBER,
    /** A police incident or log number (not yet a crime reference). */
    INCIDENT_NUMBER,
    /** A fraud-reporting reference. */
    FRAUD_REFERENCE,
    /** A platform's report or ticket id. */
    PLATFORM_REPORT_ID,
    /** A court, agency or helpline case number. */
    CASE_NUMBER,
    /** Any other reference. */
    OTHER
}
