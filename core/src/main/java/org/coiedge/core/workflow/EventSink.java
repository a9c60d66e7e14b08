package org.coiedge.core.workflow;

import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.ledger.LedgerException;

/**
 * Where workflows record their events: the ledger's {@code append} ({@code ledger::append}). A
 * workflow moves to its next step only after this returns, that is after the event is durable; if
 * it throws, the step did not happen and may be tried again. Called on the caller's thread.
 */
@FunctionalInterface
public interface EventSink {
    CustodyEvent record(EventContent event) throws LedgerException;
}
