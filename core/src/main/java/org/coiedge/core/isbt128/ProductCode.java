package org.coiedge.core.isbt128;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * DS003 {@code αoooo tds}: the product description code (PDC, looked up in the site's licensed
 * ICCBBA table, never shipped here), then either a collection type {@code t} and a division
 * {@code ds} (families E, F, H, S, P, X0, Y) or a three-character division/pack code.
 */
public record ProductCode(String descriptionCode, Character collectionType, String division)
        implements Isbt128Structure {
    private static final Map<Character, String> COLLECTION_TYPES = Map.ofEntries(
            Map.entry('0', "Not specified"), Map.entry('V', "Volunteer allogeneic"),
            Map.entry('R', "Volunteer research"), Map.entry('S', "Volunteer source"),
            Map.entry('T', "Volunteer therapeutic"), Map.entry('P', "Paid allogeneic"),
            Map.entry('r', "Paid research"), Map.entry('s', "Paid source"),
            Map.entry('A', "Autologous, eligible for crossover"), Map.entry('1', "For autologous use only"),
            Map.entry('X', "For autologous use only, biohazard"),
            Map.entry('D', "Volunteer directed, eligible for crossover"),
            Map.entry('d', "Paid directed, eligible for crossover"), Map.entry('2', "For directed recipient use only"),
            Map.entry('L', "For directed recipient use only, limited exposure"),
            Map.entry('E', "Medical exception, for specified recipient only"),
            Map.entry('Q', "See special testing bar code"), Map.entry('3', "For directed recipient use only, biohazard"),
            Map.entry('4', "Designated"), Map.entry('5', "Dedicated"), Map.entry('6', "Designated, biohazard"),
            Map.entry('F', "Family reserved"), Map.entry('C', "Replacement"), Map.entry('7', "For allogeneic use"),
            Map.entry('8', "For autologous use, contains allogeneic material"));

    public ProductCode {
        Objects.requireNonNull(descriptionCode, "descriptionCode");
        Objects.requireNonNull(division, "division");
        boolean typed = hasCollectionType(descriptionCode);
        if (descriptionCode.length() != 5 || typed != (collectionType != null)
                || division.length() != (typed ? 2 : 3)) {
            throw new IllegalArgumentException("invalid DS003 parts: " + descriptionCode + " " + collectionType + " " + division);
        }
    }

    /** Whether products of this PDC's family carry a collection type in position 6. */
    public static boolean hasCollectionType(String pdc) {
        char a = pdc.charAt(0);
        return a == 'E' || a == 'F' || a == 'H' || a == 'S' || a == 'P' || a == 'Y'
                || (a == 'X' && pdc.length() > 1 && pdc.charAt(1) == '0');
    }

    static ProductCode decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS003.label();
        if (!Chars.isUpper(c.charAt(0))) {
            Chars.requireUpperAlnum(label, c, 0, 1, offset, "the product family letter");
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT,
                    label, offset + 1, "the product code must start with a letter A-Z, found " + Chars.show(c.charAt(0)));
        }
        Chars.requireUpperAlnum(label, c, 1, 5, offset, "the product description code");
        String pdc = c.substring(0, 5);
        if (hasCollectionType(pdc)) {
            Chars.requireAlnum(label, c, 5, 6, offset, "the collection type");
            Chars.requireUpperAlnum(label, c, 6, 7, offset, "the first division character");
            if (!Chars.isLower(c.charAt(7)) && !Chars.isDigit(c.charAt(7))) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT,
                        label, offset + 8, "the second division character must be a-z or 0-9, found " + Chars.show(c.charAt(7)));
            }
            return new ProductCode(pdc, c.charAt(5), c.substring(6, 8));
        }
        Chars.requireAlnum(label, c, 5, 8, offset, "the division code");
        return new ProductCode(pdc, null, c.substring(5, 8));
    }

    /** The collection type's meaning from ST-001 Table 7, if the code is listed there. */
    public Optional<String> collectionTypeName() {
        return collectionType == null ? Optional.empty() : Optional.ofNullable(COLLECTION_TYPES.get(collectionType));
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS003;
    }

    @Override
    public String content() {
        return descriptionCode + (collectionType == null ? "" : collectionType.toString()) + division;
    }
}
