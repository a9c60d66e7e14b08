package org.coiedge.core.event;

import java.security.PublicKey;

/**
 * The device's signing key. Implementations must be safe to call from several threads at once
 * (the ledger signs a batch of events in parallel).
 */
public interface DeviceSigner {
    /** The device identity written into every event. */
    String deviceId();

    /** The public half, recorded in the ledger so anyone can verify the chain. */
    PublicKey publicKey();

    /** Signs a message (Ed25519: 64-byte signature). */
    byte[] sign(byte[] message);
}
