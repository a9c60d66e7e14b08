package org.coiedge.printer.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.coiedge.printer.transport.PrinterIoException.Kind;

/**
 * A printer on a serial port through jssc. On open the line settings are applied and the port is
 * purged, so bytes left from before never pass for an answer. {@code setParams} fails on a
 * pseudo-terminal although the settings apply: there it is ignored; on a real port the failure is
 * kept and named in the no-answer advice. Writes go out in small pieces and wait for the port's
 * output queue to drain (a printer holding the handshake stops the queue): no progress for the
 * stall timeout fails with {@link Kind#TIMEOUT}. Replies are read to their terminators against a
 * deadline; the port disappearing (USB adapter unplugged) is {@link Kind#CLOSED}. The port is
 * opened exclusively. Not thread-safe.
 */
public final class SerialConnection implements PrinterConnection {
    private static final int CHUNK = 256;
    private static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long DEVICE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final SerialSettings settings;
    private final SerialPort port;
    private final Path device;
    private final String address;
    private final Duration stallTimeout;
    private final boolean settingsConfirmed;

    private SerialConnection(SerialSettings settings, SerialPort port, Path device, Duration stallTimeout, boolean confirmed) {
        this.settings = settings;
        this.port = port;
        this.device = device;
        this.address = "serial:" + settings.port();
        this.stallTimeout = stallTimeout;
        this.settingsConfirmed = confirmed;
    }

    /** Opens the port with its settings, purged. */
    public static SerialConnection open(SerialSettings settings, Duration stallTimeout) throws PrinterIoException {
        String name = settings.port().toString();
        String at = "Printer at serial:" + name;
        Path device;
        try {
            device = settings.port().toRealPath();
        } catch (IOException e) {
            throw new PrinterIoException(Kind.NOT_FOUND, at + ": port not found - check the name and that the"
                    + " serial cable or USB serial adapter is plugged in", e);
        }
        SerialPort port = new SerialPort(name);
        try {
            port.openPort();
        } catch (SerialPortException e) {
            throw openFailure(at, e);
        }
        boolean confirmed;
        try {
            boolean params = port.setParams(settings.baud(), settings.dataBits(), stopBits(settings), parity(settings));
            boolean flow = port.setFlowControlMode(flowControl(settings));
            confirmed = params && flow;
            port.purgePort(SerialPort.PURGE_RXCLEAR | SerialPort.PURGE_TXCLEAR);
        } catch (SerialPortException e) {
            confirmed = false;
        }
        // A pseudo-terminal refuses the modem-line part of setParams although the line settings apply.
        return new SerialConnection(settings, port, device, stallTimeout, confirmed || isPseudoTerminal(device));
    }

    static boolean isPseudoTerminal(Path device) {
        return device.startsWith("/dev/pts/");
    }

    static PrinterIoException openFailure(String at, SerialPortException e) {
        String type = String.valueOf(e.getExceptionType());
        if (type.equals(SerialPortException.TYPE_PORT_BUSY)) {
            return new PrinterIoException(Kind.BUSY, at + ": the port is in use by another program - close it, then try again", e);
        }
        if (type.equals(SerialPortException.TYPE_PERMISSION_DENIED)) {
            return new PrinterIoException(Kind.NO_PERMISSION, at + ": no permission to open the port - add the kiosk"
                    + " user to group dialout (sudo usermod -aG dialout USER) and log in again", e);
        }
        if (type.equals(SerialPortException.TYPE_PORT_NOT_FOUND)) {
            return new PrinterIoException(Kind.NOT_FOUND, at + ": port not found - check the name and the cable", e);
        }
        return new PrinterIoException(Kind.NOT_FOUND, at + " could not be opened (" + type + ") - is it a serial port?", e);
    }

    public SerialSettings settings() {
        return settings;
    }

