package org.coiedge.core.scanner;

/** What went wrong with a scan source, for code; {@link SourceStatus.Error#message()} says it for people. */
public enum ScanProblem {
    /** The device is not there (unplugged, wrong name). */
    DEVICE_NOT_FOUND,
    /** The device exists but another program holds it, or we may not open it. */
    DEVICE_BUSY,
    /** The device did not accept its settings. */
    SETTINGS_REJECTED,
    /** Reading from an open device failed (usually unplugged). */
    READ_FAILED,
    /** A frame grew past the configured limit without a terminator; it was dropped. */
    FRAME_TOO_LONG,
    /** Bytes stopped arriving before the terminator; the partial frame was dropped. */
    INCOMPLETE_FRAME,
    /** A listener threw; the source carries on. */
    LISTENER_FAILED,
}
