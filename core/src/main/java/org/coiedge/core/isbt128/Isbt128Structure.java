package org.coiedge.core.isbt128;

/**
 * One decoded ISBT 128 data structure. Every implementation is an immutable value that re-encodes
 * to exactly the characters it was decoded from ({@link #encode()}).
 */
public sealed interface Isbt128Structure
        permits DonationIdentificationNumber, BloodGroups, ProductCode, IsbtDate, IsbtDateTime,
                DonorIdentificationNumber, StaffIdentificationNumber, CompoundMessage, PatientDateOfBirth,
                PatientIdentificationNumber, FlexibleDateTime, ProductDivisions, ProcessingFacilityCode,
                ProcessorProductCode, ChainOfIdentityIdentifier, OtherStructure {

    /** Which structure this is. */
    DataStructure type();

    /** The data identifier as read, e.g. {@code =<}; for DS001 {@code =} plus the first FIN character. */
    default String dataIdentifier() {
        return type().dataIdentifier();
    }

    /** The data content after the DI (for DS001 all 15 characters {@code αppppyynnnnnnff}). */
    String content();

    /** The structure as it appears in a bar code: DI followed by content. */
    default String encode() {
        return type() == DataStructure.DS001 ? "=" + content() : dataIdentifier() + content();
    }
}
