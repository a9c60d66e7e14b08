package org.coiedge.ledger.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coiedge.core.ledger.LedgerException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens SQLite connections with the ledger's pragmas and brings the schema up to date. */
public final class Db {
    /** Held so the level set below is not lost when the JDK drops an unreferenced logger. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private final Path file;
    private final String url;

    Db(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** The pragmas every connection gets: WAL, synchronous=FULL (every commit synced), busy wait. */
    static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig c = new SQLiteConfig();
        c.setJournalMode(SQLiteConfig.JournalMode.WAL);
        c.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        c.setBusyTimeout(30_000);
        c.setReadOnly(readOnly);
        return c;
    }

    /** Opens (creating if needed) the ledger file and applies pending migrations. */
    public static Db openAndMigrate(Path file) throws LedgerException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE,
                    "Cannot create the folder for ledger " + file + ": " + e.getMessage(), e);
        }
        Db db = new Db(file);
        FLYWAY_LOG.setLevel(Level.WARNING);
        SQLiteDataSource ds = new SQLiteDataSource(config(false));
        ds.setUrl(db.url);
        try {
            Flyway.configure(Db.class.getClassLoader()).dataSource(ds)
                    .locations("classpath:org/coiedge/ledger/migration")
                    .load().migrate();
        } catch (FlywayException e) {
            throw new LedgerException(LedgerException.Reason.STORAGE,
                    "Cannot prepare ledger " + file + " (is it a coi-edge ledger, and writable?): " + e.getMessage(), e);
        }
        return db;
    }

    /** Opens an existing ledger file for reading only, without migrating it. */
    public static Db openExisting(Path file) throws LedgerException {
        if (!Files.isRegularFile(file)) {
            throw new LedgerException(LedgerException.Reason.STORAGE,
                    "No ledger at " + file + ": check the --db path");
        }
        Db db = new Db(file);
        try (Connection c = db.connect(true);
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('event', 'device')")) {
            if (rs.next() && rs.getInt(1) == 2) {
                return db;
            }
        } catch (SQLException | LedgerException notSqlite) {
            // reported below
        }
        throw new LedgerException(LedgerException.Reason.STORAGE,
                file + " is not a coi-edge ledger: check the --db path");
    }

    public Path file() {
        return file;
    }

    public Connection connect(boolean readOnly) throws LedgerException {
        try {
            Connection c = config(readOnly).createConnection(url);
            return c;
        } catch (SQLException e) {
            throw storage("open", e);
        }
    }

    public LedgerException storage(String action, SQLException e) {
        return new LedgerException(LedgerException.Reason.STORAGE,
                "Ledger " + file + ": cannot " + action + " (" + e.getMessage() + ")", e);
    }
}
