package org.coiedge.app.config;

import java.util.Objects;

/** One thing wrong in the configuration file: the key and what to do about it. */
public record ConfigProblem(String key, String message) {
    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
