package org.coiedge.core.isbt128;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structure order each DS023 message id requires. ICCBBA publishes the message ids; the table
 * is theirs and is not shipped, so a site registers the ids it uses (and coi-edge its own label
 * layouts). Implementations are immutable and safe to share between threads.
 */
@FunctionalInterface
public interface CompoundMessageRegistry {
    /** The required order for {@code messageId}, or empty if the id is not registered. */
    Optional<List<DataStructure>> expectedOrder(String messageId);

    /** A registry that knows no message id: only {@code 000} messages are fully checked. */
    static CompoundMessageRegistry none() {
        return id -> Optional.empty();
    }

    /** A registry of the given definitions. */
    static CompoundMessageRegistry of(Map<String, List<DataStructure>> definitions) {
        Map<String, List<DataStructure>> copy = Map.copyOf(definitions);
        return id -> Optional.ofNullable(copy.get(id));
    }
}
