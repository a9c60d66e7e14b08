package org.coiedge.core.workflow;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.coiedge.core.event.Party;
import org.coiedge.core.isbt128.Fin;

/**
 * Where a workflow runs: the site (its FIN, IANA zone and the party it is in custody records), the
 * recording device and the clock every step time is read from.
 */
public record SiteContext(Fin site, ZoneId zone, Party siteParty, String deviceId, Clock clock) {
    public SiteContext {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(siteParty, "siteParty");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(clock, "clock");
    }
}
