package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/** DS033 {@code FIN(P) + 6-character facility product code}: who processed the product and their own code for it. */
public record ProcessingFacilityCode(Fin processor, String facilityProductCode) implements Isbt128Structure {
    public ProcessingFacilityCode {
        Objects.requireNonNull(processor, "processor");
        requireFpc(facilityProductCode);
    }

    static void requireFpc(String fpc) {
        Objects.requireNonNull(fpc, "facilityProductCode");
        if (fpc.length() != 6 || !fpc.chars().allMatch(c -> Chars.isUpperAlnum((char) c))) {
            throw new IllegalArgumentException("facility product code is 6 characters A-Z or 0-9: " + fpc);
        }
    }

    static ProcessingFacilityCode decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS033.label();
        Fin fin = Fin.read(label, c, 0, offset);
        Chars.requireUpperAlnum(label, c, 5, 11, offset, "the facility product code");
        return new ProcessingFacilityCode(fin, c.substring(5, 11));
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS033;
    }

    @Override
    public String content() {
        return processor.value() + facilityProductCode;
    }
}
