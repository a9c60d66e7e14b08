package org.coiedge.core.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/**
 * Maps custody events to and from JSON trees (the Maps and Lists of {@link CanonicalJson}). The
 * hashed body holds every field except {@code hash} and {@code deviceSignature}; absent optional
 * fields are left out rather than written as null. Instants are ISO-8601 UTC
 * ({@link Instant#toString()}), zones are IANA ids. Stateless and thread-safe.
 */
public final class EventJson {
    private EventJson() {
    }

    /** The body that is hashed and signed. */
    public static Map<String, Object> body(UUID id, long sequence, EventContent c, Instant recordedAt,
            String previousHash) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("sequence", sequence);
        m.put("type", c.type().name());
        m.put("coi", c.coi().value());
        List<Object> dins = new ArrayList<>();
        c.dins().forEach(d -> dins.add(d.value()));
        m.put("dins", dins);
        if (c.patientId() != null) {
            m.put("patientId", c.patientId());
        }
        if (c.from() != null) {
            m.put("from", party(c.from()));
        }
        if (c.to() != null) {
            m.put("to", party(c.to()));
        }
        m.put("site", c.site().value());
        m.put("siteZone", c.siteZone().getId());
        m.put("deviceId", c.deviceId());
        List<Object> sigs = new ArrayList<>();
        for (Signature s : c.signatures()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("staffId", s.staffId());
            sm.put("printedName", s.printedName());
            sm.put("meaning", s.meaning().name());
            sm.put("signedAt", s.signedAt().toString());
            sigs.add(sm);
        }
        m.put("signatures", sigs);
        m.put("occurredAt", c.occurredAt().toString());
        m.put("recordedAt", recordedAt.toString());
        Map<String, Object> prov = new LinkedHashMap<>();
        c.provenance().forEach((k, v) -> prov.put(k, v.name()));
        m.put("provenance", prov);
        m.put("payload", c.payload());
        if (c.correction() != null) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("correctedEventId", c.correction().correctedEventId().toString());
            cm.put("reason", c.correction().reason());
            m.put("correction", cm);
        }
        m.put("previousHash", previousHash);
        return m;
    }

    /** The body of a recorded event. */
    public static Map<String, Object> body(CustodyEvent e) {
        return body(e.id(), e.sequence(), e.content(), e.recordedAt(), e.previousHash());
    }

    /** The body plus hash, signature (base64) and the site-local time, for export. */
    public static Map<String, Object> export(CustodyEvent e) {
        Map<String, Object> m = body(e);
        m.put("occurredAtSite", e.content().occurredAtSite().toOffsetDateTime().toString()
                + "[" + e.content().siteZone().getId() + "]");
        m.put("hash", e.hash());
        m.put("deviceSignature", java.util.Base64.getEncoder().encodeToString(e.deviceSignature()));
        return m;
    }

    /**
     * Rebuilds an event from its stored body, hash and signature.
     *
     * @throws IllegalArgumentException if the body is not a well-formed event body
     */
    @SuppressWarnings("unchecked")
    public static CustodyEvent parse(String bodyJson, String hash, byte[] deviceSignature) {
        Object tree = CanonicalJson.parse(bodyJson);
        if (!(tree instanceof Map)) {
            throw new IllegalArgumentException("an event body is a JSON object");
        }
        Map<String, Object> m = (Map<String, Object>) tree;
        try {
            List<Din> dins = new ArrayList<>();
            for (Object d : list(m, "dins")) {
                dins.add(Din.parseKeyed((String) d));
            }
            List<Signature> sigs = new ArrayList<>();
            for (Object o : list(m, "signatures")) {
                Map<String, Object> sm = (Map<String, Object>) o;
                sigs.add(new Signature(str(sm, "staffId"), str(sm, "printedName"),
                        SignatureMeaning.valueOf(str(sm, "meaning")), Instant.parse(str(sm, "signedAt"))));
            }
            Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
            ((Map<String, Object>) m.get("provenance")).forEach((k, v) ->
                    prov.put(k, IdentifierProvenance.valueOf((String) v)));
            Map<String, Object> cm = (Map<String, Object>) m.get("correction");
            Correction correction = cm == null ? null
                    : new Correction(UUID.fromString(str(cm, "correctedEventId")), str(cm, "reason"));
            EventContent c = new EventContent(EventType.valueOf(str(m, "type")), CoiId.parseKeyed(str(m, "coi")),
                    dins, (String) m.get("patientId"), party(m.get("from")), party(m.get("to")),
                    Fin.of(str(m, "site")), ZoneId.of(str(m, "siteZone")), str(m, "deviceId"), sigs,
                    Instant.parse(str(m, "occurredAt")), prov, (Map<String, Object>) m.get("payload"), correction);
            return new CustodyEvent(UUID.fromString(str(m, "id")), (Long) m.get("sequence"), c,
                    Instant.parse(str(m, "recordedAt")), str(m, "previousHash"), hash, deviceSignature);
        } catch (ScanDecodeException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid event body: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> party(Party p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", p.role().name());
        m.put("id", p.id());
        m.put("name", p.name());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Party party(Object o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) o;
        return new Party(PartyRole.valueOf(str(m, "role")), str(m, "id"), str(m, "name"));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof String)) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return (String) v;
    }

    private static List<?> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return (List<?>) v;
    }
}
