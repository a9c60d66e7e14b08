package org.coiedge.core.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.coiedge.core.event.EventType;

/**
 * The local copy of the central system's reference data. Each dataset is versioned; a version is
 * applied atomically (readers see the old version or the new one, never a mix) and versions only
 * go up. Thread-safe; writes go through the ledger's writer thread and are durable on return.
 */
public interface ReferenceDataCache {

    /**
     * Replaces the current content of a dataset by {@code rows} (key to JSON text) as version
     * {@code version}.
     *
     * @throws LedgerException REFUSED if {@code version} is not above the current version
     */
    void apply(Dataset dataset, long version, Map<String, String> rows) throws LedgerException;

    /** The version in force, empty if the dataset was never loaded. */
    OptionalLong version(Dataset dataset) throws LedgerException;

    /** One row (JSON text) of the version in force. */
    Optional<String> lookup(Dataset dataset, String key) throws LedgerException;

    /** All rows of the version in force. */
    Map<String, String> rows(Dataset dataset) throws LedgerException;

    /** The canonical event type for a local step name or a canonical name. */
    Optional<EventType> resolveStep(String name) throws LedgerException;
}
