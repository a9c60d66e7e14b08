package org.coiedge.app.handoff;

import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.workflow.handoff.ExpectedUnit;
import org.coiedge.core.workflow.handoff.Manifest;
import org.coiedge.core.workflow.handoff.Reconciliation;

/**
 * The live list of a shipment's units for the screen: every expected unit with its state, then
 * every extra unit. Pure function; thread-safe.
 */
public final class UnitRows {
    /** A unit's state in the list. */
    public enum State { EXPECTED, SCANNED, DUPLICATE, EXPIRED, WRONG_COI, EXTRA }

    /** One line of the list. */
    public record Row(Din din, State state) {
        /** Whether this unit blocks the handoff. */
        public boolean blocks() {
            return state != State.SCANNED;
        }
    }

    private UnitRows() {
    }

    public static List<Row> of(Manifest m, Reconciliation r) {
        List<Row> out = new ArrayList<>();
        for (ExpectedUnit u : m.units()) {
            Din d = u.din();
            State s = r.missing().contains(d) ? State.EXPECTED : r.expired().contains(d) ? State.EXPIRED
                    : r.wrongCoi().contains(d) ? State.WRONG_COI : r.duplicated().contains(d) ? State.DUPLICATE
                    : State.SCANNED;
            out.add(new Row(d, s));
        }
        for (Din d : r.extra()) {
            out.add(new Row(d, State.EXTRA));
        }
        return out;
    }

    /** "2 of 3 scanned", counting expected units scanned. */
    public static long scanned(Manifest m, Reconciliation r) {
        return m.units().size() - r.missing().size();
    }
}
