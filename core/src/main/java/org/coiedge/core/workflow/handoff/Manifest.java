package org.coiedge.core.workflow.handoff;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coiedge.core.event.Party;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;

/**
 * What a shipment should hold, from the shipments reference data (or the packing record).
 *
 * @param shipmentId the shipment's id
 * @param coi        the chain of identity every unit belongs to
 * @param units      the expected units, each once
 * @param from       the sending site
 * @param to         the receiving site
 */
public record Manifest(String shipmentId, CoiId coi, List<ExpectedUnit> units, Party from, Party to) {
    public Manifest {
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(coi, "coi");
        units = List.copyOf(units);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (units.isEmpty()) {
            throw new IllegalArgumentException("manifest " + shipmentId + " lists no units");
        }
        Set<Din> seen = new HashSet<>();
        for (ExpectedUnit u : units) {
            if (!seen.add(u.din())) {
                throw new IllegalArgumentException("manifest " + shipmentId + " lists " + u.din().eyeReadable() + " twice");
            }
        }
    }

    public Optional<ExpectedUnit> unit(Din din) {
        return units.stream().filter(u -> u.din().equals(din)).findFirst();
    }
}
