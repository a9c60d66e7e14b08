package org.coiedge.app.cli.ledger;

import java.nio.file.Path;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.ledger.keys.DeviceKeyStore;

/**
 * Where the command line keeps the device key: by default {@code <db>.device.p12} beside the ledger,
 * protected by the password in {@code COIEDGE_DEVICE_KEY_PASSWORD}, or a fixed development password
 * when that is unset (the file's owner-only permissions are then the only protection).
 */
public final class DeviceKeys {
    public static final String PASSWORD_VARIABLE = "COIEDGE_DEVICE_KEY_PASSWORD";
    private static final String DEVELOPMENT_PASSWORD = "coi-edge-development-only";

    private DeviceKeys() {
    }

    public static Path defaultStore(Path db) {
        return Path.of(db.toAbsolutePath() + ".device.p12");
    }

    public static DeviceSigner open(Path db, Path store) throws LedgerException {
        return DeviceKeyStore.openOrCreate(store != null ? store : defaultStore(db), password());
    }

    /** The key store password: {@code COIEDGE_DEVICE_KEY_PASSWORD}, or the development password when unset. */
    public static char[] password() {
        String pw = System.getenv(PASSWORD_VARIABLE);
        return (pw == null || pw.isEmpty() ? DEVELOPMENT_PASSWORD : pw).toCharArray();
    }
}
