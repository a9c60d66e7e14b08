package org.coiedge.core.workflow.bedside;

import java.util.Optional;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.LedgerException;

/**
 * What bedside verification checks against, all from local data so it works offline: the orders
 * and releases reference data and the ledger's custody state. Blocking; called on the caller's
 * thread.
 */
public interface BedsideFacts {
    /** The open treatment order of a patient, if any. */
    Optional<TreatmentOrder> orderForPatient(String patientId) throws LedgerException;

    /** The release of a unit, if any. */
    Optional<Release> releaseFor(Din din) throws LedgerException;

    /** The custody of a COI now, as the ledger knows it now. */
    CustodyState custodyNow(CoiId coi) throws LedgerException;
}
