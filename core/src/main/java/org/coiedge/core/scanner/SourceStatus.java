package org.coiedge.core.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * A change in a scan source's condition. {@link Connected} and {@link Disconnected} are connection
 * states; {@link Error} reports a problem that may or may not have cost the connection (an
 * over-long frame does not; a port that cannot be opened does). Messages are for people: short,
 * specific and saying what to do.
 */
public sealed interface SourceStatus permits SourceStatus.Connected, SourceStatus.Disconnected, SourceStatus.Error {
    String sourceId();

    Instant at();

    String message();

    /** The source is open and scans will arrive. */
    record Connected(String sourceId, Instant at, String message) implements SourceStatus {
        public Connected {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The source is closed: stopped on purpose ({@code willReconnect} false) or lost (true). */
    record Disconnected(String sourceId, Instant at, String message, boolean willReconnect) implements SourceStatus {
        public Disconnected {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Something went wrong; {@code problem} says what for code, {@code message} for people. */
    record Error(String sourceId, Instant at, ScanProblem problem, String message) implements SourceStatus {
        public Error {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }
    }
}
