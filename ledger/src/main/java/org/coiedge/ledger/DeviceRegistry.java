package org.coiedge.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.ledger.internal.Nanos;

/** Binds a ledger file to the one device whose chain it holds. */
final class DeviceRegistry {
    private DeviceRegistry() {
    }

    static Void register(Connection c, DeviceSigner signer, Clock clock, Path file)
            throws SQLException, LedgerException {
        byte[] key = signer.publicKey().getEncoded();
        try (PreparedStatement ps = c.prepareStatement("SELECT device_id, public_key FROM device");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                if (!rs.getString(1).equals(signer.deviceId()) || !Arrays.equals(rs.getBytes(2), key)) {
                    throw new LedgerException(LedgerException.Reason.REFUSED, "Ledger " + file + " belongs to device "
                            + rs.getString(1) + ", not to " + signer.deviceId()
                            + ": use that device's key store, or a new ledger file for this device");
                }
                return null;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO device (device_id, public_key, registered_at) VALUES (?, ?, ?)")) {
            ps.setString(1, signer.deviceId());
            ps.setBytes(2, key);
            ps.setLong(3, Nanos.of(clock.instant()));
            ps.executeUpdate();
        }
        return null;
    }
}
