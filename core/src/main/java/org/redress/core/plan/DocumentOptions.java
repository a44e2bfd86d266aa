package org.redress.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options for building documents.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDocumentOptions.class)
@JsonDeserialize(as = ImmutableDocumentOptions.class)
public abstract class DocumentOptions {

    /**
     * Whether the papers will be served on the respondent (the harasser): the person's address and contact details
     * are withheld, and the document lists what was withheld.
     *
     * @return {@code true} when the papers are prepared for service on the other party
     */
    @Value.Default
    public boolean forService() {
        return false;
    }

    /** {@return the date to print as the preparation date; documents leave it blank when absent} */
    public abstract Optional<LocalDate> preparedOn();

    /** {@return the default options: not for service, no preparation date} */
    public static DocumentOptions defaults() {
        return ImmutableDocumentOptions.builder().build();
    }
}
