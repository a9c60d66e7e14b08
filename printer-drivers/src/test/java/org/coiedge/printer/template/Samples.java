package org.coiedge.printer.template;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DinFlags;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.core.isbt128.StaffIdentificationNumber;

/** Label data for tests: validation facility FINs A9990-A9999 only. */
public final class Samples {
    public static final Fin FIN = Fin.of("A9999");
    public static final Din DIN = new Din(FIN, 24, 123456);

    private Samples() {
    }

    public static CtBagData bag() {
        return new CtBagData(new DonationIdentificationNumber(DIN, DinFlags.none()),
                new ProductCode("S1234", '1', "00"), "CAR-T CELLS, AUTOLOGOUS | 68 mL",
                ChainOfIdentityIdentifier.of(FIN, 24, "A1B2C3"),
                ZonedDateTime.parse("2024-06-03T09:15-04:00[America/New_York]"),
                ZonedDateTime.parse("2024-06-05T14:30-04:00[America/New_York]"),
                new CtBagData.Patient("DOE, JANE", LocalDate.of(1961, 3, 12), "MRN-000123"),
                "FOR AUTOLOGOUS USE ONLY", new CtBagData.Facility("Validation Apheresis Center", FIN),
                "Store at or below -150 C in vapour phase liquid nitrogen",
                List.of("NOT EVALUATED FOR INFECTIOUS SUBSTANCES", "Rx ONLY", "Do not irradiate ^ or ~ _"));
    }

    public static CtSmallData small() {
        return new CtSmallData(DIN, new ProductCode("S1234", '1', "0a"), true);
    }

    public static BadgeData badge() {
        return new BadgeData(new StaffIdentificationNumber(Fin.of("A9998"), "AB1234"), "Sam Example-Technician",
                "Apheresis technician", "Validation Apheresis Center");
    }

    /** A shipper with three units and an SSCC (check digit valid). */
    public static ShipperData shipper() {
        return new ShipperData(ChainOfIdentityIdentifier.of(FIN, 24, "A1B2C3"),
                List.of(DIN, new Din(FIN, 24, 123457), new Din(Fin.of("A9990"), 24, 1)),
                "Validation Apheresis Center", FIN, "Validation Treatment Center, Cell Therapy Unit",
                Optional.of("106141411234567897"));
    }
}
