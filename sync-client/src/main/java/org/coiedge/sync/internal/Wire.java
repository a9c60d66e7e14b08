package org.coiedge.sync.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.coiedge.core.event.CanonicalJson;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.sync.SignedEvents;
import org.coiedge.sync.CentralException;
import org.coiedge.sync.CentralException.Failure;
import org.coiedge.sync.ChainBreak;
import org.coiedge.sync.DeviceInfo;
import org.coiedge.sync.EventOutcome;
import org.coiedge.sync.IdentifierLease;
import org.coiedge.sync.ReferenceUpdate;
import org.coiedge.sync.UploadResult;

/** The JSON of the central API's requests and answers (see the OpenAPI document). Stateless. */
public final class Wire {
    private Wire() {
    }

    /** One uploaded event: {@code {"body":<canonical body>,"hash":…,"signature":…}}, as UTF-8. */
    public static byte[] eventItem(CustodyEvent e) {
        String s = "{\"body\":" + SignedEvents.canonicalBody(e) + ",\"hash\":\"" + e.hash() + "\",\"signature\":\""
                + SignedEvents.signatureText(e) + "\"}";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The upload request {@code {"events":[…]}} from serialized items. */
    public static byte[] uploadBody(List<byte[]> items, int count) {
        int size = 12;
        for (int i = 0; i < count; i++) {
            size += items.get(i).length + 1;
        }
        byte[] out = new byte[size];
        int p = put(out, 0, "{\"events\":[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out[p++] = ',';
            }
            byte[] it = items.get(i);
            System.arraycopy(it, 0, out, p, it.length);
            p += it.length;
        }
        p = put(out, p, "]}");
        return java.util.Arrays.copyOf(out, p);
    }

    public static byte[] uploadBody(List<CustodyEvent> events) {
        List<byte[]> items = new ArrayList<>(events.size());
        events.forEach(e -> items.add(eventItem(e)));
        return uploadBody(items, items.size());
    }

    private static int put(byte[] out, int p, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            out[p++] = (byte) ascii.charAt(i);
        }
        return p;
    }

    public static byte[] bytes(JsonNode n) {
        try {
            return Http.JSON.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    public static UploadResult uploadResult(JsonNode a, String where) throws CentralException {
        List<EventOutcome> out = new ArrayList<>();
        for (JsonNode r : a.path("results")) {
            UUID id = uuid(r, "eventId", where);
            String status = text(r, "status", where);
            switch (status) {
                case "accepted":
                    out.add(new EventOutcome.Accepted(id, positive(r, "serverSequence", where)));
                    break;
                case "duplicate":
                    out.add(new EventOutcome.Duplicate(id, positive(r, "serverSequence", where)));
                    break;
                case "rejected":
                    out.add(new EventOutcome.Rejected(id, text(r, "code", where), text(r, "reason", where),
                            r.path("holdsPosition").asBoolean(false)));
                    break;
                default:
                    throw protocol(where, "an upload result has the unknown status '" + status + "'");
            }
        }
        JsonNode b = a.path("chainBreak");
        if (b.isMissingNode() || b.isNull()) {
            return new UploadResult(out, java.util.Optional.empty());
        }
        JsonNode exp = b.path("expected");
        return new UploadResult(out, java.util.Optional.of(new ChainBreak(uuid(b, "eventId", where),
                b.path("sequence").asLong(), exp.path("sequence").asLong(), text(exp, "previousHash", where),
                text(b, "reason", where))));
    }

    public static ReferenceUpdate referenceUpdate(Dataset dataset, JsonNode a, String where) throws CentralException {
        Map<String, String> rows = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = a.path("rows").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                rows.put(e.getKey(), CanonicalJson.write(CanonicalJson.parse(e.getValue().toString())));
            } catch (IllegalArgumentException bad) {
                throw protocol(where, dataset + " row '" + e.getKey() + "' is not usable JSON: " + bad.getMessage());
            }
        }
        List<String> deleted = new ArrayList<>();
        a.path("deleted").forEach(d -> deleted.add(d.asText()));
        JsonNode base = a.path("baseVersion");
        return new ReferenceUpdate.Changes(dataset, positive(a, "version", where),
                base.isIntegralNumber() ? OptionalLong.of(base.asLong()) : OptionalLong.empty(),
                a.path("complete").asBoolean(false), rows, deleted);
    }

    public static IdentifierLease lease(JsonNode a, String where) throws CentralException {
        try {
            return new IdentifierLease(IdentifierKind.valueOf(text(a, "kind", where)), Fin.of(text(a, "fin", where)),
                    a.path("year").asInt(-1), a.path("first").asLong(-1), a.path("last").asLong(-1));
        } catch (IllegalArgumentException e) {
            throw protocol(where, "an identifier block answer is not valid: " + e.getMessage());
        }
    }

    public static DeviceInfo device(JsonNode a, String where) throws CentralException {
        try {
            JsonNode head = a.path("head");
            return new DeviceInfo(text(a, "deviceId", where),
                    Ed25519.publicKey(Base64.getDecoder().decode(text(a, "publicKey", where))), text(a, "site", where),
                    head.path("sequence").asLong(0), head.path("hash").asText(""));
        } catch (IllegalArgumentException e) {
            throw protocol(where, "a device answer is not valid: " + e.getMessage());
        }
    }

    public static String text(JsonNode n, String field, String where) throws CentralException {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw protocol(where, "'" + field + "' is missing from its answer");
        }
        return v.asText();
    }

    public static Instant instant(JsonNode n, String field, String where) throws CentralException {
        try {
            return Instant.parse(text(n, field, where));
        } catch (DateTimeParseException e) {
            throw protocol(where, "'" + field + "' is not an ISO-8601 instant");
        }
    }

    private static long positive(JsonNode n, String field, String where) throws CentralException {
        JsonNode v = n.path(field);
        if (!v.isIntegralNumber() || v.asLong() < 1) {
            throw protocol(where, "'" + field + "' is missing or not a positive integer");
        }
        return v.asLong();
    }

    private static UUID uuid(JsonNode n, String field, String where) throws CentralException {
        try {
            return UUID.fromString(text(n, field, where));
        } catch (IllegalArgumentException e) {
            throw protocol(where, "'" + field + "' is not a UUID");
        }
    }

    private static CentralException protocol(String where, String what) {
        return new CentralException(Failure.PROTOCOL, "Central system at " + where + " broke the contract: " + what
                + ". Report it to the central system's operators.", null);
    }
}
