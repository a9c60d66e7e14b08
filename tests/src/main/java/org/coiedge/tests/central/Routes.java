package org.coiedge.tests.central;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coiedge.core.ledger.Dataset;

/** Dispatches {@code /v1/...} requests to the parts of the reference server; answers problems as JSON. */
final class Routes {
    private final Clock clock;
    private final Devices devices;
    private final Chains chains;
    private final ReferenceStore reference;
    private final BlockStore blocks;
    private final Seed seed;

    Routes(Clock clock, Devices devices, Chains chains, ReferenceStore reference, BlockStore blocks, Seed seed) {
        this.clock = clock;
        this.devices = devices;
        this.chains = chains;
        this.reference = reference;
        this.blocks = blocks;
        this.seed = seed;
    }

    Chains chains() {
        return chains;
    }

    void handle(HttpExchange ex) throws IOException {
        try {
            route(ex);
        } catch (Problem p) {
            Exchanges.problem(ex, clock, p);
        } catch (SQLException | RuntimeException e) {
            Exchanges.problem(ex, clock, new Problem(500, "SERVER_ERROR", "the reference server failed: " + e));
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex) throws Problem, SQLException, IOException {
        String method = ex.getRequestMethod();
        String[] p = ex.getRequestURI().getPath().substring("/v1/".length()).split("/");
        Map<String, String> q = query(ex.getRequestURI());
        if (match(p, "time") && method.equals("GET")) {
            Exchanges.sendJson(ex, clock, 200, Exchanges.JSON.createObjectNode().put("serverTime", clock.instant().toString()));
        } else if (match(p, "enrolments") && method.equals("POST")) {
            Exchanges.sendJson(ex, clock, 201, devices.enrol(Exchanges.readJson(ex, 64 * 1024)));
        } else if (match(p, "devices", "*", "events") && method.equals("POST")) {
            Devices.Device d = devices.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
            if (!d.deviceId().equals(p[1])) {
                throw new Problem(403, "WRONG_DEVICE", "device " + d.deviceId() + " may upload only its own chain, not "
                        + p[1]);
            }
            JsonNode req = Exchanges.readJson(ex, seed.maxBatchBytes());
            Exchanges.sendJson(ex, clock, 200, chains.upload(d, req, seed.maxBatchEvents()));
        } else if (match(p, "devices", "*", "events") && method.equals("GET")) {
            devices.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
            long after = number(q, "afterSequence", 0);
            long limit = Math.min(number(q, "limit", 500), 5000);
            sendEvents(ex, "device_id = ? AND sequence > ? ORDER BY sequence LIMIT ?", p[1], after, limit);
        } else if (match(p, "devices", "*", "rejections") && method.equals("GET")) {
            devices.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
            ObjectNode out = Exchanges.JSON.createObjectNode().put("deviceId", p[1]);
            out.set("rejections", chains.rejections(p[1]));
            Exchanges.sendJson(ex, clock, 200, out);
        } else if (match(p, "devices", "*") && method.equals("GET")) {
            devices.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
            Exchanges.sendJson(ex, clock, 200, devices.info(p[1]));
        } else if (match(p, "cois", "*", "events") && method.equals("GET")) {
            devices.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
            sendEvents(ex, "coi = ? ORDER BY server_seq", p[1]);
        } else if (match(p, "reference", "*") && method.equals("GET")) {
            devices.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
            pullReference(ex, p[1], q);
        } else if (match(p, "identifier-blocks") && method.equals("POST")) {
            Devices.Device d = devices.authenticate(ex.getRequestHeaders().getFirst("Authorization"));
            Object[] r = blocks.lease(d, Exchanges.readJson(ex, 64 * 1024));
            Exchanges.sendJson(ex, clock, (Boolean) r[1] ? 201 : 200, (JsonNode) r[0]);
        } else {
            throw new Problem(404, "NO_SUCH_OPERATION", method + " " + ex.getRequestURI().getPath()
                    + " is not part of the central API v1");
        }
    }

    private void pullReference(HttpExchange ex, String name, Map<String, String> q) throws Problem, SQLException,
            IOException {
        Dataset d;
        try {
            d = Dataset.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new Problem(404, "UNKNOWN_DATASET", "there is no dataset " + name);
        }
        Long since = q.containsKey("since") ? number(q, "since", 0) : null;
        ObjectNode out = reference.pull(d, since, ex.getRequestHeaders().getFirst("If-None-Match"));
        if (out != null && out.has("notPublished")) {
            throw new Problem(404, "NOT_PUBLISHED", d + " has not been published yet");
        }
        if (out == null) {
            Exchanges.send(ex, clock, 304, null, null);
            return;
        }
        String etag = "\"" + out.path("version").asLong() + "\"";
        Exchanges.send(ex, clock, 200, Exchanges.JSON.writeValueAsBytes(out), etag);
    }

    private void sendEvents(HttpExchange ex, String where, Object... args) throws SQLException, IOException {
        List<String[]> rows = chains.read(where, args);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(rows.size() * 900 + 32);
        try (JsonGenerator g = Exchanges.JSON.getFactory().createGenerator(buf)) {
            g.writeStartObject();
            g.writeArrayFieldStart("events");
            for (String[] r : rows) {
                g.writeStartObject();
                g.writeNumberField("serverSequence", Long.parseLong(r[0]));
                g.writeFieldName("body");
                g.writeRawValue(r[1]);
                g.writeStringField("hash", r[2]);
                g.writeStringField("signature", r[3]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        Exchanges.send(ex, clock, 200, buf.toByteArray(), null);
    }

    private static boolean match(String[] path, String... pattern) {
        if (path.length != pattern.length) {
            return false;
        }
        for (int i = 0; i < path.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(path[i]) || path[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String kv : raw.split("&")) {
                int i = kv.indexOf('=');
                if (i > 0) {
                    out.put(kv.substring(0, i), java.net.URLDecoder.decode(kv.substring(i + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static long number(Map<String, String> q, String name, long dflt) throws Problem {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new Problem(400, "MALFORMED_REQUEST", name + " must be a whole number");
        }
    }
}
