package org.coiedge.tests.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code coi-edge.jar} as a separate process, as a technician would. */
final class CoiEdgeProcess {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private CoiEdgeProcess() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("coiedge.jar", "../app/target/coi-edge.jar"));
        assertThat(jar).as("run 'mvn verify' so the app module packages coi-edge.jar first").exists();
        return jar;
    }

    static ProcessBuilder builder(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        return pb;
    }

    static Result run(String... args) throws Exception {
        File out = Files.createTempFile("coi-edge-out", ".txt").toFile();
        File err = Files.createTempFile("coi-edge-err", ".txt").toFile();
        try {
            Process p = builder(args).redirectOutput(out).redirectError(err).start();
            p.getOutputStream().close();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("coi-edge finished").isTrue();
            return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }
}
