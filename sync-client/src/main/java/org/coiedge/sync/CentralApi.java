package org.coiedge.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.sync.DeviceCredentials;
import org.coiedge.core.sync.EnrolmentProof;
import org.coiedge.core.sync.SignedEvents;
import org.coiedge.sync.CentralException.Failure;
import org.coiedge.sync.internal.Http;
import org.coiedge.sync.internal.Wire;

/**
 * The central chain API, version 1 ({@code central-v1.openapi.yaml} beside this class), over OkHttp.
 *
 * <p><b>Threading.</b> Thread-safe; every method blocks the calling thread for at most the
 * configured call timeout. Never call it on the FX thread.
 *
 * <p><b>Failures.</b> Every method throws {@link CentralException}, whose {@link CentralException#failure()}
 * says whether to retry (unreachable, timeout, server error, throttled), stop (credentials refused)
 * or report (refused, protocol, TLS), and whose message says what to do. Events read from the
 * central chain are verified against their device's enrolled key before they are returned.
 */
public final class CentralApi {
    private final Http http;
    private final Clock clock;
    private final Map<String, DeviceInfo> devices = new ConcurrentHashMap<>();

    /** A client without credentials, enough for {@link #enrol} and {@link #time}. */
    public CentralApi(CentralConfig config, Clock clock) {
        this.http = new Http(config, clock);
        this.clock = clock;
    }

    /** A client presenting the device's credentials. */
    public CentralApi(CentralConfig config, DeviceCredentials credentials, Clock clock) {
        this(config, clock);
        http.bearer(credentials.token());
    }

    /** The central system's address, as configured. */
    public String where() {
        return http.where();
    }

    /**
     * Enrols this device with a one-time code: registers its public key (proving it holds the
     * private key) and returns its credentials, to be kept with the device key. The client then
     * presents them on every call.
     */
    public DeviceCredentials enrol(String code, DeviceSigner signer) throws CentralException {
        ObjectNode req = Http.JSON.createObjectNode();
        req.put("code", code);
        req.put("deviceId", signer.deviceId());
        req.put("publicKey", Base64.getEncoder().encodeToString(signer.publicKey().getEncoded()));
        req.put("proof", Base64.getEncoder().encodeToString(signer.sign(EnrolmentProof.message(code, signer.deviceId()))));
        JsonNode a;
        try {
            a = http.post(http.url("enrolments").build(), Wire.bytes(req), "the enrolment").body();
        } catch (CentralException e) {
            if (e.failure() != Failure.AUTH_FAILED && e.failure() != Failure.REFUSED) {
                throw e;
            }
            throw new CentralException(Failure.REFUSED, "Central system at " + where() + " refused the enrolment ("
                    + e.httpStatus() + e.code().map(c -> " " + c).orElse("") + "): the code is unknown, already used"
                    + " or not for this device. Ask the central system's administrator for a new code.", e,
                    e.httpStatus(), e.code().orElse(null), null);
        }
        DeviceCredentials c = new DeviceCredentials(http.where(), Wire.text(a, "deviceId", where()), Wire.text(a, "site", where()),
                Wire.text(a, "token", where()));
        if (!c.deviceId().equals(signer.deviceId())) {
            throw new CentralException(Failure.PROTOCOL, "Central system at " + where() + " enrolled this device as "
                    + c.deviceId() + ", but its key says " + signer.deviceId() + ": report it to its operators.", null);
        }
        http.bearer(c.token());
        return c;
    }

    /** The server's clock, read in one round trip. */
    public ServerTime time() throws CentralException {
        Instant sent = clock.instant();
        JsonNode a = http.get(http.url("time").build(), null, "reading the server time").body();
        Instant received = clock.instant();
        return new ServerTime(Wire.instant(a, "serverTime", where()), sent, received);
    }

    /** Uploads events of this device, in chain order, as one batch. */
    public UploadResult upload(String deviceId, List<CustodyEvent> events) throws CentralException {
        return upload(deviceId, Wire.uploadBody(events), events.size());
    }

    /** Uploads a batch already serialized by {@link Wire#uploadBody}. */
    UploadResult upload(String deviceId, byte[] body, int events) throws CentralException {
        JsonNode a = http.post(http.url("devices", deviceId, "events").build(), body,
                "the upload of " + events + " events").body();
        return Wire.uploadResult(a, where());
    }

