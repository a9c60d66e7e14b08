package org.coiedge.sync;

import java.util.Objects;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.core.ledger.SyncRecords;

/**
 * The parts of the device's ledger that sync reads and writes. With {@code remote} set, every round
 * also reads other devices' events of the COIs this device works on (see {@link RemoteFollower}).
 */
public record SyncStores(SyncRecords records, ReferenceDataCache referenceData, IdentifierBlocks blocks,
        org.coiedge.core.ledger.RemoteEvents remote) {
    public SyncStores {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(referenceData, "referenceData");
        Objects.requireNonNull(blocks, "blocks");
    }

    /** Stores without following other devices' events. */
    public SyncStores(SyncRecords records, ReferenceDataCache referenceData, IdentifierBlocks blocks) {
        this(records, referenceData, blocks, null);
    }
}
