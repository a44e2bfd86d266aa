package org.redress.us.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * The ids of some of one case's incidents, in case order, with their positions in the case, so that unions and
 * intersections of the facts of a plan are bit operations rather than sets of strings. A read-only list to
 * everything outside {@link Facts}, which fills it during its one pass over the incidents. One per fact of one plan;
 * not shared between threads.
 */
final class IncidentIds extends AbstractList<String> implements RandomAccess {

    /** Every incident id of the case, by position. */
    private final String[] all;
    private final BitSet positions;
    private final List<String> ids;

    /** No incidents yet, of a case whose incident ids are {@code all}. */
    IncidentIds(String[] all) {
        this(all, new BitSet(), new ArrayList<>());
    }

    private IncidentIds(String[] all, BitSet positions, List<String> ids) {
        this.all = all;
        this.positions = positions;
        this.ids = ids;
    }

    /** Adds the incident at {@code position}; positions are added in increasing order (case order). */
    void add(int position) {
        positions.set(position);
        ids.add(all[position]);
    }

    /** Adds the incident at {@code position} when {@code when} holds. */
    void addIf(boolean when, int position) {
        if (when) {
            add(position);
        }
    }

    /** The incidents' positions in the case (a copy). */
    BitSet positions() {
        return (BitSet) positions.clone();
    }

    @Override
    public String get(int index) {
        return ids.get(index);
    }

    @Override
    public int size() {
        return ids.size();
    }

    /** The incidents in any of the sets, in case order, each once. */
    static IncidentIds union(IncidentIds first, IncidentIds... more) {
        BitSet bits = first.positions();
        for (IncidentIds m : more) {
            bits.or(m.positions);
        }
        return of(first.all, bits);
    }

    /** The incidents in both sets, in case order. */
    static IncidentIds intersect(IncidentIds a, IncidentIds b) {
        BitSet bits = a.positions();
        bits.and(b.positions);
        return of(a.all, bits);
    }

    /** The incidents in {@code a} but not in {@code b}, in case order. */
    static IncidentIds minus(IncidentIds a, IncidentIds b) {
        BitSet bits = a.positions();
        bits.andNot(b.positions);
        return of(a.all, bits);
    }

    /** The incidents at the given positions of a case whose incident ids are {@code all}. */
    static IncidentIds of(String[] all, BitSet bits) {
        List<String> ids = new ArrayList<>(bits.cardinality());
        for (int p = bits.nextSetBit(0); p >= 0; p = bits.nextSetBit(p + 1)) {
            ids.add(all[p]);
        }
        return new IncidentIds(all, bits, ids);
    }
}
