package org.coiedge.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.testing.TestClock;
import org.coiedge.ledger.keys.DeviceKeyStore;

/** A ledger in a temporary folder with a hand-driven clock. */
final class LedgerFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    final Path db;
    final TestClock clock = new TestClock(T0);
    final DeviceSigner signer;
    SqliteLedger ledger;

    LedgerFixture(Path dir) throws LedgerException {
        this.db = dir.resolve("ledger.db");
        var keys = Ed25519.generate();
        this.signer = Ed25519.signer(DeviceKeyStore.deviceId(keys.getPublic()), keys);
        this.ledger = SqliteLedger.open(db, signer, clock);
    }

    String device() {
        return signer.deviceId();
    }

    void reopen() throws LedgerException {
        ledger.close();
        ledger = SqliteLedger.open(db, signer, clock);
    }

    /** Runs SQL on a plain connection, as an attacker with file access would. */
    void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.executeUpdate(st);
            }
        }
    }

    @Override
    public void close() throws LedgerException {
        ledger.close();
    }
}
