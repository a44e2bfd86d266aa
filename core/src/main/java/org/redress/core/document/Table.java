package org.redress.core.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.redress.core.validation.Validated;
import org.redress.core.validation.Validation;

/**
 * A table with a header row, such as the evidence schedule. Renderers repeat the header on every page the table
 * spans.
 *
 * @since 1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTable.class)
@JsonDeserialize(as = ImmutableTable.class)
public abstract class Table implements Block, Validated {

    /** {@return the caption, such as "Schedule of exhibits"} */
    public abstract Optional<@Size(max = 300) String> caption();

    /** {@return the column headings} */
    @NotEmpty
    public abstract List<@NotNull @Size(max = 200) String> columns();

    /** {@return relative column widths (one per column); equal when empty} */
    @NotNull
    public abstract List<@NotNull Integer> widths();

    /** {@return indexes of the columns to show in a monospace face (hashes, ids)} */
    @NotNull
    public abstract List<@NotNull Integer> monospaceColumns();

    /** {@return the rows; each has one cell per column} */
    @NotNull
    @Value.Redacted
    public abstract List<@NotNull List<@NotNull @Size(max = 20000) String>> rows();

    /** {@return where the cells' facts came from} */
    @Value.Default
    public FactOrigin origin() {
        return FactOrigin.CASE_RECORD;
    }

    /** {@return a builder} */
    public static ImmutableTable.Builder builder() {
        return ImmutableTable.builder();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.table(this);
    }

    @Override
    public void collectProblems(Problems problems) {
        int n = columns().size();
        if (!widths().isEmpty() && widths().size() != n) {
            problems.add("widths", "does not have one width per column", "Give " + n + " widths, or none.");
        }
        if (widths().stream().anyMatch(w -> w == null || w <= 0)) {
            problems.add("widths", "has a width that is not positive", "Use positive numbers.");
        }
        if (monospaceColumns().stream().anyMatch(c -> c == null || c < 0 || c >= n)) {
            problems.add("monospaceColumns", "names a column that does not exist", "Use indexes from 0 to " + (n - 1) + ".");
        }
        for (int i = 0; i < rows().size(); i++) {
            if (rows().get(i) != null && rows().get(i).size() != n) {
                problems.add("rows/" + i, "does not have one cell per column", "Give " + n + " cells in every row.");
            }
        }
    }

    /** Checks every constraint of this value when it is built (see {@link Validation#check}). */
    @Value.Check
    protected void check() {
        Validation.check(this);
    }
}
