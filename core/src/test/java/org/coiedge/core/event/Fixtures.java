package org.coiedge.core.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/** Test events at the validation facility A9999. */
public final class Fixtures {
    public static final Fin FIN = Fin.of("A9999");
    public static final CoiId COI = new CoiId(FIN, 24, "A1B2C3");
    public static final Din DIN = new Din(FIN, 24, 123456);
    public static final Party COURIER = new Party(PartyRole.COURIER, "C-17", "Rapid Cryo Courier");

    private Fixtures() {
    }

    public static EventContent event(EventType type, Instant at, Din... dins) {
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(COI.value(), IdentifierProvenance.SCANNED);
        for (Din d : dins) {
            prov.put(d.value(), IdentifierProvenance.KEYED_WITH_CHECK);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("note", "bag 1 of 1");
        payload.put("tempC", -150L);
        return new EventContent(type, COI, List.of(dins), "MRN-0042", null, COURIER, FIN,
                ZoneId.of("America/New_York"), "D-test",
                List.of(new Signature("S-1", "Ada Nurse", SignatureMeaning.PERFORMED, at)), at, prov, payload, null);
    }
}
