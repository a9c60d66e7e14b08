package org.coiedge.core.sync;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;
import org.coiedge.core.event.CanonicalJson;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventChain;
import org.coiedge.core.event.EventJson;

/**
 * Checks a signed event as it travels between a device and the central chain: the body (any JSON
 * text of the event body), the claimed hash and the device signature. The body is brought into its
 * canonical form ({@link CanonicalJson}, RFC 8785), then the hash is recomputed over those bytes and
 * the Ed25519 signature checked with the device's public key, exactly as the device computed them
 * ({@link EventChain}). Used by the reference central server on upload and by devices reading
 * other devices' events. Stateless and thread-safe; never throws on bad input.
 */
public final class SignedEvents {
    private SignedEvents() {
    }

    /** What is wrong with a signed event. */
    public enum Problem {
        /** The body is not valid JSON, not an event body, or carries fields an event does not have. */
        MALFORMED,
        /** The body does not hash to the claimed hash: it was changed after it was recorded. */
        HASH_MISMATCH,
        /** The hash matches but the device key did not sign this body. */
        BAD_SIGNATURE
    }

    /** The result of a check. */
    public sealed interface Outcome permits Authentic, Refused {
    }

    /** Hash and signature verify; {@code canonicalBody} are the exact bytes that were hashed and signed. */
    public record Authentic(CustodyEvent event, String canonicalBody) implements Outcome {
        public Authentic {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(canonicalBody, "canonicalBody");
        }
    }

    /**
     * The event cannot be accepted. {@code event} is the parsed event when the body was well formed
     * (so its sequence and previous hash can still be read), otherwise null.
     */
    public record Refused(Problem problem, String detail, CustodyEvent event) implements Outcome {
        public Refused {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The wire form of an event's signature: standard base64 of the 64 signature bytes. */
    public static String signatureText(CustodyEvent e) {
        return Base64.getEncoder().encodeToString(e.deviceSignature());
    }

    /** The canonical body text of a recorded event, as hashed and signed. */
    public static String canonicalBody(CustodyEvent e) {
        return CanonicalJson.write(EventJson.body(e));
    }

    /**
     * Checks one event.
     *
     * @param bodyJson    the event body as JSON text, in any formatting
     * @param claimedHash the hash sent with it (lower-case hex SHA-256)
     * @param signature   the signature sent with it, base64
     * @param deviceKey   the public key enrolled for the device the body names
     */
    public static Outcome check(String bodyJson, String claimedHash, String signature, PublicKey deviceKey) {
        String canonical;
        CustodyEvent event;
        byte[] sig;
        try {
            canonical = CanonicalJson.write(CanonicalJson.parse(bodyJson));
            sig = Base64.getDecoder().decode(signature == null ? "" : signature);
            event = EventJson.parse(canonical, claimedHash == null ? "" : claimedHash, sig);
        } catch (IllegalArgumentException e) {
            return new Refused(Problem.MALFORMED, "the event body is not a well-formed event: " + e.getMessage(), null);
        }
        if (!canonical.equals(canonicalBody(event))) {
            return new Refused(Problem.MALFORMED, "the event body carries fields an event does not have,"
                    + " or values in a form the device never writes", event);
        }
        byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
        if (!EventChain.sha256Hex(bytes).equals(claimedHash)) {
            return new Refused(Problem.HASH_MISMATCH, "event #" + event.sequence() + " (" + event.id()
                    + ") does not match its hash: it was changed after it was recorded", event);
        }
        if (!Ed25519.verify(deviceKey, bytes, sig)) {
            return new Refused(Problem.BAD_SIGNATURE, "event #" + event.sequence() + " (" + event.id()
                    + ") was not signed by the key enrolled for device " + event.content().deviceId(), event);
        }
        return new Authentic(event, canonical);
    }
}
