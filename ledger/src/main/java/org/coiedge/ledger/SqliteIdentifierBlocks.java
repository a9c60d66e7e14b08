package org.coiedge.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.ledger.internal.Nanos;
import org.coiedge.ledger.internal.ReadPool;
import org.coiedge.ledger.internal.Writer;

/**
 * Identifier blocks in the ledger file. Each allocation is a row in an append-only table whose
 * primary key is the number itself, committed (synced) before the number is returned: a number
 * cannot be handed out twice, whatever crashes in between.
 */
final class SqliteIdentifierBlocks implements IdentifierBlocks {
    private static final long DIN_MAX = 999_999L;
    private static final long COI_MAX = 36L * 36 * 36 * 36 * 36 * 36 - 1;

    private final Writer writer;
    private final ReadPool reads;
    private final Clock clock;

    SqliteIdentifierBlocks(Writer writer, ReadPool reads, Clock clock) {
        this.writer = writer;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public void lease(IdentifierKind kind, Fin fin, int year, long first, long last) throws LedgerException {
        long max = kind == IdentifierKind.DIN ? DIN_MAX : COI_MAX;
        if (first < 0 || first > last || last > max || year < 0 || year > 99) {
            throw new LedgerException(LedgerException.Reason.REFUSED, "Block " + first + "-" + last + " for " + kind
                    + " " + fin + " year " + year + " is not valid (numbers 0-" + max + ", year 00-99)");
        }
        writer.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT first, last FROM id_block WHERE kind = ? AND fin = ?"
                    + " AND year = ? AND NOT (last < ? OR first > ?) LIMIT 1")) {
                bind(ps, kind, fin, year);
                ps.setLong(4, first);
                ps.setLong(5, last);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new LedgerException(LedgerException.Reason.REFUSED, "Block " + first + "-" + last
                                + " overlaps block " + rs.getLong(1) + "-" + rs.getLong(2) + " already leased for "
                                + kind + " " + fin + " year " + year + "; ask the central system for a new block");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO id_block (kind, fin, year, first, last,"
                    + " leased_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                bind(ps, kind, fin, year);
                ps.setLong(4, first);
                ps.setLong(5, last);
                ps.setLong(6, Nanos.of(clock.instant()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Din nextDin(Fin fin, int year) throws LedgerException {
        return new Din(fin, year, (int) allocate(IdentifierKind.DIN, fin, year));
    }

    @Override
    public CoiId nextCoi(Fin fin, int year) throws LedgerException {
        String s = Long.toString(allocate(IdentifierKind.COI, fin, year), 36).toUpperCase(java.util.Locale.ROOT);
        return new CoiId(fin, year, "0".repeat(6 - s.length()) + s);
    }

    private long allocate(IdentifierKind kind, Fin fin, int year) throws LedgerException {
        return writer.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT b.block_id, b.first, b.last,"
                    + " (SELECT max(a.value) FROM id_allocation a WHERE a.kind = b.kind AND a.fin = b.fin"
                    + " AND a.year = b.year AND a.value BETWEEN b.first AND b.last)"
                    + " FROM id_block b WHERE b.kind = ? AND b.fin = ? AND b.year = ? ORDER BY b.block_id")) {
                bind(ps, kind, fin, year);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long maxUsed = rs.getLong(4);
                        long next = rs.wasNull() ? rs.getLong(2) : maxUsed + 1;
                        if (next <= rs.getLong(3)) {
                            insertAllocation(c, kind, fin, year, next, rs.getLong(1));
                            return next;
                        }
                    }
                }
            }
            throw new LedgerException(LedgerException.Reason.EXHAUSTED, "No " + kind + " numbers left for " + fin
                    + " year " + year + ": connect to the central system to lease a new block");
        });
    }

    private void insertAllocation(Connection c, IdentifierKind kind, Fin fin, int year, long value, long block)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO id_allocation (kind, fin, year, value, block_id,"
                + " allocated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            bind(ps, kind, fin, year);
            ps.setLong(4, value);
            ps.setLong(5, block);
            ps.setLong(6, Nanos.of(clock.instant()));
            ps.executeUpdate();
        }
    }

    @Override
    public long remaining(IdentifierKind kind, Fin fin, int year) throws LedgerException {
        return reads.read("count identifiers", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(b.last - b.first + 1), 0)"
                    + " - (SELECT count(*) FROM id_allocation a WHERE a.kind = ? AND a.fin = ? AND a.year = ?)"
                    + " FROM id_block b WHERE b.kind = ? AND b.fin = ? AND b.year = ?")) {
                bind(ps, kind, fin, year);
                ps.setString(4, kind.name());
                ps.setString(5, fin.value());
                ps.setInt(6, year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, IdentifierKind kind, Fin fin, int year) throws SQLException {
        ps.setString(1, kind.name());
        ps.setString(2, fin.value());
        ps.setInt(3, year);
    }
}
