package org.coiedge.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reports the version the build stamped into {@code version.properties}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The application version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a built jar. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/coiedge/app/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"coi-edge " + version()};
    }
}
