package org.coiedge.core.event;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/**
 * What happened, as the workflow states it: everything of a custody event except what the ledger
 * adds when it records it (id, chain position, recorded time, hashes, device signature).
 *
 * @param type       canonical event type
 * @param coi        the chain of identity this event belongs to
 * @param dins       the units (bags, tubes) the event concerns; may be empty
 * @param patientId  the patient's identifier at this site, when the event names the patient
 * @param from       who gave custody, if anyone
 * @param to         who took custody, if anyone
 * @param site       the facility where it happened
 * @param siteZone   the IANA zone of the site, so local time can always be shown as it was seen
 * @param deviceId   the device that recorded it
 * @param signatures the people who signed it, in signing order
 * @param occurredAt when it happened (valid time), UTC
 * @param provenance how each identifier on the event was obtained; every COI and DIN needs one
 * @param payload    free data: a JSON object of strings, integers, booleans, lists and objects
 * @param correction set when this event corrects an earlier one; required for {@link EventType#CORRECTION}
 */
public record EventContent(
        EventType type,
        CoiId coi,
        List<Din> dins,
        String patientId,
        Party from,
        Party to,
        Fin site,
        ZoneId siteZone,
        String deviceId,
        List<Signature> signatures,
        Instant occurredAt,
        Map<String, IdentifierProvenance> provenance,
        Map<String, Object> payload,
        Correction correction) {

    public EventContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(coi, "coi");
        dins = List.copyOf(Objects.requireNonNull(dins, "dins"));
        if (patientId != null) {
            Text.requireNonBlank(patientId, "patient id");
        }
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(siteZone, "siteZone");
        Text.requireNonBlank(deviceId, "device id");
        signatures = List.copyOf(Objects.requireNonNull(signatures, "signatures"));
        Objects.requireNonNull(occurredAt, "occurredAt");
        provenance = Map.copyOf(Objects.requireNonNull(provenance, "provenance"));
        payload = payload == null ? Map.of() : CanonicalJson.requireObject(payload);
        if (type == EventType.CORRECTION && correction == null) {
            throw new IllegalArgumentException("a CORRECTION event must name the corrected event and a reason");
        }
        requireProvenance(provenance, coi.value());
        for (Din din : dins) {
            requireProvenance(provenance, din.value());
        }
    }

    private static void requireProvenance(Map<String, IdentifierProvenance> provenance, String identifier) {
        if (!provenance.containsKey(identifier)) {
            throw new IllegalArgumentException("say how identifier " + identifier
                    + " was obtained (scanned, keyed with check character or imported)");
        }
    }

    /** When it happened, in the site's own time zone. */
    public ZonedDateTime occurredAtSite() {
        return occurredAt.atZone(siteZone);
    }

    /** A copy with a different payload. */
    public EventContent withPayload(Map<String, Object> newPayload) {
        return new EventContent(type, coi, dins, patientId, from, to, site, siteZone, deviceId, signatures,
                occurredAt, provenance, new LinkedHashMap<>(newPayload), correction);
    }
}
