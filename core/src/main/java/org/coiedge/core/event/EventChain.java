package org.coiedge.core.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The per-device hash chain. An event's hash is SHA-256 over the UTF-8 bytes of its canonical body
 * ({@link EventJson#body}, serialized by {@link CanonicalJson}), which includes the previous event's
 * hash; the first event's previous hash is {@link #GENESIS_HASH}. The device signs the same
 * canonical bytes with Ed25519. Stateless and thread-safe.
 */
public final class EventChain {
    /** The previous hash of the first event in a chain: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private EventChain() {
    }

    /** The canonical body bytes that are hashed and signed. */
    public static byte[] canonicalBody(UUID id, long sequence, EventContent content, Instant recordedAt,
            String previousHash) {
        return CanonicalJson.write(EventJson.body(id, sequence, content, recordedAt, previousHash))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Records {@code content} as the next link: computes its hash and has the device sign it. */
    public static CustodyEvent seal(UUID id, long sequence, EventContent content, Instant recordedAt,
            String previousHash, DeviceSigner signer) {
        byte[] body = canonicalBody(id, sequence, content, recordedAt, previousHash);
        return new CustodyEvent(id, sequence, content, recordedAt, previousHash, sha256Hex(body), signer.sign(body));
    }

    /** Lower-case hex SHA-256. */
    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Whether the event's hash matches its content and the device signature verifies. */
    public static boolean isAuthentic(CustodyEvent e, PublicKey deviceKey) {
        byte[] body = CanonicalJson.write(EventJson.body(e)).getBytes(StandardCharsets.UTF_8);
        return sha256Hex(body).equals(e.hash()) && Ed25519.verify(deviceKey, body, e.deviceSignature());
    }
}
