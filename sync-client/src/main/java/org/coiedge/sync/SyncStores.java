package org.coiedge.sync;

import java.util.Objects;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.core.ledger.SyncRecords;

/** The parts of the device's ledger that sync reads and writes. */
public record SyncStores(SyncRecords records, ReferenceDataCache referenceData, IdentifierBlocks blocks) {
    public SyncStores {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(blocks, "blocks");
    }
}
