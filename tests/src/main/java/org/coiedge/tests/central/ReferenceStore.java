package org.coiedge.tests.central;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coiedge.core.ledger.Dataset;

/**
 * Published versions of the reference datasets, every version kept whole. A pull names the version
 * the device holds; the answer holds the changes since then (rows added or changed, keys deleted),
 * or the whole dataset when the device holds none or one the server does not know.
 */
final class ReferenceStore {
    private final CentralDb db;
    private final Clock clock;
    private volatile Set<String> sites = Set.of();
    private volatile boolean sitesPublished;

    ReferenceStore(CentralDb db, Clock clock) throws SQLException {
        this.db = db;
        this.clock = clock;
        refreshSites();
    }

    /** Publishes a version of a dataset unless that version exists already. */
    void publish(Dataset d, long version, Map<String, String> rows) throws SQLException {
        db.tx(c -> {
            if (CentralDb.scalar(c, "SELECT count(*) FROM refdata_version WHERE dataset = ? AND version = ?",
                    d.name(), version) > 0) {
                return null;
            }
            if (version <= latest(c, d)) {
                throw new IllegalArgumentException(d + " version " + version + " is not above the latest published");
            }
            CentralDb.update(c, "INSERT INTO refdata_version (dataset, version, published_at) VALUES (?, ?, ?)",
                    d.name(), version, clock.instant().toString());
            for (Map.Entry<String, String> e : rows.entrySet()) {
                CentralDb.update(c, "INSERT INTO refdata_row (dataset, version, key, value) VALUES (?, ?, ?, ?)",
                        d.name(), version, e.getKey(), e.getValue());
            }
            return null;
        });
        refreshSites();
    }

    private void refreshSites() throws SQLException {
        Map<String, String> s = db.tx(c -> rows(c, Dataset.SITES, latest(c, Dataset.SITES)));
        sitesPublished = db.tx(c -> latest(c, Dataset.SITES)) > 0;
        sites = ConcurrentHashMap.newKeySet();
        sites.addAll(s.keySet());
    }

    /** Whether events may name this site: always, until a site list is published. */
    boolean siteKnown(String fin) {
        return !sitesPublished || sites.contains(fin);
    }

    /** The answer to a pull, or null when the device already holds the latest version (304). */
    ObjectNode pull(Dataset d, Long since, String ifNoneMatch) throws Problem, SQLException {
        return db.tx(c -> {
            long latest = latest(c, d);
            if (latest == 0) {
                return notPublished(d);
            }
            if (("\"" + latest + "\"").equals(ifNoneMatch)) {
                return null;
            }
            ObjectNode out = Exchanges.JSON.createObjectNode();
            out.put("dataset", d.name()).put("version", latest);
            Map<String, String> now = rows(c, d, latest);
            boolean delta = since != null && since < latest && CentralDb.scalar(c, "SELECT count(*) FROM refdata_version"
                    + " WHERE dataset = ? AND version = ?", d.name(), since) > 0;
            Map<String, String> before = delta ? rows(c, d, since) : Map.of();
            out.put("complete", !delta);
            if (delta) {
                out.put("baseVersion", since);
            } else {
                out.putNull("baseVersion");
            }
            ObjectNode rows = out.putObject("rows");
            for (Map.Entry<String, String> e : now.entrySet()) {
                if (!e.getValue().equals(before.get(e.getKey()))) {
                    rows.set(e.getKey(), json(e.getValue()));
                }
            }
            var deleted = out.putArray("deleted");
            before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(deleted::add);
            return out;
        });
    }

    private static ObjectNode notPublished(Dataset d) {
        return Exchanges.JSON.createObjectNode().put("notPublished", d.name());
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return Exchanges.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("stored reference row is not JSON", e);
        }
    }

    private static long latest(Connection c, Dataset d) throws SQLException {
        return CentralDb.scalar(c, "SELECT coalesce(max(version), 0) FROM refdata_version WHERE dataset = ?", d.name());
    }

    private static Map<String, String> rows(Connection c, Dataset d, long version) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        List<Object[]> rs = CentralDb.rows(c, "SELECT key, value FROM refdata_row WHERE dataset = ? AND version = ?"
                + " ORDER BY key", d.name(), version);
        for (Object[] r : rs) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }
}
