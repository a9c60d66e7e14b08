package org.coiedge.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to the central system failed. The message is for a technician (what, where, what to do);
 * {@link #failure()} is for code, and {@link #retryAfter()} carries the server's {@code Retry-After}.
 */
public final class CentralException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Kinds of failure, which decide what the sync worker does next. */
    public enum Failure {
        /** Nothing answered: refused, reset, DNS, no route. Retried with backoff; the kiosk works offline. */
        UNREACHABLE,
        /** The central system did not answer in time. Retried with backoff. */
        TIMEOUT,
        /** The TLS handshake failed: untrusted certificate, wrong pin, wrong host name. Retried slowly; needs an administrator. */
        TLS,
        /** 5xx: the central system failed. Retried with backoff. */
        SERVER_ERROR,
        /** 429 or 503: the central system asked to wait ({@code Retry-After}). */
        THROTTLED,
        /** 401 or 403: the device's credentials were refused. Sync stops until an administrator acts. */
        AUTH_FAILED,
        /** Another 4xx: the central system refused the request itself (bad enrolment code, exhausted block). */
        REFUSED,
        /** The answer did not follow the contract (unreadable JSON, missing fields, an event that does not verify). */
        PROTOCOL
    }

    private final Failure failure;
    private final int httpStatus;
    private final Duration retryAfter;
    private final String code;

    public CentralException(Failure failure, String message, Throwable cause) {
        this(failure, message, cause, 0, null, null);
    }

    public CentralException(Failure failure, String message, Throwable cause, int httpStatus, String code,
            Duration retryAfter) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.httpStatus = httpStatus;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status, or 0 when there was no HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The central system's problem code ({@code code} of its problem document), if it sent one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** How long the central system asked the device to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
