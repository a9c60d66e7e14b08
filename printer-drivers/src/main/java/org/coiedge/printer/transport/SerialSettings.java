package org.coiedge.printer.transport;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * How to talk to a printer on a serial port: the port and its line settings, which must match the
 * printer's own (Zebra's factory default is 9600 baud, 8 data bits, no parity, 1 stop bit; the
 * handshake is set on the printer's menu or with {@code ^SC}).
 */
public record SerialSettings(Path port, int baud, int dataBits, Parity parity, int stopBits, FlowControl flow) {
    /** Baud rates a Zebra printer can be set to. */
    public static final Set<Integer> BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 14400, 19200, 28800, 38400, 57600, 115200);

    /** Parity bit. */
    public enum Parity {
        NONE, ODD, EVEN
    }

    /** Handshake. */
    public enum FlowControl {
        NONE, RTS_CTS, XON_XOFF
    }

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(flow, "flow");
        if (!BAUD_RATES.contains(baud)) {
            throw new IllegalArgumentException("baud " + baud + " is not one of " + new java.util.TreeSet<>(BAUD_RATES));
        }
        if (dataBits != 7 && dataBits != 8) {
            throw new IllegalArgumentException("data bits must be 7 or 8, not " + dataBits);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stop bits must be 1 or 2, not " + stopBits);
        }
    }

    /** 9600 8N1, no handshake: Zebra's factory default. */
    public static SerialSettings defaults(Path port) {
        return new SerialSettings(port, 9600, 8, Parity.NONE, 1, FlowControl.NONE);
    }

    /** For messages, e.g. {@code 9600 baud 8N1, no flow control}. */
    public String lineDescription() {
        return baud + " baud " + dataBits + parity.name().charAt(0) + stopBits + ", "
                + (flow == FlowControl.NONE ? "no flow control" : flow == FlowControl.RTS_CTS ? "RTS/CTS" : "XON/XOFF");
    }
}
