package org.coiedge.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The application with its own Java runtime: jdeps finds the modules the jar needs, jlink builds a
 * trimmed runtime, jpackage makes the app image ({@code bin/coi-edge} launcher, {@code lib/app},
 * {@code lib/runtime}). Blocking.
 */
final class AppImage {
    /**
     * Modules the jar needs that jdeps cannot see: TLS with EC keys (central sync over HTTPS),
     * Unsafe (JNA, okio), locale data for the second language, charsets of serial scanners,
     * management and logging used by libraries at run time.
     */
    static final List<String> ALWAYS = List.of("java.base", "java.desktop", "java.logging", "java.management",
            "java.naming", "java.net.http", "java.prefs", "java.scripting", "java.security.jgss", "java.sql",
            "java.xml", "jdk.charsets", "jdk.crypto.ec", "jdk.localedata", "jdk.unsupported", "jdk.zipfs");

    private AppImage() {
    }

    /** The modules for {@code jar}: what jdeps reports plus {@link #ALWAYS}. */
    static List<String> modules(Path jar) throws IOException {
        String found = Tools.jdk("jdeps", List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release",
                "17", jar.toString())).strip();
        TreeSet<String> all = new TreeSet<>(ALWAYS);
        for (String m : found.split(",")) {
            if (!m.isBlank()) {
                all.add(m.strip());
            }
        }
        return new ArrayList<>(all);
    }

    /** Builds {@code work/image/coi-edge} and returns it. */
    static Path build(Path jar, String appVersion, Path work) throws IOException {
        Path runtime = work.resolve("runtime");
        Path input = work.resolve("input");
        Path images = work.resolve("image");
        Files.createDirectories(input);
        Files.copy(jar, input.resolve("coi-edge.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Tools.jdk("jlink", List.of("--add-modules", String.join(",", modules(jar)), "--output", runtime.toString(),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2"));
        Tools.jdk("jpackage", List.of("--type", "app-image", "--name", "coi-edge", "--input", input.toString(),
                "--main-jar", "coi-edge.jar", "--main-class", "org.coiedge.app.Main", "--runtime-image",
                runtime.toString(), "--app-version", appVersion, "--dest", images.toString(),
                "--description", "coi-edge chain-of-identity kiosk", "--vendor", "coi-edge",
                "--java-options", "-Dcoiedge.installed=/opt/coi-edge"));
        return images.resolve("coi-edge");
    }
}
