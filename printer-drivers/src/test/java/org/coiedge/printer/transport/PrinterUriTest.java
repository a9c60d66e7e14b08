package org.coiedge.printer.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.coiedge.printer.transport.SerialSettings.FlowControl;
import org.coiedge.printer.transport.SerialSettings.Parity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterUriTest {
    @Test
    void aTcpUriWithoutPortUsesZebrasRawPort9100() {
        assertThat(PrinterUri.parse("tcp://10.0.0.5")).isEqualTo(new PrinterUri.Tcp("10.0.0.5", 9100));
        assertThat(PrinterUri.parse("tcp://printer-3.site.example:6101")).isEqualTo(new PrinterUri.Tcp("printer-3.site.example", 6101));
    }

    @Test
    void aSerialUriWithoutOptionsTakesZebrasFactorySettings() {
        assertThat(PrinterUri.parse("serial:/dev/ttyUSB0"))
                .isEqualTo(new PrinterUri.Serial(new SerialSettings(Path.of("/dev/ttyUSB0"), 9600, 8, Parity.NONE, 1, FlowControl.NONE)));
    }

    @Test
    void aSerialUriCarriesEveryLineSetting() {
        assertThat(PrinterUri.parse("serial:/dev/ttyS1?baud=19200&data=7&parity=even&stop=2&flow=rtscts"))
                .isEqualTo(new PrinterUri.Serial(new SerialSettings(Path.of("/dev/ttyS1"), 19200, 7, Parity.EVEN, 2, FlowControl.RTS_CTS)));
        assertThat(((PrinterUri.Serial) PrinterUri.parse("serial:///dev/ttyS1?flow=xonxoff")).settings().flow())
                .isEqualTo(FlowControl.XON_XOFF);
    }

    @Test
    void aUsbUriNamesTheDeviceFile() {
        assertThat(PrinterUri.parse("usb:/dev/usb/lp0")).isEqualTo(new PrinterUri.Usb(Path.of("/dev/usb/lp0")));
    }

    @ParameterizedTest
    @CsvSource({"tcp://10.0.0.5:9100", "tcp://[::1]:9100", "serial:/dev/ttyUSB0?baud=115200&data=8&parity=odd&stop=1&flow=xonxoff",
        "usb:/dev/usb/lp1"})
    void theCanonicalFormParsesBackToTheSameValue(String text) {
        PrinterUri uri = PrinterUri.parse(text);
        assertThat(uri.toString()).isEqualTo(text);
        assertThat(PrinterUri.parse(uri.toString())).isEqualTo(uri);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lpt:/dev/lp0|scheme|'lpt' is not one of tcp, serial, usb",
        "10.0.0.5:9100|scheme|'10.0.0.5' is not one of tcp, serial, usb",
        "printer|scheme|has no scheme",
        "tcp://|host|is missing",
        "tcp://10.0.0.5:99999|port|'99999' is not a port number",
        "tcp://10.0.0.5:abc|port|'abc' is not a port number",
        "tcp://10.0.0.5:9100/queue|path|is not allowed: a tcp printer takes no path or options",
        "serial:ttyUSB0|device|must be an absolute device path, e.g. serial:/dev/ttyUSB0",
        "serial:/dev/ttyUSB0?baud=9601|baud|'9601' is not one of",
        "serial:/dev/ttyUSB0?baud=fast|baud|'fast' is not a number",
        "serial:/dev/ttyUSB0?data=6|data|'6' is not 7 or 8",
        "serial:/dev/ttyUSB0?parity=mark|parity|'mark' is not one of none|odd|even",
        "serial:/dev/ttyUSB0?stop=3|stop|'3' is not 1 or 2",
        "serial:/dev/ttyUSB0?flow=dtr|flow|'dtr' is not one of none|rtscts|xonxoff",
        "serial:/dev/ttyUSB0?speed=9600|speed|is not an option",
        "serial:/dev/ttyUSB0?baud=9600&baud=19200|baud|is given twice",
        "serial:/dev/ttyUSB0?baud|baud|has no value",
        "usb:lp0|device|must be an absolute device path, e.g. usb:/dev/usb/lp0"})
    void aBadUriIsRefusedNamingTheWrongPart(String text, String part, String problem) {
        assertThatThrownBy(() -> PrinterUri.parse(text))
                .isInstanceOfSatisfying(InvalidPrinterUriException.class, e -> assertThat(e.part()).isEqualTo(part))
                .hasMessageContaining("printer URI '" + text + "': " + part + " " + problem)
                .hasMessageContaining("use tcp://HOST[:PORT], serial:/dev/ttyUSB0");
    }

    @Test
    void anEmptyUriIsRefused() {
        assertThatThrownBy(() -> PrinterUri.parse(" ")).isInstanceOf(InvalidPrinterUriException.class).hasMessageContaining("is empty");
    }
}
