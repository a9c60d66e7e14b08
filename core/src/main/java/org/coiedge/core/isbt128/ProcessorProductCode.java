package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/** DS034 {@code FIN(P) + facility product code + PDC}: the processor's product identification. */
public record ProcessorProductCode(Fin processor, String facilityProductCode, String descriptionCode)
        implements Isbt128Structure {
    public ProcessorProductCode {
        Objects.requireNonNull(processor, "processor");
        ProcessingFacilityCode.requireFpc(facilityProductCode);
        Objects.requireNonNull(descriptionCode, "descriptionCode");
        if (descriptionCode.length() != 5 || !Chars.isUpper(descriptionCode.charAt(0))
                || !descriptionCode.chars().allMatch(c -> Chars.isUpperAlnum((char) c))) {
            throw new IllegalArgumentException("product description code is a letter and 4 characters A-Z or 0-9: " + descriptionCode);
        }
    }

    static ProcessorProductCode decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS034.label();
        Fin fin = Fin.read(label, c, 0, offset);
        Chars.requireUpperAlnum(label, c, 5, 11, offset, "the facility product code");
        if (!Chars.isUpper(c.charAt(11))) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, label, offset + 12,
                    "the product description code must start with a letter A-Z, found " + Chars.show(c.charAt(11)));
        }
        Chars.requireUpperAlnum(label, c, 12, 16, offset, "the product description code");
        return new ProcessorProductCode(fin, c.substring(5, 11), c.substring(11, 16));
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS034;
    }

    @Override
    public String content() {
        return processor.value() + facilityProductCode + descriptionCode;
    }
}
