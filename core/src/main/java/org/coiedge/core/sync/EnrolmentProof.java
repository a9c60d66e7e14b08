package org.coiedge.core.sync;

import java.nio.charset.StandardCharsets;

/**
 * What a device signs with its Ed25519 key when it enrols, to prove it holds the key it registers:
 * the UTF-8 bytes of {@code coi-edge-enrolment:<code>:<deviceId>}. Stateless.
 */
public final class EnrolmentProof {
    private EnrolmentProof() {
    }

    public static byte[] message(String code, String deviceId) {
        return ("coi-edge-enrolment:" + code + ":" + deviceId).getBytes(StandardCharsets.UTF_8);
    }
}
