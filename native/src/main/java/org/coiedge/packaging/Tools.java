package org.coiedge.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;

/** Runs JDK tools in-process (jdeps, jlink, jpackage) and system commands; failures name the command and its output. */
final class Tools {
    private Tools() {
    }

    /** Runs a JDK tool; returns its standard output. */
    static String jdk(String tool, List<String> args) throws IOException {
        ToolProvider t = ToolProvider.findFirst(tool).orElseThrow(() -> new IOException("The JDK tool '" + tool
                + "' is missing: build the installer with a full JDK 17 (not a JRE)."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = t.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), args.toArray(new String[0]));
        if (code != 0) {
            throw new IOException(tool + " " + String.join(" ", args) + " failed (" + code + "): "
                    + err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Runs a system command; returns its standard output (standard error merged). */
    static String run(String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException(String.join(" ", cmd) + " failed (" + code + "): " + out);
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(String.join(" ", cmd) + " was interrupted", e);
        }
    }
}
