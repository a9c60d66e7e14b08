package org.coiedge.app.devices.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.coiedge.app.devices.DeviceHealth;

/** The virtual printer is ready when its folder exists (or can be made) and is writable. */
public final class FolderPrinterProbe implements PrinterProbe {
    private final Path folder;

    public FolderPrinterProbe(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public Check check() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return new Check(DeviceHealth.FAULT, "Virtual printer cannot create " + folder + " - check the data folder");
        }
        if (!Files.isWritable(folder)) {
            return new Check(DeviceHealth.FAULT, "Virtual printer cannot write to " + folder + " - check its permissions");
        }
        return new Check(DeviceHealth.OK, "Virtual printer is ready (labels go to " + folder + ")");
    }
}
