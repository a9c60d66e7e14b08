package org.coiedge.printer.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a printer is, as the kiosk's settings and the command line write it:
 * <ul>
 *   <li>{@code tcp://HOST[:PORT]} - raw TCP, port 9100 by default;</li>
 *   <li>{@code serial:/dev/ttyUSB0[?baud=9600&data=8&parity=none&stop=1&flow=none]} - a serial port;
 *       parity {@code none|odd|even}, flow {@code none|rtscts|xonxoff}; defaults as shown (Zebra's);</li>
 *   <li>{@code usb:/dev/usb/lp0} - a USB printer device file.</li>
 * </ul>
 * {@link #parse} refuses anything else with an {@link InvalidPrinterUriException} naming the
 * wrong part. {@link #toString()} is the canonical form, which parses back to an equal value.
 */
public sealed interface PrinterUri permits PrinterUri.Tcp, PrinterUri.Serial, PrinterUri.Usb {
    /** Raw TCP. */
    record Tcp(String host, int port) implements PrinterUri {
        public Tcp {
            Objects.requireNonNull(host, "host");
        }

        @Override
        public String toString() {
            return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A serial port with its line settings. */
    record Serial(SerialSettings settings) implements PrinterUri {
        public Serial {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public String toString() {
            SerialSettings s = settings;
            return "serial:" + s.port() + "?baud=" + s.baud() + "&data=" + s.dataBits() + "&parity="
                    + s.parity().name().toLowerCase(Locale.ROOT) + "&stop=" + s.stopBits() + "&flow="
                    + s.flow().name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    /** A USB printer device file. */
    record Usb(Path device) implements PrinterUri {
        public Usb {
            Objects.requireNonNull(device, "device");
        }

        @Override
        public String toString() {
            return "usb:" + device;
        }
    }

    /** Parses a printer URI; the exception's message names the part that is wrong and shows the accepted form. */
    static PrinterUri parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPrinterUriException(String.valueOf(text), "uri", "is empty");
        }
        int colon = text.indexOf(':');
        String scheme = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "tcp":
                return parseTcp(text);
            case "serial":
                return parseSerial(text, text.substring(colon + 1));
            case "usb":
                return new Usb(devicePath(text, text.substring(colon + 1), "usb:/dev/usb/lp0"));
            default:
                throw new InvalidPrinterUriException(text, "scheme", colon < 0 ? "has no scheme"
                        : "'" + scheme + "' is not one of tcp, serial, usb");
        }
    }

    private static Tcp parseTcp(String text) {
        URI u;
        try {
            u = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidPrinterUriException(text, "host", "is missing or not a host name or address");
        }
        if (u.getHost() == null) {
            String authority = u.getRawAuthority();
            if (authority != null && authority.matches(".*:[^\\]]*")) {
                throw new InvalidPrinterUriException(text, "port", "'" + authority.substring(authority.lastIndexOf(':') + 1)
                        + "' is not a port number 1-65535");
            }
            throw new InvalidPrinterUriException(text, "host", "is missing or not a host name or address");
        }
        if ((u.getRawPath() != null && !u.getRawPath().isEmpty() && !u.getRawPath().equals("/"))
                || u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new InvalidPrinterUriException(text, "path", "is not allowed: a tcp printer takes no path or options");
        }
        int port = u.getPort() < 0 ? TcpConnection.DEFAULT_PORT : u.getPort();
        if (port < 1 || port > 65535) {
            throw new InvalidPrinterUriException(text, "port", "'" + port + "' is not a port number 1-65535");
        }
        String host = u.getHost().startsWith("[") ? u.getHost().substring(1, u.getHost().length() - 1) : u.getHost();
        return new Tcp(host, port);
    }

    private static Serial parseSerial(String text, String rest) {
        int q = rest.indexOf('?');
        Path port = devicePath(text, q < 0 ? rest : rest.substring(0, q), "serial:/dev/ttyUSB0");
        Map<String, String> options = new LinkedHashMap<>();
        if (q >= 0 && q + 1 < rest.length()) {
            for (String pair : rest.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                if (eq < 0 || eq == pair.length() - 1) {
                    throw new InvalidPrinterUriException(text, key, "has no value");
                }
                if (options.put(key, pair.substring(eq + 1).toLowerCase(Locale.ROOT)) != null) {
                    throw new InvalidPrinterUriException(text, key, "is given twice");
                }
            }
        }
        SerialSettings d = SerialSettings.defaults(port);
        int baud = number(text, options, "baud", d.baud());
        if (!SerialSettings.BAUD_RATES.contains(baud)) {
            throw new InvalidPrinterUriException(text, "baud", "'" + baud + "' is not one of "
                    + new java.util.TreeSet<>(SerialSettings.BAUD_RATES));
        }
        int data = number(text, options, "data", d.dataBits());
        if (data != 7 && data != 8) {
            throw new InvalidPrinterUriException(text, "data", "'" + data + "' is not 7 or 8");
        }
        int stop = number(text, options, "stop", d.stopBits());
        if (stop != 1 && stop != 2) {
            throw new InvalidPrinterUriException(text, "stop", "'" + stop + "' is not 1 or 2");
        }
        SerialSettings.Parity parity = choice(text, options, "parity", SerialSettings.Parity.class, "none|odd|even");
        SerialSettings.FlowControl flow = choice(text, options, "flow", SerialSettings.FlowControl.class, "none|rtscts|xonxoff");
        options.keySet().removeAll(java.util.List.of("baud", "data", "stop", "parity", "flow"));
        if (!options.isEmpty()) {
            String key = options.keySet().iterator().next();
            throw new InvalidPrinterUriException(text, key, "is not an option (baud, data, parity, stop, flow)");
        }
        return new Serial(new SerialSettings(port, baud, data, parity == null ? d.parity() : parity, stop,
                flow == null ? d.flow() : flow));
    }

    private static Path devicePath(String text, String path, String example) {
        if (path.startsWith("//")) {
            path = path.substring(2);
        }
        if (!path.startsWith("/") || path.length() < 2 || path.contains("?") || path.contains("#")) {
            throw new InvalidPrinterUriException(text, "device", "must be an absolute device path, e.g. " + example);
        }
        return Path.of(path);
    }

    private static int number(String text, Map<String, String> options, String key, int fallback) {
        String v = options.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidPrinterUriException(text, key, "'" + v + "' is not a number");
        }
    }

    private static <E extends Enum<E>> E choice(String text, Map<String, String> options, String key, Class<E> type, String accepted) {
        String v = options.get(key);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().replace("_", "").equalsIgnoreCase(v)) {
                return e;
            }
        }
        throw new InvalidPrinterUriException(text, key, "'" + v + "' is not one of " + accepted);
    }
}
