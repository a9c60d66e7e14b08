package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/** DS040 {@code &/CHαppppyynnnnnn}: the chain of identity identifier carried on every custody event. */
public record ChainOfIdentityIdentifier(CoiId coi) implements Isbt128Structure {
    public ChainOfIdentityIdentifier {
        Objects.requireNonNull(coi, "coi");
    }

    /** Builds DS040 from the issuing FIN, the two-digit year and a six-character sequence. */
    public static ChainOfIdentityIdentifier of(Fin fin, int year, String sequence) {
        return new ChainOfIdentityIdentifier(new CoiId(fin, year, sequence));
    }

    static ChainOfIdentityIdentifier decode(String c, int offset) throws ScanDecodeException {
        return new ChainOfIdentityIdentifier(CoiId.read(DataStructure.DS040.label(), c, 0, offset));
    }

    /** The keyboard-entry check character K; see {@link CoiId#CHECK_CHARACTER_COVERS_CH_PREFIX}. */
    public char checkCharacter() {
        return coi.checkCharacter();
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS040;
    }

    @Override
    public String content() {
        return coi.value();
    }
}
