package org.coiedge.printer.label;

import java.util.Objects;

/** A template's name and version, e.g. {@code ct-bag@1}; recorded with every print. */
public record TemplateId(String name, int version) {
    public TemplateId {
        Objects.requireNonNull(name, "name");
        if (version < 1) {
            throw new IllegalArgumentException("template version starts at 1: " + version);
        }
    }

    @Override
    public String toString() {
        return name + "@" + version;
    }
}
