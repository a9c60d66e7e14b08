package org.coiedge.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.coiedge.core.event.CanonicalJson;
import org.coiedge.core.event.EventType;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.ledger.internal.Nanos;
import org.coiedge.ledger.internal.ReadPool;
import org.coiedge.ledger.internal.Writer;

/**
 * Reference data in the ledger file. Every version's rows are kept; readers select the highest
 * applied version in the same statement, so a version is seen whole or not at all.
 */
final class SqliteReferenceData implements ReferenceDataCache {
    private static final String CURRENT =
            "(SELECT max(version) FROM refdata_version WHERE dataset = ?)";

    private final Writer writer;
    private final ReadPool reads;
    private final Clock clock;

    SqliteReferenceData(Writer writer, ReadPool reads, Clock clock) {
        this.writer = writer;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public void apply(Dataset dataset, long version, Map<String, String> rows) throws LedgerException {
        for (Map.Entry<String, String> e : rows.entrySet()) {
            try {
                CanonicalJson.parse(e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new LedgerException(LedgerException.Reason.REFUSED, dataset + " version " + version + ", row '"
                        + e.getKey() + "': " + bad.getMessage() + "; the dataset was not applied");
            }
        }
        writer.run(c -> {
            OptionalLong current = version(c, dataset);
            if (current.isPresent() && current.getAsLong() >= version) {
                throw new LedgerException(LedgerException.Reason.REFUSED, dataset + " version " + version
                        + " is not newer than version " + current.getAsLong() + " already in use; nothing was changed");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO refdata_row (dataset, version, key, value) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> e : rows.entrySet()) {
                    ps.setString(1, dataset.name());
                    ps.setLong(2, version);
                    ps.setString(3, e.getKey());
                    ps.setString(4, e.getValue());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO refdata_version"
                    + " (dataset, version, applied_at, row_count) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, dataset.name());
                ps.setLong(2, version);
                ps.setLong(3, Nanos.of(clock.instant()));
                ps.setInt(4, rows.size());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static OptionalLong version(Connection c, Dataset dataset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(version) FROM refdata_version WHERE dataset = ?")) {
            ps.setString(1, dataset.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
            }
        }
    }

    @Override
    public OptionalLong version(Dataset dataset) throws LedgerException {
        return reads.read("read reference data", c -> version(c, dataset));
    }

    @Override
    public Optional<String> lookup(Dataset dataset, String key) throws LedgerException {
        return reads.read("read reference data", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM refdata_row WHERE dataset = ?"
                    + " AND key = ? AND version = " + CURRENT)) {
                ps.setString(1, dataset.name());
                ps.setString(2, key);
                ps.setString(3, dataset.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public Map<String, String> rows(Dataset dataset) throws LedgerException {
        return reads.read("read reference data", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM refdata_row WHERE dataset = ?"
                    + " AND version = " + CURRENT + " ORDER BY key")) {
                ps.setString(1, dataset.name());
                ps.setString(2, dataset.name());
                Map<String, String> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<EventType> resolveStep(String name) throws LedgerException {
        try {
            return Optional.of(EventType.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notCanonical) {
            Optional<String> alias = lookup(Dataset.STEP_ALIASES, name.trim());
            if (alias.isEmpty()) {
                return Optional.empty();
            }
            Object v = CanonicalJson.parse(alias.get());
            try {
                return Optional.of(EventType.valueOf(String.valueOf(v)));
            } catch (IllegalArgumentException badAlias) {
                throw new LedgerException(LedgerException.Reason.REFUSED, "Step alias '" + name + "' maps to '" + v
                        + "', which is not a canonical event type: correct the STEP_ALIASES reference data");
            }
        }
    }
}
