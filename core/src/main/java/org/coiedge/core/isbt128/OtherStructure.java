package org.coiedge.core.isbt128;

import java.util.Objects;

/**
 * A structure coi-edge recognises by its data identifier and length but does not interpret
 * (special testing, container and lot numbers, national structures, ...): passed through with
 * its content untouched.
 */
public record OtherStructure(DataStructure type, String dataIdentifier, String content) implements Isbt128Structure {
    public OtherStructure {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dataIdentifier, "dataIdentifier");
        Objects.requireNonNull(content, "content");
    }
}
