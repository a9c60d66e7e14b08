package org.coiedge.core.isbt128;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * DS002 {@code ggre}: {@code gg} an ABO/RhD group or special message code, {@code r} the Rh, Kell
 * or Mia/Mur phenotype code, {@code e} reserved. Only the common group codes and special messages
 * of ST-001 Tables 4 and 5 are named here; other codes decode with their code and no name.
 */
public record BloodGroups(String group, char phenotype, char reserved) implements Isbt128Structure {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("95", "O RhD negative"), Map.entry("51", "O RhD positive"),
            Map.entry("06", "A RhD negative"), Map.entry("62", "A RhD positive"),
            Map.entry("17", "B RhD negative"), Map.entry("73", "B RhD positive"),
            Map.entry("28", "AB RhD negative"), Map.entry("84", "AB RhD positive"),
            Map.entry("55", "O"), Map.entry("66", "A"), Map.entry("77", "B"), Map.entry("88", "AB"),
            Map.entry("00", "No ABO or RhD information"),
            Map.entry("Ma", "Autologous collection"), Map.entry("Mb", "Biohazardous"),
            Map.entry("Md", "Discard (to be destroyed)"), Map.entry("Mf", "For fractionation use only"),
            Map.entry("Mq", "Quarantine / hold for further testing or processing"),
            Map.entry("Mr", "For research use only"), Map.entry("Mx", "Not for transfusion based on test results"));

    public BloodGroups {
        Objects.requireNonNull(group, "group");
        if (group.length() != 2 || !Chars.isAlnum(group.charAt(0)) || !Chars.isAlnum(group.charAt(1))
                || !Chars.isUpperAlnum(phenotype) || !Chars.isUpperAlnum(reserved)) {
            throw new IllegalArgumentException("invalid DS002 content: " + group + phenotype + reserved);
        }
    }

    static BloodGroups decode(String c, int offset) throws ScanDecodeException {
        String label = DataStructure.DS002.label();
        Chars.requireAlnum(label, c, 0, 2, offset, "the blood group code");
        Chars.requireUpperAlnum(label, c, 2, 4, offset, "the phenotype and reserved characters");
        return new BloodGroups(c.substring(0, 2), c.charAt(2), c.charAt(3));
    }

    /** The name of {@link #group()} if it is one of the codes coi-edge knows. */
    public Optional<String> groupName() {
        return Optional.ofNullable(NAMES.get(group));
    }

    @Override
    public DataStructure type() {
        return DataStructure.DS002;
    }

    @Override
    public String content() {
        return group + phenotype + reserved;
    }
}
