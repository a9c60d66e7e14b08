package org.coiedge.scanner.serial;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of one serial scanner.
 *
 * @param portName         device path, e.g. {@code /dev/ttyUSB0} or a stable {@code /dev/serial/by-id/...} link
 * @param baudRate         e.g. 9600 or 115200
 * @param dataBits         5 to 8
 * @param stopBits         1 or 2 (jssc also knows 1.5 as 3)
 * @param parity           none, odd, even, mark or space
 * @param flowControl      none, RTS/CTS or XON/XOFF
 * @param framing          how bytes become scans
 * @param maxFrameBytes    longer frames are dropped with an error (default 4096)
 * @param charset          how bytes become text (ISO-8859-1 by default: one char per byte, nothing lost)
 * @param reconnectMin     first pause before reopening a lost port; doubled up to {@code reconnectMax}
 * @param reconnectMax     longest pause between reopen attempts
 * @param pollInterval     how often the reader looks for bytes when the line is quiet
 */
public record SerialSettings(String portName, int baudRate, int dataBits, int stopBits, Parity parity,
        FlowControl flowControl, Framing framing, int maxFrameBytes, Charset charset, Duration reconnectMin,
        Duration reconnectMax, Duration pollInterval) {

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    public enum FlowControl { NONE, RTS_CTS, XON_XOFF }

    public SerialSettings {
        Objects.requireNonNull(portName, "portName");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(flowControl, "flowControl");
        Objects.requireNonNull(framing, "framing");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(reconnectMin, "reconnectMin");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (portName.isBlank()) {
            throw new IllegalArgumentException("portName is blank");
        }
        if (baudRate <= 0 || dataBits < 5 || dataBits > 8 || stopBits < 1 || stopBits > 3 || maxFrameBytes < 1) {
            throw new IllegalArgumentException("impossible serial settings: " + baudRate + " baud, " + dataBits
                    + " data bits, " + stopBits + " stop bits, frames up to " + maxFrameBytes + " bytes");
        }
        if (reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0
                || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("reconnect and poll intervals must be positive, min <= max");
        }
    }

    /** 9600 8N1, no flow control, CR framing, 4 KiB frames, reconnect after 250 ms doubling to 5 s. */
    public static SerialSettings of(String portName) {
        return new SerialSettings(portName, 9600, 8, 1, Parity.NONE, FlowControl.NONE, Framing.cr(), 4096,
                StandardCharsets.ISO_8859_1, Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofMillis(2));
    }

    public SerialSettings withFraming(Framing newFraming) {
        return new SerialSettings(portName, baudRate, dataBits, stopBits, parity, flowControl, newFraming,
                maxFrameBytes, charset, reconnectMin, reconnectMax, pollInterval);
    }

    public SerialSettings withMaxFrameBytes(int max) {
        return new SerialSettings(portName, baudRate, dataBits, stopBits, parity, flowControl, framing, max,
                charset, reconnectMin, reconnectMax, pollInterval);
    }

    public SerialSettings withReconnect(Duration min, Duration max) {
        return new SerialSettings(portName, baudRate, dataBits, stopBits, parity, flowControl, framing,
                maxFrameBytes, charset, min, max, pollInterval);
    }

    public SerialSettings withLine(int newBaudRate, int newDataBits, Parity newParity, int newStopBits, FlowControl flow) {
        return new SerialSettings(portName, newBaudRate, newDataBits, newStopBits, newParity, flow, framing,
                maxFrameBytes, charset, reconnectMin, reconnectMax, pollInterval);
    }

    /** E.g. "9600 8N1". */
    public String lineDescription() {
        return baudRate + " " + dataBits + parity.name().charAt(0) + (stopBits == 3 ? "1.5" : String.valueOf(stopBits));
    }
}
