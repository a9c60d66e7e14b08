package org.coiedge.tests.central;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reference central server's SQLite file (WAL, synchronous=FULL): one connection, used under
 * one lock, each write a transaction. Simple rather than fast: the server's throughput comes from
 * batching and from verifying signatures outside the lock.
 */
final class CentralDb implements AutoCloseable {
    /** Work done under the lock in one transaction. */
    interface Tx<T> {
        T run(Connection c) throws SQLException;
    }

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS enrolment_code (code TEXT PRIMARY KEY, site TEXT NOT NULL, uses_left INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS device (device_id TEXT PRIMARY KEY, public_key BLOB NOT NULL, site TEXT NOT NULL,"
                + " token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL, head_sequence INTEGER NOT NULL,"
                + " head_hash TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS event (server_seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE,"
                + " device_id TEXT NOT NULL, sequence INTEGER NOT NULL, coi TEXT NOT NULL, hash TEXT NOT NULL,"
                + " body TEXT NOT NULL, signature TEXT NOT NULL, received_at TEXT NOT NULL, UNIQUE (device_id, sequence))",
        "CREATE INDEX IF NOT EXISTS event_by_coi ON event (coi, server_seq)",
        "CREATE TABLE IF NOT EXISTS rejection (event_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, sequence INTEGER,"
                + " claimed_hash TEXT, code TEXT NOT NULL, reason TEXT NOT NULL, holds_position INTEGER NOT NULL,"
                + " body TEXT, signature TEXT, received_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS refdata_version (dataset TEXT NOT NULL, version INTEGER NOT NULL,"
                + " published_at TEXT NOT NULL, PRIMARY KEY (dataset, version))",
        "CREATE TABLE IF NOT EXISTS refdata_row (dataset TEXT NOT NULL, version INTEGER NOT NULL, key TEXT NOT NULL,"
                + " value TEXT NOT NULL, PRIMARY KEY (dataset, version, key))",
        "CREATE TABLE IF NOT EXISTS id_block (request_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, kind TEXT NOT NULL,"
                + " fin TEXT NOT NULL, year INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,"
                + " leased_at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS id_block_by_series ON id_block (kind, fin, year, last)",
    };

    private final Connection conn;
    private final ReentrantLock lock = new ReentrantLock();

    CentralDb(Path file) throws SQLException {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        conn = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = conn.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            for (String ddl : SCHEMA) {
                s.execute(ddl);
            }
        }
        conn.setAutoCommit(false);
        conn.commit();
    }

    <T> T tx(Tx<T> work) throws SQLException {
        lock.lock();
        try {
            try {
                T r = work.run(conn);
                conn.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    static long scalar(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** Every row as an array of column values. */
    static List<Object[]> rows(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            List<Object[]> out = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                out.add(row);
            }
            return out;
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            conn.close();
        } finally {
            lock.unlock();
        }
    }
}
