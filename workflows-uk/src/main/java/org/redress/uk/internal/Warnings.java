package org.redress.uk.internal;

import java.util.List;
import org.redress.core.plan.Warning;
import org.redress.uk.UkWarnings;

/** The UK wording of the pack's warnings, most serious first, read from the pack's warning data. */
public final class Warnings {

    /** Every warning, in the order of {@link UkWarnings#ALL}. */
    public static final List<Warning> ALL = RouteData.get().warnings();

    private Warnings() {
    }
}
