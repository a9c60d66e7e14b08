package org.coiedge.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.coiedge.scanner.image.DecodedSymbol;
import org.coiedge.scanner.image.ImageDecoder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coi-edge scan-image}: finds the barcodes in image files and prints one JSON object per
 * image: {@code file}, {@code symbols} (each {@code format} and {@code text}) and {@code millis}
 * (decode time). A file that is not a readable image gets an {@code error} instead of symbols.
 */
@Command(name = "scan-image",
        description = {
            "Read Code 128, Data Matrix and QR symbols (GS1 included) from images; one JSON object per image.",
            "Each symbol's text starts with its AIM identifier (]C0, ]d1, ]d2, ...) and keeps GS (0x1D)."
        },
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every image held at least one symbol",
            "2:an image held no symbol or could not be read (its line says which)", "64:usage error"})
public final class ScanImageCommand implements Callable<Integer> {
    /** Exit code when an image had no symbol or was not readable. */
    public static final int EXIT_NOT_READ = 2;

    private final CoiEdgeCommand.Io io;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ImageDecoder decoder = new ImageDecoder();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Image files (PNG, JPEG, BMP, GIF).")
        List<Path> files;

        @Option(names = "--stdin", required = true, description = "Read one image path per line from standard input.")
        boolean stdin;
    }

    ScanImageCommand(CoiEdgeCommand.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        boolean allRead = true;
        if (source.files != null) {
            for (Path file : source.files) {
                allRead &= emit(file.toString());
            }
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(io.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    allRead &= emit(line.strip());
                }
            }
        }
        return allRead ? 0 : EXIT_NOT_READ;
    }

    /** Decodes and prints one image; returns whether it held at least one symbol. */
    private boolean emit(String file) throws IOException {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", file);
        BufferedImage image = read(Path.of(file), o);
        boolean found = false;
        if (image != null) {
            long started = System.nanoTime();
            List<DecodedSymbol> symbols = decoder.decode(image);
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            ArrayNode list = o.putArray("symbols");
            for (DecodedSymbol s : symbols) {
                list.addObject().put("format", s.format()).put("text", s.text());
            }
            o.put("millis", Math.round(millis * 10) / 10.0);
            found = !symbols.isEmpty();
        }
        io.out.println(mapper.writeValueAsString(o));
        io.out.flush();
        return found;
    }

    private static BufferedImage read(Path file, ObjectNode o) {
        if (!Files.isRegularFile(file)) {
            o.put("error", "no such file - check the path");
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                o.put("error", "not an image this tool reads - use PNG, JPEG, BMP or GIF");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            o.put("error", "image could not be read (" + e.getClass().getSimpleName() + ") - is the file complete?");
            return null;
        }
    }
}
