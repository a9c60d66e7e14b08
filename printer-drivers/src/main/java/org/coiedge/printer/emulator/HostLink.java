package org.coiedge.printer.emulator;

import java.io.IOException;

/**
 * A byte stream between the emulated printer and one host: a TCP connection ({@link
 * ZebraEmulator#start}), the master side of a pseudo-terminal ({@link PtyLink}) whose slave a serial
 * or device-file transport opens, or anything else that carries bytes both ways. Used by one
 * emulator thread at a time; {@link #close()} may come from any thread.
 */
public interface HostLink extends AutoCloseable {
    /** For thread names and messages, e.g. {@code tcp-52114} or {@code /dev/pts/4}. */
    String name();

    /** Reads some bytes: their count, 0 if none came within {@code timeoutMillis}, -1 when the link is gone for good. */
    int read(byte[] buffer, int timeoutMillis) throws IOException;

    /** Sends all bytes to the host. */
    void write(byte[] bytes) throws IOException;

    /** Cuts the link; the host sees the connection drop or the cable pulled. */
    @Override
    void close();
}
