package org.coiedge.printer.transport;

import java.time.Duration;

/**
 * A byte channel to one printer: raw TCP ({@link TcpConnection}), a serial port
 * ({@link SerialConnection}) or a USB printer device file ({@link DeviceFileConnection}); open one
 * from a {@link PrinterUri} with {@link PrinterConnections}. Blocking and not thread-safe: one
 * device thread owns it. Every failure is a {@link PrinterIoException} with a typed
 * {@link PrinterIoException.Kind}; nothing is retried or resent here.
 */
public interface PrinterConnection extends AutoCloseable {
    /** Where the printer is, for messages, e.g. {@code tcp://10.0.0.5:9100} or {@code serial:/dev/ttyUSB0}. */
    String address();

    /**
     * What a technician should check when the printer does not answer on this transport, e.g.
     * "check the cable, that the printer is on and set to 9600 baud 8N1, no flow control".
     */
    String noAnswerAdvice();

    /** Sends all bytes, or fails; on failure an unknown part of them may have reached the printer. */
    void write(byte[] bytes) throws PrinterIoException;

    /**
     * Reads until the bytes read so far form a complete reply according to {@code terminator},
     * or until {@code timeout} passes without completion (then {@link PrinterIoException.Kind#TIMEOUT}).
     */
    byte[] readReply(ReplyTerminator terminator, Duration timeout) throws PrinterIoException;

    /** Drops whatever the printer sent that nobody has read yet (a late answer to an earlier question). */
    void discardInput() throws PrinterIoException;

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
