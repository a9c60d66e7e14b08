package org.coiedge.app.devices.printer;

import org.coiedge.app.devices.DeviceHealth;

/**
 * Asks a printer how it is. Blocking (a network round trip); called on the printer's own thread
 * only, never concurrently with a print job. Never throws: an unreachable printer is a FAULT.
 */
@FunctionalInterface
public interface PrinterProbe {
    /** The result of one check. */
    record Check(DeviceHealth health, String message) {
    }

    Check check();
}
