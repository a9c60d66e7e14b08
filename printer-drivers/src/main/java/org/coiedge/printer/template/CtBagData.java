package org.coiedge.printer.template;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;

/**
 * What a {@code ct-bag} label shows. Identifiers are core's validated ISBT 128 values; times carry
 * the labelling facility's zone (the bar codes hold facility-local time, the text adds UTC).
 */
public record CtBagData(DonationIdentificationNumber din, ProductCode productCode, String productDescription,
        ChainOfIdentityIdentifier coi, ZonedDateTime collectedAt, ZonedDateTime expiresAt, Patient patient,
        String intendedUse, Facility facility, String storage, List<String> warnings) {

    /** The patient the product belongs to. */
    public record Patient(String name, LocalDate dateOfBirth, String id) {
        public Patient {
            Objects.requireNonNull(name, "patient.name");
            Objects.requireNonNull(dateOfBirth, "patient.dateOfBirth");
            Objects.requireNonNull(id, "patient.id");
        }
    }

    /** The collection facility. */
    public record Facility(String name, Fin fin) {
        public Facility {
            Objects.requireNonNull(name, "facility.name");
            Objects.requireNonNull(fin, "facility.fin");
        }
    }

    public CtBagData {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(productDescription, "productDescription");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(intendedUse, "intendedUse");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(storage, "storage");
        warnings = List.copyOf(warnings);
        if (!expiresAt.isAfter(collectedAt)) {
            throw new IllegalArgumentException("expiresAt must be after collectedAt");
        }
    }
}
