package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/** DS032 {@code dddddd}: the division code, used with a DS003 whose division is {@code 99}. */
public record ProductDivisions(String divisions) implements Isbt128Structure {
    public ProductDivisions {
        Objects.requireNonNull(divisions, "divisions");
        if (divisions.length() != 6 || !divisions.chars().allMatch(c -> Chars.isAlnum((char) c))) {
            throw new IllegalArgumentException("DS032 is 6 letters or digits: " + divisions);
        }
    }

    static ProductDivisions decode(String c, int offset) throws ScanDecodeException {
        Chars.requireAlnum(DataStructure.DS032.label(), c, 0, 6, offset, "the product divisions");
        return new ProductDivisions(c);
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS032;
    }

    @Override
    public String content() {
        return divisions;
    }
}
