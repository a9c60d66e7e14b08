package org.coiedge.tests.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.coiedge.core.ledger.Dataset;

/**
 * The reference implementation of the central chain API v1 (the OpenAPI document in sync-client)
 * on the JDK's HTTP server and SQLite: enrolment, chain upload with hash, link and signature
 * checks, reads by COI and by device, reference data with deltas, identifier block leases, server
 * time. For tests and for trying a kiosk against a central system; not a production server.
 *
 * <p>Thread-safe: requests are served by a small pool; the database is used under one lock.
 */
public final class CentralServer implements AutoCloseable {
    /** One accepted event as stored, for assertions. */
    public record StoredEvent(long serverSequence, String eventId, long sequence) {
    }

    static {
        // Answers go out as head and body in two writes; without TCP_NODELAY the body waits for a
        // delayed ACK (about 40 ms) and every small request looks slow.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer http;
    private final ExecutorService pool;
    private final CentralDb db;
    private final Devices devices;
    private final ReferenceStore reference;
    private final Routes routes;
    private final String scheme;

    private CentralServer(HttpServer http, String scheme, Path dbFile, Seed seed, Clock clock) throws IOException {
        this.http = http;
        this.scheme = scheme;
        try {
            this.db = new CentralDb(dbFile);
            this.devices = new Devices(db, clock);
            devices.seed(seed.enrolmentCodes());
            this.reference = new ReferenceStore(db, clock);
            for (Map.Entry<Dataset, List<Seed.DatasetVersion>> e : seed.referenceData().entrySet()) {
                for (Seed.DatasetVersion v : e.getValue()) {
                    reference.publish(e.getKey(), v.version(), v.rows());
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot open the central database " + dbFile + ": " + e.getMessage(), e);
        }
        Chains chains = new Chains(db, clock, reference::siteKnown);
        this.routes = new Routes(clock, devices, chains, reference, new BlockStore(db, clock, seed.blockSizes()), seed);
        this.pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "reference-central");
            t.setDaemon(true);
            return t;
        });
        http.createContext("/v1/", routes::handle);
        http.setExecutor(pool);
        http.start();
    }

    /** Starts on loopback; port 0 picks a free port. */
    public static CentralServer start(int port, Path dbFile, Seed seed, Clock clock) throws IOException {
        return new CentralServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64),
                "http", dbFile, seed, clock);
    }

    /** Starts HTTPS on loopback with the given TLS context. */
    public static CentralServer startTls(int port, Path dbFile, Seed seed, Clock clock, SSLContext tls) throws IOException {
        HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        s.setHttpsConfigurator(new HttpsConfigurator(tls));
        return new CentralServer(s, "https", dbFile, seed, clock);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The base URL, without {@code /v1}. */
    public String url() {
        return scheme + "://127.0.0.1:" + port();
    }

    /** Publishes a new version of a dataset (the whole dataset as it now stands). */
    public void publish(Dataset d, long version, Map<String, String> rows) throws SQLException {
        reference.publish(d, version, rows);
    }

    /** Revokes a device's token: its next call gets 401. */
    public void revoke(String deviceId) throws SQLException {
        devices.revoke(deviceId);
    }

    /** The accepted events of a device, in server order. */
    public List<StoredEvent> events(String deviceId) throws SQLException {
        return db.tx(c -> {
            List<StoredEvent> out = new ArrayList<>();
            for (Object[] r : CentralDb.rows(c, "SELECT server_seq, event_id, sequence FROM event WHERE device_id = ?"
                    + " ORDER BY server_seq", deviceId)) {
                out.add(new StoredEvent(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()));
            }
            return out;
        });
    }

    /** The refusals recorded for a device, as the API lists them. */
    public JsonNode rejections(String deviceId) throws SQLException {
        return routes.chains().rejections(deviceId);
    }

    /** A device's record as the API shows it. */
    public ObjectNode device(String deviceId) throws Exception {
        return devices.info(deviceId);
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        }
    }
}
