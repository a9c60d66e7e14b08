package org.coiedge.app.config;

import java.util.List;
import java.util.Objects;

/** What reading the configuration gave: a configuration, or every problem found in it. */
public sealed interface ConfigResult permits ConfigResult.Valid, ConfigResult.Invalid {
    /** The file (or "demo defaults") the configuration came from. */
    String source();

    /** A usable configuration. */
    record Valid(String source, KioskConfig config) implements ConfigResult {
        public Valid {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(config, "config");
        }
    }

    /** The file has problems; the kiosk does not start with a half-understood configuration. */
    record Invalid(String source, List<ConfigProblem> problems) implements ConfigResult {
        public Invalid {
            Objects.requireNonNull(source, "source");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid configuration has at least one problem");
            }
        }
    }
}
