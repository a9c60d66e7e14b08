package org.coiedge.core.workflow;

import java.util.ArrayList;
import java.util.List;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;

/**
 * Where workflows record their events: the ledger. A workflow moves to its next step only after
 * a record call returns, that is after the events are durable; if it throws, the step did not
 * happen and may be tried again. Called on the caller's thread.
 */
@FunctionalInterface
public interface EventSink {
    CustodyEvent record(EventContent event) throws LedgerException;

    /** Records several events all or none; the default records one by one (fine for tests). */
    default List<CustodyEvent> recordAll(List<EventContent> events) throws LedgerException {
        List<CustodyEvent> out = new ArrayList<>();
        for (EventContent e : events) {
            out.add(record(e));
        }
        return out;
    }

    /** The ledger as a sink: {@link #recordAll} is one durable transaction. */
    static EventSink of(Ledger ledger) {
        return new EventSink() {
            @Override
            public CustodyEvent record(EventContent event) throws LedgerException {
                return ledger.append(event);
            }

            @Override
            public List<CustodyEvent> recordAll(List<EventContent> events) throws LedgerException {
                return ledger.appendAll(events);
            }
        };
    }
}
