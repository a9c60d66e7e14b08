package org.coiedge.ledger.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.coiedge.core.ledger.LedgerException;

/**
 * The benchmark baseline: plain single-row SQLite commits on a connection with exactly the ledger's
 * pragmas (WAL, synchronous=FULL), no hashing, no signing, no indexes.
 */
public final class Baseline {
    private Baseline() {
    }

    /** Inserts {@code rows} rows of {@code bodyBytes} characters, one commit each; returns commits per second. */
    public static double singleRowCommitsPerSecond(Path file, int rows, int bodyBytes) throws LedgerException {
        Db db = new Db(file);
        String body = "x".repeat(bodyBytes);
        try (Connection c = db.connect(false)) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS plain (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plain (body) VALUES (?)")) {
                long start = System.nanoTime();
                for (int i = 0; i < rows; i++) {
                    ps.setString(1, body);
                    ps.executeUpdate();
                    c.commit();
                }
                return rows / ((System.nanoTime() - start) / 1e9);
            }
        } catch (SQLException e) {
            throw db.storage("run the baseline", e);
        }
    }
}
