package org.coiedge.printer.transport;

/**
 * A printer URI was refused. {@link #part()} names the wrong part ({@code scheme}, {@code host},
 * {@code port}, {@code device}, {@code baud}, {@code data}, {@code parity}, {@code stop},
 * {@code flow}, or an unknown option's name); the message says what is wrong and what is accepted.
 */
public final class InvalidPrinterUriException extends IllegalArgumentException {
    static final String FORMS = "tcp://HOST[:PORT], serial:/dev/ttyUSB0[?baud=9600&data=8&parity=none&stop=1&flow=none]"
            + " or usb:/dev/usb/lp0";

    private final String uri;
    private final String part;

    public InvalidPrinterUriException(String uri, String part, String problem) {
        super("printer URI '" + uri + "': " + part + " " + problem + " - use " + FORMS);
        this.uri = uri;
        this.part = part;
    }

    public String uri() {
        return uri;
    }

    public String part() {
        return part;
    }
}
