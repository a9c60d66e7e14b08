package org.coiedge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The native-image configuration cannot rot silently: every class it names must exist in the
 * kiosk jar as built, and every resource pattern must match something in it.
 */
class NativeConfigTest {
    private static final Path JAR = Path.of(System.getProperty("coiedge.jar"));
    private static final Path CONFIG = Path.of(System.getProperty("coiedge.nativeConfig"));
    private final ObjectMapper json = new ObjectMapper();

    private List<String> missingClasses(String file) throws Exception {
        List<String> missing = new ArrayList<>();
        JsonNode entries = json.readTree(CONFIG.resolve(file).toFile());
        assertThat(entries.size()).as(file + " lists classes").isGreaterThan(5);
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (JsonNode e : entries) {
                String name = e.get("name").asText();
                try {
                    Class.forName(name, false, jar);
                } catch (ClassNotFoundException | LinkageError notThere) {
                    missing.add(name);
                }
            }
        }
        return missing;
    }

    @Test
    void everyClassInTheReflectionConfigurationIsInTheKioskJar() throws Exception {
        assertThat(missingClasses("reflect-config.json")).isEmpty();
    }

    @Test
    void everyClassInTheJniConfigurationIsInTheKioskJar() throws Exception {
        assertThat(missingClasses("jni-config.json")).isEmpty();
    }

    @Test
    void everyResourcePatternMatchesSomethingInTheKioskJar() throws Exception {
        List<String> entries;
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).collect(
                    java.util.stream.Collectors.toList());
        }
        List<String> unmatched = new ArrayList<>();
        for (JsonNode inc : json.readTree(CONFIG.resolve("resource-config.json").toFile()).path("resources")
                .path("includes")) {
            Pattern p = Pattern.compile(inc.get("pattern").asText());
            if (entries.stream().noneMatch(e -> p.matcher(e).matches())) {
                unmatched.add(p.pattern());
            }
        }
        assertThat(unmatched).isEmpty();
    }

    @Test
    void aMisspelledClassWouldBeCaught() throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertThat(jar.loadClass("org.sqlite.JDBC")).isNotNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Class.forName("org.sqlite.JDBCX", false, jar))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }
}
