package org.coiedge.core.workflow.bedside;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;

/**
 * The release of one unit for one patient, from the releases reference data: without it a bag
 * is never administered.
 *
 * @param din        the released unit
 * @param coi        its chain of identity
 * @param patientId  the one patient it is released for
 * @param releasedAt when it was released
 * @param expiresAt  when the product expires
 * @param labelZone  the zone in which the label states its expiry (the labelling facility's)
 */
public record Release(Din din, CoiId coi, String patientId, Instant releasedAt, Instant expiresAt, ZoneId labelZone) {
    public Release {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(releasedAt, "releasedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(labelZone, "labelZone");
    }
}
