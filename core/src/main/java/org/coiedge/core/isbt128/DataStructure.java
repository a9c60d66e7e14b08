package org.coiedge.core.isbt128;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ISBT 128 data structures coi-edge recognises, each identified by its data identifier (DI).
 * Lengths are of the data content after the DI; {@link #VARIABLE} marks structures whose length is
 * declared inside them, {@link #REST} those whose length is not standardised and which therefore
 * run to the end of the read.
 *
 * <p>Facts from ICCBBA ST-001 Table 2; no licensed lookup table (product descriptions, facilities,
 * special testing) is included.
 */
public enum DataStructure {
    DS001("001", "=", "Donation Identification Number", 15),
    DS002("002", "=%", "Blood Groups [ABO and RhD]", 4),
    DS003("003", "=<", "Product Code", 8),
    DS004("004", "=>", "Expiration Date", 6),
    DS005("005", "&>", "Expiration Date and Time", 10),
    DS006("006", "=*", "Collection Date", 6),
    DS007("007", "&*", "Collection Date and Time", 10),
    DS008("008", "=}", "Production Date", 6),
    DS009("009", "&}", "Production Date and Time", 10),
    DS010("010", "&(", "Special Testing: General", 5),
    DS011("011", "={", "Special Testing: Red Blood Cell Antigens (retired)", 18),
    DS012("012", "=\\", "Special Testing: Red Blood Cell Antigens - General", 18),
    DS013("013", "&\\", "Special Testing: Red Blood Cell Antigens - Finnish", 18),
    DS014("014", "&{", "Special Testing: Platelet HLA and Platelet Specific Antigens", 18),
    DS015("015", "=[", "Special Testing: HLA-A and -B Alleles (retired)", 18),
    DS016("016", "=\"", "Special Testing: HLA-DRB1 Alleles (retired)", 18),
    DS017("017", "=)", "Container Manufacturer and Catalog Number", 10),
    DS018("018", "&)", "Container Lot Number", 10),
    DS019("019", "=;", "Donor Identification Number", 21),
    DS020("020", "='", "Staff Member Identification Number", 11),
    DS021("021", "=-", "Manufacturer and Catalog Number: Items Other Than Containers", 10),
    DS022("022", "&-", "Lot Number: Items Other Than Containers", 10),
    DS023("023", "=+", "Compound Message", 5),
    DS024("024", "=#", "Patient Date of Birth", 10),
    DS025("025", "&#", "Patient Identification Number", DataStructure.VARIABLE),
    DS026("026", "=]", "Expiration Month and Year", 6),
    DS027("027", "&\"", "Transfusion Transmitted Infection Marker", 18),
    DS028("028", "=$", "Product Consignment", 16),
    DS029("029", "&$", "Dimensions", DataStructure.VARIABLE),
    DS030("030", "&%", "Red Cell Antigens with Test History", DataStructure.VARIABLE),
    DS031("031", "=(", "Flexible Date and Time", 16),
    DS032("032", "=,", "Product Divisions", 6),
    DS033("033", "&+", "Processing Facility Information Code", 11),
    DS034("034", "=/", "Processor Product Identification Code", 16),
    DS035("035", "&,1", "MPHO Lot Number", 18),
    DS036("036", "&,2", "MPHO Supplemental Identification Number", 18),
    DS037("037", "&,3", "Global Registration Identifier for Donors (retired)", 19),
    DS038("038", "&,4", "Single European Code", 40),
    DS039("039", "&:", "Global Registration Identifier for Donors", 19),
    DS040("040", "&/", "Chain of Identity Identifier", 15),
    /** {@code &a}-{@code &z}: nationally or locally defined; never inside a compound message. */
    NATIONAL(null, "&", "Nationally or locally defined data structure", DataStructure.REST),
    /** {@code &;}: reserved for a nationally specified donor identification number. */
    NATIONAL_DONOR_ID(null, "&;", "Nationally specified Donor Identification Number", DataStructure.REST),
    /** {@code &!}: confidential unit exclusion status, nationally defined. */
    CONFIDENTIAL_UNIT_EXCLUSION(null, "&!", "Confidential Unit Exclusion Status", DataStructure.REST);

    /** Content length declared inside the structure (DS025, DS029, DS030). */
    public static final int VARIABLE = -1;
    /** Content length not standardised: the structure runs to the end of the read. */
    public static final int REST = -2;

    private static final Map<String, DataStructure> BY_DI = new HashMap<>();

    static {
        for (DataStructure ds : values()) {
            if (ds != DS001 && ds != NATIONAL) {
                BY_DI.put(ds.di, ds);
            }
        }
    }

    private final String number;
    private final String di;
    private final String title;
    private final int contentLength;

    DataStructure(String number, String di, String title, int contentLength) {
        this.number = number;
        this.di = di;
        this.title = title;
        this.contentLength = contentLength;
    }

    /** ICCBBA's three-digit number ("001"), or null for structures ICCBBA does not define. */
    public String number() {
        return number;
    }

    /**
     * The data identifier. For DS001 only {@code =}: its second DI character is the first FIN
     * character and part of the content. For {@link #NATIONAL} only {@code &}, followed by a-z.
     */
    public String dataIdentifier() {
        return di;
    }

    public String title() {
        return title;
    }

    /** Fixed content length, or {@link #VARIABLE} or {@link #REST}. */
    public int contentLength() {
        return contentLength;
    }

    /** Short name for messages: {@code DS001}, or {@code ISBT 128 &a} style for national structures. */
    public String label() {
        return number != null ? "DS" + number : "ISBT 128 " + di;
    }

    /** Whether this structure may be carried inside a DS023 compound message. */
    public boolean allowedInCompound() {
        return this != DS023 && contentLength != REST;
    }

    /** Looks up a two- or three-character DI other than DS001's and the national {@code &a-&z}. */
    static Optional<DataStructure> byDataIdentifier(String di) {
        return Optional.ofNullable(BY_DI.get(di));
    }
}
