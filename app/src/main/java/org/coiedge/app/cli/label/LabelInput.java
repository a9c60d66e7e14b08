package org.coiedge.app.cli.label;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.coiedge.printer.label.Resolution;

/** Reads {@code --template}, {@code --dpi} and {@code --data} for the label commands; reports problems on stderr. */
final class LabelInput {
    /** The loaded label, or the exit code to return. */
    record Loaded(RenderedLabel label, Resolution resolution, int exit) {
    }

    private LabelInput() {
    }

    static Loaded load(String template, int dpi, Path data, PrintWriter err) throws IOException {
        Resolution resolution;
        try {
            resolution = Resolution.ofDpi(dpi);
        } catch (IllegalArgumentException e) {
            err.println("coi-edge: --dpi: " + e.getMessage());
            return new Loaded(null, null, LabelRenderCommand.EXIT_USAGE);
        }
        if (!RenderedLabel.TEMPLATES.containsKey(template)) {
            err.println("coi-edge: --template: unknown template '" + template + "' - use ct-bag, ct-small, shipper or badge");
            return new Loaded(null, null, LabelRenderCommand.EXIT_USAGE);
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(Files.readString(data, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println("coi-edge: data file " + data + " not found");
            return new Loaded(null, null, LabelRenderCommand.EXIT_IO);
        } catch (JsonProcessingException e) {
            err.println("coi-edge: data file " + data + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
            return new Loaded(null, null, LabelRenderCommand.EXIT_DATA);
        }
        try {
            return new Loaded(RenderedLabel.of(template, json), resolution, 0);
        } catch (LabelDataException e) {
            err.println("coi-edge: label not rendered - " + e.getMessage());
            return new Loaded(null, null, LabelRenderCommand.EXIT_DATA);
        }
    }
}
