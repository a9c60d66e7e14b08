package org.coiedge.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the kiosk keeps its files. The data folder is the system property {@code coiedge.data},
 * else the environment variable {@code COIEDGE_DATA}, else {@code coi-edge} in the user's home.
 * The configuration file is {@code coiedge.config} / {@code COIEDGE_CONFIG}, else
 * {@code coi-edge.properties} in the data folder if it exists; with none the kiosk runs in demo mode.
 */
public record KioskPaths(Path dataDir, Optional<Path> configFile) {
    public KioskPaths {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(configFile, "configFile");
    }

    /** Resolves the folders from system properties, the environment and the user's home. */
    public static KioskPaths resolve(Map<String, String> env) {
        String data = firstSet(System.getProperty("coiedge.data"), env.get("COIEDGE_DATA"));
        Path dir = data != null ? Path.of(data) : Path.of(System.getProperty("user.home"), "coi-edge");
        String config = firstSet(System.getProperty("coiedge.config"), env.get("COIEDGE_CONFIG"));
        if (config != null) {
            return new KioskPaths(dir, Optional.of(Path.of(config)));
        }
        Path inData = dir.resolve("coi-edge.properties");
        return new KioskPaths(dir, Files.isRegularFile(inData) ? Optional.of(inData) : Optional.empty());
    }

    private static String firstSet(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    public Path ledger() {
        return dataDir.resolve("ledger.db");
    }

    public Path deviceKey() {
        return dataDir.resolve("ledger.db.device.p12");
    }

    /** Where the virtual printer writes labels ({@code labels/<printer id>}). */
    public Path labels(String printerId) {
        return dataDir.resolve("labels").resolve(printerId);
    }

    public Path exports() {
        return dataDir.resolve("exports");
    }

    public Path demoSheet() {
        return dataDir.resolve("demo-sheet.html");
    }
}
