package org.coiedge.app.collection;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.app.kiosk.data.OrderRow;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.core.workflow.collection.CollectionFacts;
import org.coiedge.core.workflow.collection.CollectionOrder;

/**
 * The orders awaiting collection (ORDERS reference data rows without a DIN) matched to a patient,
 * with the therapy episode's COI: the one in the order, else the one an earlier collection on
 * this kiosk assigned to the same order (its PATIENT_IDENTIFIED event), so a second collection
 * never gets a second COI even before central sends the updated order. With several orders
 * awaiting for one patient the earliest planned is used. Local reads only (works offline);
 * blocking; thread-safe.
 */
public final class LedgerCollectionFacts implements CollectionFacts {
    private final ReferenceDataCache orders;
    private final Ledger ledger;

    public LedgerCollectionFacts(ReferenceDataCache orders, Ledger ledger) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** The order row awaiting collection for {@code patientId}, if any. */
    public Optional<OrderRow> awaiting(String patientId) throws LedgerException {
        return orders.rows(Dataset.ORDERS).values().stream().map(OrderRow::fromRow)
                .filter(o -> o.awaitingCollection() && o.patientId().equals(patientId))
                .min(Comparator.comparing((OrderRow o) -> o.collectedAt().toInstant()).thenComparing(OrderRow::orderId));
    }

    @Override
    public Optional<CollectionOrder> orderForPatient(String patientId) throws LedgerException {
        Optional<OrderRow> row = awaiting(patientId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        OrderRow o = row.get();
        Optional<org.coiedge.core.isbt128.CoiId> coi = o.coi();
        if (coi.isEmpty()) {
            for (CustodyEvent e : ledger.eventsForPatient(patientId)) {
                if (e.type() == EventType.PATIENT_IDENTIFIED && o.orderId().equals(e.content().payload().get("orderId"))) {
                    coi = Optional.of(e.content().coi());
                    break;
                }
            }
        }
        return Optional.of(new CollectionOrder(o.orderId(), patientId, coi, o.therapy()));
    }
}
