package org.coiedge.core.isbt128;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates random valid ISBT 128 structures for property tests (validation FINs A9990-A9999 only). */
final class RandomStructures {
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ALNUM = UPPER_ALNUM + "abcdefghijklmnopqrstuvwxyz";
    private final Random r;

    RandomStructures(long seed) {
        this.r = new Random(seed);
    }

    Fin fin() {
        return Fin.of("A999" + r.nextInt(10));
    }

    String chars(String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    String digits(int n) {
        return chars("0123456789", n);
    }

    LocalDate date() {
        LocalDate start = LocalDate.of(2000, 1, 1);
        return start.plusDays(r.nextInt(365 * 100 + 24));
    }

    LocalDateTime dateTime() {
        return date().atTime(r.nextInt(24), r.nextInt(60));
    }

    Din din() {
        return new Din(fin(), r.nextInt(100), r.nextInt(1_000_000));
    }

    DonationIdentificationNumber ds001() {
        Din din = din();
        switch (r.nextInt(3)) {
            case 0: return new DonationIdentificationNumber(din, DinFlags.none());
            case 1: return new DonationIdentificationNumber(din, DinFlags.process(1 + r.nextInt(59)));
            default: return DonationIdentificationNumber.withCheckFlag(din);
        }
    }

    ProductCode ds003() {
        String families = "EFHSPYMNRTVWABCD";
        String pdc = families.charAt(r.nextInt(families.length())) + chars(UPPER_ALNUM, 4);
        if (ProductCode.hasCollectionType(pdc)) {
            return new ProductCode(pdc, ALNUM.charAt(r.nextInt(ALNUM.length())),
                    chars(UPPER_ALNUM, 1) + chars("abcdefghijklmnopqrstuvwxyz0123456789", 1));
        }
        return new ProductCode(pdc, null, chars(ALNUM, 3));
    }

    /** Any structure allowed inside a compound message. */
    Isbt128Structure simple() {
        switch (r.nextInt(14)) {
            case 0: return ds001();
            case 1: return ds003();
            case 2: return new IsbtDate(List.of(DataStructure.DS004, DataStructure.DS006, DataStructure.DS008).get(r.nextInt(3)), date());
            case 3: return new IsbtDateTime(List.of(DataStructure.DS005, DataStructure.DS007, DataStructure.DS009).get(r.nextInt(3)), dateTime());
            case 4: return new DonorIdentificationNumber(fin(), digits(16));
            case 5: return new StaffIdentificationNumber(fin(), chars(UPPER_ALNUM, 6));
            case 6: return new PatientDateOfBirth(chars(UPPER_ALNUM, 2), LocalDate.of(1900, 1, 1).plusDays(r.nextInt(45000)));
            case 7: return new PatientIdentificationNumber(chars(UPPER_ALNUM, 2), chars(ALNUM, 1 + r.nextInt(30)));
            case 8: return new FlexibleDateTime(r.nextBoolean() ? FlexibleDateTime.Zone.LOCAL : FlexibleDateTime.Zone.UTC,
                    '0', digits(2), LocalDate.of(1990, 1, 1).plusDays(r.nextInt(30000)).atTime(r.nextInt(24), r.nextInt(60)));
            case 9: return new ProductDivisions(chars(ALNUM, 6));
            case 10: return new ProcessingFacilityCode(fin(), chars(UPPER_ALNUM, 6));
            case 11: return new ProcessorProductCode(fin(), chars(UPPER_ALNUM, 6), chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + chars(UPPER_ALNUM, 4));
            case 12: return ChainOfIdentityIdentifier.of(fin(), r.nextInt(100), chars(UPPER_ALNUM, 6));
            default: return new BloodGroups(chars(ALNUM, 2), UPPER_ALNUM.charAt(r.nextInt(36)), '0');
        }
    }

    CompoundMessage compound() {
        List<Isbt128Structure> inner = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            inner.add(simple());
        }
        return CompoundMessage.unordered(inner);
    }
}
