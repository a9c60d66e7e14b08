package org.coiedge.app.devices.printer;

import java.time.Duration;
import java.util.Objects;
import org.coiedge.app.devices.DeviceHealth;
import org.coiedge.printer.job.ConfirmedPrinter;
import org.coiedge.printer.status.ErrorStatus;
import org.coiedge.printer.status.PrinterStatus;
import org.coiedge.printer.status.ZebraProtocol;
import org.coiedge.printer.transport.PrinterConnection;
import org.coiedge.printer.transport.PrinterIoException;

/** Checks a Zebra printer with {@code ~HQES} (errors) and {@code ~HS} (paused, buffer) over a fresh connection. */
public final class ZebraPrinterProbe implements PrinterProbe {
    private final String name;
    private final ConfirmedPrinter.Connector connector;
    private final Duration replyTimeout;

    /** @param name how people call the printer in messages, e.g. {@code Printer ZD621 at 10.0.0.5:9100} */
    public ZebraPrinterProbe(String name, ConfirmedPrinter.Connector connector, Duration replyTimeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.replyTimeout = Objects.requireNonNull(replyTimeout, "replyTimeout");
    }

    @Override
    public Check check() {
        try (PrinterConnection c = connector.open()) {
            ZebraProtocol p = new ZebraProtocol(c, replyTimeout);
            ErrorStatus errors = p.errorStatus();
            if (errors.hasErrors()) {
                String advice = errors.errors().isEmpty() ? "reports an error - look at its display" : errors.errors().get(0).advice();
                return new Check(DeviceHealth.FAULT, name + ": " + advice + ", then press Retry");
            }
            PrinterStatus s = p.hostStatus();
            if (s.paused()) {
                return new Check(DeviceHealth.FAULT, name + " is paused - press its Pause button to resume");
            }
            if (s.bufferFull()) {
                return new Check(DeviceHealth.WARNING, name + ": receive buffer full - wait for it to finish");
            }
            if (!s.isReadyToPrint()) {
                return new Check(DeviceHealth.FAULT, name + " is not ready - check paper, ribbon and head");
            }
            return new Check(DeviceHealth.OK, name + " is ready");
        } catch (PrinterIoException e) {
            if (e.kind() == PrinterIoException.Kind.TIMEOUT) {
                return new Check(DeviceHealth.FAULT, name + " does not answer - check that it is on and its cable or"
                        + " network is connected");
            }
            return new Check(DeviceHealth.FAULT, name + " cannot be reached - check that it is on and connected ("
                    + e.getMessage() + ")");
        } catch (RuntimeException e) {
            return new Check(DeviceHealth.FAULT, name + " gave an answer coi-edge does not understand - restart the printer");
        }
    }
}