    /** Uploads a serialized batch without blocking; the future fails with a {@link CentralException}. */
    CompletableFuture<UploadResult> uploadAsync(String deviceId, byte[] body, int events) {
        String where = where();
        return http.postAsync(http.url("devices", deviceId, "events").build(), body, "the upload of " + events + " events")
                .thenApply(a -> {
                    try {
                        return Wire.uploadResult(a.body(), where);
                    } catch (CentralException e) {
                        throw new CompletionException(e);
                    }
                });
    }

    /** Pulls a dataset: only the changes since {@code since} when given, 304 when already current. */
    public ReferenceUpdate reference(Dataset dataset, OptionalLong since) throws CentralException {
        HttpUrl.Builder u = http.url("reference", dataset.name());
        since.ifPresent(v -> u.addQueryParameter("since", Long.toString(v)));
        try {
            Http.Answer a = http.get(u.build(), since.isPresent() ? "\"" + since.getAsLong() + "\"" : null,
                    "the reference data pull of " + dataset);
            if (a.status() == 304) {
                return new ReferenceUpdate.NotModified(dataset);
            }
            return Wire.referenceUpdate(dataset, a.body(), where());
        } catch (CentralException e) {
            if (e.httpStatus() == 404 && e.code().filter("NOT_PUBLISHED"::equals).isPresent()) {
                return new ReferenceUpdate.NotPublished(dataset);
            }
            throw e;
        }
    }

    /**
     * Leases a block of identifier numbers. Sending the same {@code requestId} again (after a lost
     * answer) returns the same block, so a retry never wastes one.
     */
    public IdentifierLease lease(UUID requestId, IdentifierKind kind, Fin fin, int year) throws CentralException {
        ObjectNode req = Http.JSON.createObjectNode();
        req.put("requestId", requestId.toString());
        req.put("kind", kind.name());
        req.put("fin", fin.value());
        req.put("year", year);
        JsonNode a = http.post(http.url("identifier-blocks").build(), Wire.bytes(req),
                "the lease of a " + kind + " block for " + fin.value()).body();
        return Wire.lease(a, where());
    }

    /** A device as the central system knows it (cached: an enrolled key does not change). */
    public DeviceInfo device(String deviceId) throws CentralException {
        DeviceInfo known = devices.get(deviceId);
        if (known != null) {
            return known;
        }
        JsonNode a = http.get(http.url("devices", deviceId).build(), null, "reading device " + deviceId).body();
        DeviceInfo d = Wire.device(a, where());
        devices.put(deviceId, d);
        return d;
    }

    /** The head of a device's chain as the central chain holds it now (not cached). */
    public DeviceInfo deviceHead(String deviceId) throws CentralException {
        devices.remove(deviceId);
        return device(deviceId);
    }

    /** Every event of a chain of identity, from all devices, in the central chain's order; each verified. */
    public List<CentralEvent> eventsForCoi(CoiId coi) throws CentralException {
        JsonNode a = http.get(http.url("cois", coi.value(), "events").build(), null,
                "reading the events of " + coi.value()).body();
        return verified(a.path("events"));
    }

    /** Up to {@code limit} events of one device after its chain position {@code afterSequence}; each verified. */
    public List<CentralEvent> deviceEvents(String deviceId, long afterSequence, int limit) throws CentralException {
        HttpUrl url = http.url("devices", deviceId, "events").addQueryParameter("afterSequence",
                Long.toString(afterSequence)).addQueryParameter("limit", Integer.toString(limit)).build();
        JsonNode a = http.get(url, null, "reading the events of device " + deviceId).body();
        return verified(a.path("events"));
    }

    private List<CentralEvent> verified(JsonNode events) throws CentralException {
        List<CentralEvent> out = new ArrayList<>();
        for (JsonNode n : events) {
            String device = n.path("body").path("deviceId").asText("");
            DeviceInfo d = device(device);
            SignedEvents.Outcome o = SignedEvents.check(n.path("body").toString(), n.path("hash").asText(null),
                    n.path("signature").asText(null), d.publicKey());
            if (o instanceof SignedEvents.Refused) {
                throw new CentralException(Failure.PROTOCOL, "Central system at " + where() + " returned an event"
                        + " that does not verify (" + ((SignedEvents.Refused) o).detail() + "). Do not rely on it;"
                        + " report it to the central system's operators.", null);
            }
            out.add(new CentralEvent(n.path("serverSequence").asLong(), ((SignedEvents.Authentic) o).event()));
        }
        return out;
    }
}
