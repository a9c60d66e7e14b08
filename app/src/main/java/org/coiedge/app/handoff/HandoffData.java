package org.coiedge.app.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.coiedge.app.kiosk.data.ShipmentRow;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.workflow.handoff.CourierHandoff.Direction;

/**
 * The shipments a kiosk at {@code site} hands over: those leaving it (pickup) and those arriving
 * (delivery), from the SHIPMENTS reference data, each marked when the ledger already holds its
 * CUSTODY_TRANSFERRED in that direction (a shipment is handed over once per direction), and those
 * arriving for receipt. Local reads only; blocking; thread-safe.
 */
public final class HandoffData {
    private final org.coiedge.core.ledger.ReferenceDataCache reference;
    private final Ledger ledger;
    private final Fin site;

    public HandoffData(org.coiedge.core.ledger.ReferenceDataCache reference, Ledger ledger, Fin site) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.site = Objects.requireNonNull(site, "site");
    }

    /** Shipments leaving or reaching this site, in shipment id order. */
    public List<HandoffViewModel.Offer> offers() throws LedgerException {
        List<HandoffViewModel.Offer> out = new ArrayList<>();
        for (ShipmentRow s : shipments()) {
            var mf = s.manifest();
            Direction d = mf.from().id().equals(site.value()) ? Direction.PICKUP
                    : mf.to().id().equals(site.value()) ? Direction.DELIVERY : null;
            if (d != null) {
                out.add(new HandoffViewModel.Offer(s, d, done(s, EventType.CUSTODY_TRANSFERRED, d.name())));
            }
        }
        return out;
    }

    /** Shipments addressed to this site, with whether a receipt is already recorded. */
    public List<Arrival> arrivals() throws LedgerException {
        List<Arrival> out = new ArrayList<>();
        for (ShipmentRow s : shipments()) {
            if (s.manifest().to().id().equals(site.value())) {
                out.add(new Arrival(s, done(s, EventType.RECEIVED, null)));
            }
        }
        return out;
    }

    /** A shipment addressed here and whether it was received. */
    public record Arrival(ShipmentRow shipment, boolean received) {
    }

    private List<ShipmentRow> shipments() throws LedgerException {
        List<ShipmentRow> out = new ArrayList<>();
        for (String row : new TreeMap<>(reference.rows(Dataset.SHIPMENTS)).values()) {
            out.add(ShipmentRow.fromRow(row));
        }
        return out;
    }

    private boolean done(ShipmentRow s, EventType type, String direction) throws LedgerException {
        for (CustodyEvent e : ledger.eventsForCoi(s.manifest().coi())) {
            var p = e.content().payload();
            if (e.type() == type && s.shipmentId().equals(p.get("shipmentId"))
                    && (direction == null || direction.equals(p.get("direction")))) {
                return true;
            }
        }
        return false;
    }
}
