package org.coiedge.sync;

import java.security.PublicKey;
import java.util.Objects;

/**
 * A device as the central system knows it.
 *
 * @param deviceId     its id
 * @param publicKey    the Ed25519 key it enrolled with, which its events must verify against
 * @param site         the FIN it was enrolled for
 * @param headSequence the last position of its chain the central chain holds (0 for none)
 * @param headHash     the hash at that position
 */
public record DeviceInfo(String deviceId, PublicKey publicKey, String site, long headSequence, String headHash) {
    public DeviceInfo {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(headHash, "headHash");
    }
}
