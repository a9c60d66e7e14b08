package org.coiedge.printer.transport;

import java.time.Duration;

/**
 * A byte channel to one printer (raw TCP today; serial and USB device files to come). Blocking and
 * not thread-safe: one device thread owns it. Every failure is a {@link PrinterIoException} with a
 * typed {@link PrinterIoException.Kind}; nothing is retried here.
 */
public interface PrinterConnection extends AutoCloseable {
    /** Where the printer is, for messages, e.g. {@code tcp://10.0.0.5:9100}. */
    String address();

    /** Sends all bytes. */
    void write(byte[] bytes) throws PrinterIoException;

    /**
     * Reads until the bytes read so far form a complete reply according to {@code terminator},
     * or until {@code timeout} passes without completion (then {@link PrinterIoException.Kind#TIMEOUT}).
     */
    byte[] readReply(ReplyTerminator terminator, Duration timeout) throws PrinterIoException;

    @Override
    void close();

    /** Whether some bytes form a complete reply. */
    @FunctionalInterface
    interface ReplyTerminator {
        boolean complete(byte[] buffer, int length);

        /** Complete once {@code count} bytes equal to {@code b} have arrived (e.g. three ETX for ~HS). */
        static ReplyTerminator count(byte b, int count) {
            return (buf, len) -> {
                int n = 0;
                for (int i = 0; i < len; i++) {
                    if (buf[i] == b) {
                        n++;
                    }
                }
                return n >= count;
            };
        }
    }
}
