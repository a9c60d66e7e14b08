package org.coiedge.core.isbt128;

import java.util.LinkedHashMap;
import java.util.Map;

/** One valid encoded sample per data structure, built from validation facilities A9990-A9999. */
final class Samples {
    static final String D18 = "012345678901234567";

    private Samples() {
    }

    static Map<DataStructure, String> all() {
        Map<DataStructure, String> m = new LinkedHashMap<>();
        m.put(DataStructure.DS001, "=A99992412345600");
        m.put(DataStructure.DS002, "=%5100");
        m.put(DataStructure.DS003, "=<S1234100");
        m.put(DataStructure.DS004, "=>026067");
        m.put(DataStructure.DS005, "&>0260672359");
        m.put(DataStructure.DS006, "=*026001");
        m.put(DataStructure.DS007, "&*0260011200");
        m.put(DataStructure.DS008, "=}026002");
        m.put(DataStructure.DS009, "&}0260020800");
        m.put(DataStructure.DS010, "&(N0001");
        m.put(DataStructure.DS011, "={" + D18);
        m.put(DataStructure.DS012, "=\\" + D18);
        m.put(DataStructure.DS013, "&\\" + D18);
        m.put(DataStructure.DS014, "&{" + D18);
        m.put(DataStructure.DS015, "=[" + D18);
        m.put(DataStructure.DS016, "=\"" + D18);
        m.put(DataStructure.DS017, "=)1AB1234567");
        m.put(DataStructure.DS018, "&)LOT1234567");
        m.put(DataStructure.DS019, "=;A99991234567890123456");
        m.put(DataStructure.DS020, "='A9999ABC123");
        m.put(DataStructure.DS021, "=-AB12345678");
        m.put(DataStructure.DS022, "&-LOT0000001");
        m.put(DataStructure.DS023, "=+02000=A99992412345600&/CHA999926X7K2Q9");
        m.put(DataStructure.DS024, "=#0119800229");
        m.put(DataStructure.DS025, "&#0108MRN12345");
        m.put(DataStructure.DS026, "=]202612");
        m.put(DataStructure.DS027, "&\"" + D18);
        m.put(DataStructure.DS028, "=$A999924000010102");
        m.put(DataStructure.DS029, "&$0101000100250000");
        m.put(DataStructure.DS030, "&%0010000010101");
        m.put(DataStructure.DS031, "=(2001202611221530");
        m.put(DataStructure.DS032, "=,000012");
        m.put(DataStructure.DS033, "&+A9997XYZ100");
        m.put(DataStructure.DS034, "=/A9997XYZ100T0479");
        m.put(DataStructure.DS035, "&,1" + D18);
        m.put(DataStructure.DS036, "&,2" + D18);
        m.put(DataStructure.DS037, "&,3" + D18 + "8");
        m.put(DataStructure.DS038, "&,4" + D18 + D18 + "0123");
        m.put(DataStructure.DS039, "&:" + D18 + "9");
        m.put(DataStructure.DS040, "&/CHA999926X7K2Q9");
        m.put(DataStructure.NATIONAL, "&bLOCAL-CODE-42");
        m.put(DataStructure.NATIONAL_DONOR_ID, "&;NL12345678");
        m.put(DataStructure.CONFIDENTIAL_UNIT_EXCLUSION, "&!1");
        return m;
    }
}
