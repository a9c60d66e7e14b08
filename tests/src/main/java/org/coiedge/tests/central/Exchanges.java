package org.coiedge.tests.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reading requests and writing answers: JSON, gzip both ways, a {@code Date} header on every answer. */
final class Exchanges {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int GZIP_ANSWERS_ABOVE = 8 * 1024;

    private Exchanges() {
    }

    static JsonNode readJson(HttpExchange ex, int maxBytes) throws Problem, IOException {
        InputStream in = ex.getRequestBody();
        if ("gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in, 8192);
        }
        byte[] body = readAtMost(in, maxBytes);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new Problem(400, "MALFORMED_REQUEST", "the request is not JSON: " + e.getMessage());
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException, Problem {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                throw new Problem(413, "TOO_LARGE", "the request is larger than " + max + " bytes: send smaller batches");
            }
        }
        return out.toByteArray();
    }

    static void send(HttpExchange ex, Clock clock, int status, byte[] body, String etag) throws IOException {
        ex.getResponseHeaders().set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)));
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (body.length > GZIP_ANSWERS_ABOVE && accept != null && accept.contains("gzip")) {
            ByteArrayOutputStream z = new ByteArrayOutputStream(body.length / 4);
            try (GZIPOutputStream gz = new GZIPOutputStream(z)) {
                gz.write(body);
            }
            body = z.toByteArray();
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        ex.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void sendJson(HttpExchange ex, Clock clock, int status, JsonNode n) throws IOException {
        send(ex, clock, status, JSON.writeValueAsBytes(n), null);
    }

    static void problem(HttpExchange ex, Clock clock, Problem p) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "about:blank");
        n.put("title", title(p.status));
        n.put("status", p.status);
        n.put("code", p.code);
        n.put("detail", p.getMessage());
        send(ex, clock, p.status, JSON.writeValueAsBytes(n), null);
    }

    private static String title(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 409: return "Conflict";
            case 413: return "Payload Too Large";
            case 422: return "Unprocessable Content";
            default: return "Error";
        }
    }
}