    /** Whether the port confirmed the line settings (always true on a pseudo-terminal). */
    public boolean settingsConfirmed() {
        return settingsConfirmed;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String noAnswerAdvice() {
        return "check the cable, that the printer is on, closed and loaded, and that its serial settings are "
                + settings.lineDescription() + (settingsConfirmed ? "" : " (the port did not confirm these settings)");
    }

    @Override
    public void write(byte[] bytes) throws PrinterIoException {
        try {
            int done = 0;
            while (done < bytes.length) {
                drain(CHUNK, done, bytes.length);
                byte[] chunk = Arrays.copyOfRange(bytes, done, Math.min(bytes.length, done + CHUNK));
                if (!port.writeBytes(chunk)) {
                    throw gone("while sending", null);
                }
                done += chunk.length;
            }
            drain(0, done, bytes.length);
        } catch (SerialPortException e) {
            throw gone("while sending", e);
        }
    }

    /** Waits until at most {@code queued} bytes wait in the output queue; fails when it stops moving. */
    private void drain(int queued, int done, int total) throws PrinterIoException, SerialPortException {
        int last = Integer.MAX_VALUE;
        long deadline = System.nanoTime() + stallTimeout.toNanos();
        int out;
        while ((out = port.getOutputBufferBytesCount()) > queued) {
            if (out < last) {
                last = out;
                deadline = System.nanoTime() + stallTimeout.toNanos();
            } else if (System.nanoTime() > deadline) {
                throw new PrinterIoException(Kind.TIMEOUT, "Printer at " + address + " took no data for "
                        + stallTimeout.toMillis() + " ms (" + (done - out) + " of " + total + " bytes sent)"
                        + " - it may be paused or holding the handshake", null);
            }
            pause();
            checkDevice();
        }
    }

    @Override
    public byte[] readReply(ReplyTerminator terminator, Duration timeout) throws PrinterIoException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextDeviceCheck = System.nanoTime() + DEVICE_CHECK_NANOS;
        byte[] buf = new byte[0];
        try {
            while (!terminator.complete(buf, buf.length)) {
                int available = port.getInputBufferBytesCount();
                if (available > 0) {
                    byte[] chunk = port.readBytes(available);
                    int len = buf.length;
                    buf = Arrays.copyOf(buf, len + chunk.length);
                    System.arraycopy(chunk, 0, buf, len, chunk.length);
                    continue;
                }
                long now = System.nanoTime();
                if (now > deadline) {
                    throw new PrinterIoException(Kind.TIMEOUT, "Printer at " + address + " did not answer within "
                            + timeout.toMillis() + " ms", null);
                }
                if (now > nextDeviceCheck) {
                    checkDevice();
                    nextDeviceCheck = now + DEVICE_CHECK_NANOS;
                }
                pause();
            }
            return buf;
        } catch (SerialPortException e) {
            throw gone("while waiting for an answer", e);
        }
    }

    @Override
    public void discardInput() throws PrinterIoException {
        try {
            port.purgePort(SerialPort.PURGE_RXCLEAR);
        } catch (SerialPortException e) {
            throw gone("", e);
        }
    }

    /** The port name must still lead to the device opened: a USB serial adapter unplugged takes it away. */
    private void checkDevice() throws PrinterIoException {
        try {
            if (!settings.port().toRealPath().equals(device)) {
                throw gone("(the port now leads elsewhere)", null);
            }
        } catch (IOException e) {
            throw gone("(the port disappeared)", e);
        }
    }

    private static void pause() throws PrinterIoException {
        // jssc's own timed read busy-spins; a 1 ms pause keeps a waiting printer thread off the CPU.
        try {
            TimeUnit.NANOSECONDS.sleep(IDLE_POLL_NANOS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterIoException(Kind.TIMEOUT, "Printing was interrupted", e);
        }
    }

    private PrinterIoException gone(String when, Exception cause) {
        return new PrinterIoException(Kind.CLOSED, "Printer at " + address + " went away " + when
                + " - check the cable and that the printer is on", cause);
    }

    @Override
    public void close() {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException ignored) {
            // The port is gone already.
        }
    }

    private static int stopBits(SerialSettings s) {
        return s.stopBits() == 2 ? SerialPort.STOPBITS_2 : SerialPort.STOPBITS_1;
    }

    private static int parity(SerialSettings s) {
        switch (s.parity()) {
            case ODD: return SerialPort.PARITY_ODD;
            case EVEN: return SerialPort.PARITY_EVEN;
            default: return SerialPort.PARITY_NONE;
        }
    }

    private static int flowControl(SerialSettings s) {
        switch (s.flow()) {
            case RTS_CTS: return SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
            case XON_XOFF: return SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
            default: return SerialPort.FLOWCONTROL_NONE;
        }
    }
}
