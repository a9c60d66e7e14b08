package org.coiedge.app.cli.label;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.png.PngRenderer;
import org.coiedge.printer.zpl.ZplRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge label render --template NAME --dpi 203|300|600 --data FILE.json --zpl OUT.zpl
 * [--png OUT.png]}: writes the ZPL (and a preview) and prints one JSON line naming the template
 * version and the ISBT 128 strings encoded. Exit 0 done, 65 data refused (the field is named),
 * 2 a file could not be read or written, 64 usage.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a label from a JSON data file to ZPL for one print head resolution, and optionally a PNG preview.")
public final class LabelRenderCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_IO = 2;
    public static final int EXIT_USAGE = 64;
    public static final int EXIT_DATA = 65;

    @Spec
    CommandSpec spec;

    @Option(names = "--template", required = true, paramLabel = "NAME", description = "ct-bag, ct-small, shipper or badge.")
    String template;

    @Option(names = "--dpi", required = true, paramLabel = "DPI", description = "Print head resolution: 203, 300 or 600.")
    int dpi;

    @Option(names = "--data", required = true, paramLabel = "FILE.json", description = "The label data (keys in the README).")
    Path data;

    @Option(names = "--zpl", required = true, paramLabel = "OUT.zpl", description = "Where to write the ZPL.")
    Path zpl;

    @Option(names = "--png", paramLabel = "OUT.png", description = "Where to write a preview image at the same resolution.")
    Path png;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabelInput.Loaded loaded = LabelInput.load(template, dpi, data, err);
        if (loaded.label() == null) {
            return loaded.exit();
        }
        RenderedLabel label = loaded.label();
        Resolution resolution = loaded.resolution();
        try {
            Files.writeString(zpl, new ZplRenderer(resolution).render(label.label()), StandardCharsets.UTF_8);
            if (png != null) {
                Files.write(png, new PngRenderer(resolution).png(label.label()));
            }
        } catch (IOException e) {
            err.println("coi-edge: cannot write output: " + e.getMessage());
            return EXIT_IO;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("template", label.label().template().toString());
        line.put("dpi", resolution.dpi());
        line.put("zpl", zpl.toString());
        line.put("png", png == null ? null : png.toString());
        line.put("symbols", label.symbols());
        out.println(new ObjectMapper().writeValueAsString(line));
        return EXIT_OK;
    }
}
