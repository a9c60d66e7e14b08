package org.coiedge.core.workflow.collection;

import java.util.Optional;
import org.coiedge.core.ledger.LedgerException;

/**
 * What a collection reads: the patient's order, with the COI of the therapy episode when an earlier
 * collection (here or elsewhere, once synced) already assigned one. Local data only, so it works
 * offline. Blocking; called on the caller's thread.
 */
public interface CollectionFacts {
    Optional<CollectionOrder> orderForPatient(String patientId) throws LedgerException;
}
