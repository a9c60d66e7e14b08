package org.coiedge.printer.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.png.PngRenderer;
import org.coiedge.printer.zpl.ZplRenderer;

/**
 * A printer for demo mode and development: each label is written to a directory as
 * {@code NNNNNN-TEMPLATE.zpl} and a {@code .png} preview, so the kiosk runs and shows labels with
 * no hardware. "Printed" means both files were written; the odometer is the file counter.
 * Thread-safe (one label at a time).
 */
public final class VirtualLabelPrinter implements LabelPrinter {
    private final Path directory;
    private final ZplRenderer zpl;
    private final PngRenderer png;
    private long count;

    public VirtualLabelPrinter(Path directory, Resolution resolution) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.zpl = new ZplRenderer(resolution);
        this.png = new PngRenderer(resolution);
    }

    @Override
    public synchronized PrintOutcome print(Label label) {
        String name = String.format("%06d-%s", count + 1, label.template().name());
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".zpl"), zpl.render(label), StandardCharsets.UTF_8);
            Files.write(directory.resolve(name + ".png"), png.png(label));
        } catch (IOException e) {
            return new PrintOutcome.Failed(PrintOutcome.Reason.PRINTER_ERROR, "Virtual printer cannot write to "
                    + directory + " (" + e.getMessage() + ") - check the folder exists and is writable.");
        }
        count++;
        return new PrintOutcome.Printed(count - 1, count);
    }
}
