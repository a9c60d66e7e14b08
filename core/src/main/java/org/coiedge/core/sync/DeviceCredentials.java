package org.coiedge.core.sync;

import java.util.Objects;

/**
 * What a device received when it enrolled with a central system: its device id there, the site
 * (FIN) it was enrolled for, and the bearer token it presents on every call. Kept with the device
 * key; {@link #toString()} never shows the token.
 *
 * @param centralUrl the central system's base URL (without {@code /v1})
 * @param deviceId   the device id (the same as in its events)
 * @param site       the facility identification number the device was enrolled for
 * @param token      the secret bearer token
 */
public record DeviceCredentials(String centralUrl, String deviceId, String site, String token) {
    public DeviceCredentials {
        Objects.requireNonNull(centralUrl, "centralUrl");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "DeviceCredentials[" + deviceId + " at " + centralUrl + " for site " + site + ", token hidden]";
    }
}
