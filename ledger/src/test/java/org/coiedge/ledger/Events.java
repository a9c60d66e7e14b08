package org.coiedge.ledger;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.core.event.Correction;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/** Hand-made events for ledger tests (validation facility A9999). */
final class Events {
    static final Fin FIN = Fin.of("A9999");
    static final CoiId COI_A = new CoiId(FIN, 25, "AAAAAA");
    static final CoiId COI_B = new CoiId(FIN, 25, "BBBBBB");
    static final Din DIN_A = new Din(FIN, 25, 1);
    static final Din DIN_B = new Din(FIN, 25, 2);
    static final Party COURIER = new Party(PartyRole.COURIER, "C-1", "Courier One");

    private Events() {
    }

    static EventContent event(String deviceId, EventType type, CoiId coi, Instant at, ZoneId zone, String patient,
            Correction correction, Din... dins) {
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(coi.value(), IdentifierProvenance.SCANNED);
        for (Din d : dins) {
            prov.put(d.value(), IdentifierProvenance.SCANNED);
        }
        return new EventContent(type, coi, List.of(dins), patient, null, COURIER, FIN, zone, deviceId,
                List.of(new Signature("S-1", "Ada Tech", SignatureMeaning.PERFORMED, at)), at, prov,
                Map.of("note", "test"), correction);
    }

    static EventContent event(String deviceId, EventType type, CoiId coi, Instant at, Din... dins) {
        return event(deviceId, type, coi, at, ZoneId.of("America/New_York"), null, null, dins);
    }
}
