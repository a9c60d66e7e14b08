package org.coiedge.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.coiedge.core.scan.ScanParser;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coi-edge decode}: decodes scans exactly as a scanner delivered them and writes one JSON
 * object per scan. Exit 0 when every scan decoded, 2 when any did not (a line is still written
 * for each, in order).
 */
@Command(name = "decode",
        description = {
            "Decode what a scanner delivered (ISBT 128, GS1 or plain text) and print one JSON object per scan.",
            "TEXT may start with an AIM symbology identifier (]C0, ]C4, ]d1, ]C1, ]d2, ...) and may contain GS (0x1D)."
        },
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scan decoded", "2:at least one scan did not decode (its line has \"error\")",
            "64:usage error"})
public final class DecodeCommand implements Callable<Integer> {
    /** Exit code when at least one scan failed to decode. */
    public static final int EXIT_NOT_DECODED = 2;

    private final CoiEdgeCommand.Io io;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ScanParser parser = ScanParser.standard();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(arity = "1", paramLabel = "TEXT", description = "One scan, exactly as delivered.")
        String text;

        @Option(names = "--stdin", required = true,
                description = "Read one scan per line from standard input (LF-separated; a trailing CR is dropped).")
        boolean stdin;
    }

    DecodeCommand(CoiEdgeCommand.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (source.text != null) {
            return emit(source.text) ? 0 : EXIT_NOT_DECODED;
        }
        boolean allDecoded = true;
        InputStream in = io.in;
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                allDecoded &= emit(lineText(line));
                line.reset();
            } else {
                line.write(b);
            }
        }
        if (line.size() > 0) {
            allDecoded &= emit(lineText(line));
        }
        return allDecoded ? 0 : EXIT_NOT_DECODED;
    }

    private static String lineText(ByteArrayOutputStream line) {
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** Decodes and prints one scan; returns whether it decoded. */
    private boolean emit(String input) throws IOException {
        ScanJson.Result r = ScanJson.decode(parser, input, mapper);
        io.out.println(mapper.writeValueAsString(r.json()));
        io.out.flush();
        return r.decoded();
    }
}
