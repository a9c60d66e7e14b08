package org.coiedge.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.coiedge.core.ledger.Dataset;

/** The central system's answer to a reference data pull. */
public sealed interface ReferenceUpdate
        permits ReferenceUpdate.NotModified, ReferenceUpdate.NotPublished, ReferenceUpdate.Changes {

    /** The device already has the version in force (304). */
    record NotModified(Dataset dataset) implements ReferenceUpdate {
    }

    /** The central system has never published this dataset. */
    record NotPublished(Dataset dataset) implements ReferenceUpdate {
    }

    /**
     * A newer version. When {@code complete}, {@code rows} is the whole dataset; otherwise it holds the
     * rows added or changed since {@code baseVersion} and {@code deleted} the keys removed since.
     * Row values are canonical JSON text.
     */
    record Changes(Dataset dataset, long version, OptionalLong baseVersion, boolean complete,
            Map<String, String> rows, List<String> deleted) implements ReferenceUpdate {
        public Changes {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(baseVersion, "baseVersion");
            rows = Map.copyOf(rows);
            deleted = List.copyOf(deleted);
        }
    }
}
