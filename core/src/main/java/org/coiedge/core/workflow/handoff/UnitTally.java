package org.coiedge.core.workflow.handoff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.workflow.BagIdentity;

/**
 * Counts scanned units against a manifest: the reconciliation at every transfer. Not thread-safe:
 * one screen owns one tally.
 */
public final class UnitTally {
    private final Manifest manifest;
    private final Clock clock;
    private final Map<Din, IdentifierProvenance> scanned = new LinkedHashMap<>();
    private final Set<Din> extra = new LinkedHashSet<>();
    private final Set<Din> duplicated = new LinkedHashSet<>();
    private final Set<Din> expired = new LinkedHashSet<>();
    private final Set<Din> wrongCoi = new LinkedHashSet<>();
    private final List<Din> confirmedRescans = new ArrayList<>();

    public UnitTally(Manifest manifest, Clock clock) {
        this.manifest = manifest;
        this.clock = clock;
    }

    /** Adds one scanned unit and says what it was. */
    public UnitScan scan(BagIdentity bag) {
        Din din = bag.din();
        if (scanned.containsKey(din) || extra.contains(din)) {
            duplicated.add(din);
            return UnitScan.DUPLICATE;
        }
        Optional<ExpectedUnit> expected = manifest.unit(din);
        if (expected.isEmpty()) {
            extra.add(din);
            return UnitScan.UNEXPECTED;
        }
        scanned.put(din, bag.provenance());
        if (bag.coi().isPresent() && !bag.coi().get().equals(manifest.coi())) {
            wrongCoi.add(din);
            return UnitScan.WRONG_COI;
        }
        if (!clock.instant().isBefore(expected.get().expiresAt())) {
            expired.add(din);
            return UnitScan.EXPIRED;
        }
        return UnitScan.ACCEPTED;
    }

    /**
     * The operator checked that a duplicate scan was the same physical bag scanned again (one bag in
     * hand, not two with the same label); recorded with the handoff.
     */
    public boolean confirmSameBag(Din din) {
        if (duplicated.remove(din)) {
            confirmedRescans.add(din);
            return true;
        }
        return false;
    }

    /** Takes back an unexpected unit that was put aside (it does not travel). */
    public boolean removeExtra(Din din) {
        duplicated.remove(din);
        return extra.remove(din);
    }

    public Reconciliation reconciliation() {
        List<Din> missing = new ArrayList<>();
        for (ExpectedUnit u : manifest.units()) {
            if (!scanned.containsKey(u.din())) {
                missing.add(u.din());
            }
        }
        return new Reconciliation(new ArrayList<>(scanned.keySet()), missing, new ArrayList<>(extra),
                new ArrayList<>(duplicated), new ArrayList<>(expired), new ArrayList<>(wrongCoi));
    }

    /** How each scanned unit was obtained, for the event. */
    public Map<Din, IdentifierProvenance> provenance() {
        return Map.copyOf(scanned);
    }

    /** Units confirmed as rescans of the same bag. */
    public List<Din> confirmedRescans() {
        return List.copyOf(confirmedRescans);
    }

    public Manifest manifest() {
        return manifest;
    }
}
