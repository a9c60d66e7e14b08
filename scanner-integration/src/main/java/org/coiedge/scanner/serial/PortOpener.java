package org.coiedge.scanner.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.coiedge.core.scanner.ScanProblem;

/** Opens a jssc port with its settings and purges what was left in it; failures become typed outcomes. */
final class PortOpener {
    /** The result of one attempt. */
    sealed interface Outcome permits Opened, Failed {
    }

    /** {@code device} is the real path behind the configured name, to notice a replug elsewhere. */
    record Opened(SerialPort port, Path device, Optional<String> warning) implements Outcome {
    }

    record Failed(ScanProblem problem, String message) implements Outcome {
    }

    private final SerialSettings settings;

    PortOpener(SerialSettings settings) {
        this.settings = settings;
    }

    Outcome open() {
        String name = settings.portName();
        Optional<Path> device = realDevice(Path.of(name));
        if (device.isEmpty()) {
            return new Failed(ScanProblem.DEVICE_NOT_FOUND,
                    "Scanner port " + name + " not found - plug the scanner in; retrying");
        }
        SerialPort port = new SerialPort(name);
        try {
            port.openPort();
        } catch (SerialPortException e) {
            return classify(e);
        }
        Optional<String> warning = Optional.empty();
        try {
            boolean applied = port.setParams(settings.baudRate(), settings.dataBits(), settings.stopBits(), parity());
            // A pseudo-terminal reports failure although the settings apply and data flows.
            if (!applied && !isPseudoTerminal(device.get())) {
                warning = Optional.of("Scanner on " + name + " did not confirm " + settings.lineDescription()
                        + " - if scans do not arrive, check the scanner's serial settings");
            }
            port.setFlowControlMode(flowControl());
            port.purgePort(SerialPort.PURGE_RXCLEAR | SerialPort.PURGE_TXCLEAR);
        } catch (SerialPortException e) {
            if (!isPseudoTerminal(device.get())) {
                warning = Optional.of("Scanner on " + name + " did not accept " + settings.lineDescription()
                        + " (" + e.getExceptionType() + ") - check the scanner's serial settings");
            }
        }
        return new Opened(port, device.get(), warning);
    }

    /** The device the name points to now, if it exists. */
    static Optional<Path> realDevice(Path name) {
        try {
            return Files.exists(name) ? Optional.of(name.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean isPseudoTerminal(Path device) {
        return device.startsWith("/dev/pts/");
    }

    private Failed classify(SerialPortException e) {
        String name = settings.portName();
        String type = String.valueOf(e.getExceptionType());
        if (type.equals(SerialPortException.TYPE_PORT_BUSY)) {
            return new Failed(ScanProblem.DEVICE_BUSY, "Scanner port " + name
                    + " is in use by another program - close it; retrying");
        }
        if (type.equals(SerialPortException.TYPE_PERMISSION_DENIED)) {
            return new Failed(ScanProblem.DEVICE_BUSY, "No permission to open scanner port " + name
                    + " - add the kiosk user to the dialout group; retrying");
        }
        if (type.equals(SerialPortException.TYPE_PORT_NOT_FOUND)) {
            return new Failed(ScanProblem.DEVICE_NOT_FOUND, "Scanner port " + name
                    + " not found - plug the scanner in; retrying");
        }
        return new Failed(ScanProblem.DEVICE_BUSY, "Scanner port " + name + " could not be opened (" + type
                + ") - check the cable and settings; retrying");
    }

    private int parity() {
        switch (settings.parity()) {
            case ODD: return SerialPort.PARITY_ODD;
            case EVEN: return SerialPort.PARITY_EVEN;
            case MARK: return SerialPort.PARITY_MARK;
            case SPACE: return SerialPort.PARITY_SPACE;
            default: return SerialPort.PARITY_NONE;
        }
    }

    private int flowControl() {
        switch (settings.flowControl()) {
            case RTS_CTS: return SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT;
            case XON_XOFF: return SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT;
            default: return SerialPort.FLOWCONTROL_NONE;
        }
    }
}
