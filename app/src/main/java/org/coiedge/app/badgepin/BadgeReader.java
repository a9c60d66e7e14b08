package org.coiedge.app.badgepin;

import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.StaffIdentificationNumber;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;

/** The staff id (DS020 content) a badge scan carries, if it is a badge. Stateless; thread-safe. */
public final class BadgeReader {
    private final ScanParser parser;

    public BadgeReader(ScanParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    public Optional<String> staffId(String scanText) {
        try {
            DecodedScan d = parser.decode(scanText);
            if (d instanceof DecodedScan.Isbt128) {
                for (Isbt128Structure s : ((DecodedScan.Isbt128) d).structures()) {
                    if (s instanceof StaffIdentificationNumber) {
                        return Optional.of(s.content());
                    }
                }
            }
        } catch (ScanDecodeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
