package org.coiedge.tests.sync.faults;

import java.util.Objects;

/**
 * What the {@link FaultProxy} does with one request.
 *
 * @param kind   the effect
 * @param status for {@link Kind#RESPOND}: the status sent instead of forwarding
 * @param header for {@link Kind#RESPOND}: one extra header line ({@code Name: value}), or null
 */
public record Fault(Kind kind, int status, String header) {
    /** Effects, after OkHttp's MockWebServer socket policies. */
    public enum Kind {
        /** Forward to the server and relay its answer. */
        PASS,
        /** Answer with {@link #status} without forwarding. */
        RESPOND,
        /** Read the request, never answer (the client times out). */
        STALL,
        /** Reset the connection without forwarding: the server never sees the request. */
        RESET_BEFORE_FORWARDING,
        /** Forward, let the server commit and answer, then reset the client's connection before it reads the answer. */
        RESET_AFTER_SERVER_ANSWERED,
        /** Forward the request twice (a duplicate delivery), relay the second answer. */
        DELIVER_TWICE
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
    }

    public static Fault pass() {
        return new Fault(Kind.PASS, 0, null);
    }

    public static Fault status(int status) {
        return new Fault(Kind.RESPOND, status, null);
    }

    public static Fault throttled(int status, String retryAfter) {
        return new Fault(Kind.RESPOND, status, "Retry-After: " + retryAfter);
    }

    public static Fault stall() {
        return new Fault(Kind.STALL, 0, null);
    }

    public static Fault resetBeforeForwarding() {
        return new Fault(Kind.RESET_BEFORE_FORWARDING, 0, null);
    }

    public static Fault resetAfterServerAnswered() {
        return new Fault(Kind.RESET_AFTER_SERVER_ANSWERED, 0, null);
    }

    public static Fault deliverTwice() {
        return new Fault(Kind.DELIVER_TWICE, 0, null);
    }
}
