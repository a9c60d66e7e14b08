package org.coiedge.app.cli.label;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coiedge.core.gs1.Gs1CheckDigit;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DinFlags;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.core.isbt128.StaffIdentificationNumber;
import org.coiedge.printer.template.BadgeData;
import org.coiedge.printer.template.CtBagData;
import org.coiedge.printer.template.CtSmallData;
import org.coiedge.printer.template.ShipperData;

/**
 * Turns a label data file (JSON, keys documented in the README) into a template's data. Every
 * refusal is a {@link LabelDataException} naming the field.
 */
final class LabelDataReader {
    private LabelDataReader() {
    }

    static CtBagData ctBag(JsonNode root) throws LabelDataException {
        JsonFields f = root(root);
        Din din = din(f);
        DonationIdentificationNumber ds001 = ds001(f, din);
        ProductCode pc = productCode(f);
        ChainOfIdentityIdentifier coi = coi(f);
        JsonFields p = f.object("patient");
        CtBagData.Patient patient = new CtBagData.Patient(p.text("name"), p.date("dateOfBirth"), p.text("id"));
        JsonFields fac = f.object("facility");
        CtBagData.Facility facility = new CtBagData.Facility(fac.text("name"), fin(fac, "fin"));
        var collected = f.zoned("collectedAt");
        var expires = f.zoned("expiresAt");
        if (!expires.isAfter(collected)) {
            throw new LabelDataException("expiresAt", "must be after collectedAt");
        }
        return new CtBagData(ds001, pc, f.text("productDescription"), coi, collected, expires, patient,
                f.text("intendedUse"), facility, f.text("storage"), f.texts("warnings"));
    }

    static CtSmallData ctSmall(JsonNode root) throws LabelDataException {
        JsonFields f = root(root);
        return new CtSmallData(din(f), productCode(f), f.bool("partialLabel", true));
    }

    static BadgeData badge(JsonNode root) throws LabelDataException {
        JsonFields f = root(root);
        String id = f.text("staffId").replace(" ", "");
        StaffIdentificationNumber staff;
        try {
            if (id.length() != 11) {
                throw new IllegalArgumentException("must be the facility FIN and 6 characters, e.g. A9999 AB1234");
            }
            staff = new StaffIdentificationNumber(Fin.of(id.substring(0, 5)), id.substring(5));
        } catch (IllegalArgumentException e) {
            throw new LabelDataException("staffId", e.getMessage());
        }
        return new BadgeData(staff, f.text("name"), f.text("role"), f.text("facilityName"));
    }

    static ShipperData shipper(JsonNode root) throws LabelDataException {
        JsonFields f = root(root);
        ChainOfIdentityIdentifier coi = coi(f);
        List<String> dins = f.texts("units");
        if (dins.isEmpty() || dins.size() > ShipperData.MAX_UNITS) {
            throw new LabelDataException("units", "list 1-" + ShipperData.MAX_UNITS + " DINs, not " + dins.size());
        }
        List<Din> units = new ArrayList<>();
        for (int i = 0; i < dins.size(); i++) {
            try {
                units.add(Din.parseKeyed(dins.get(i)));
            } catch (ScanDecodeException e) {
                throw new LabelDataException("units[" + i + "]", e.getMessage());
            }
        }
        JsonFields from = f.object("from");
        Optional<String> sscc = Optional.empty();
        if (root.hasNonNull("sscc")) {
            String s = f.text("sscc");
            if (!s.matches("[0-9]{18}") || !Gs1CheckDigit.isValid(s)) {
                throw new LabelDataException("sscc", "must be 18 digits ending in a valid GS1 check digit");
            }
            sscc = Optional.of(s);
        }
        return new ShipperData(coi, units, from.text("name"), fin(from, "fin"), f.text("to"), sscc);
    }

    private static ChainOfIdentityIdentifier coi(JsonFields f) throws LabelDataException {
        try {
            return new ChainOfIdentityIdentifier(CoiId.parseKeyed(f.text("coi")));
        } catch (ScanDecodeException e) {
            throw new LabelDataException("coi", e.getMessage());
        }
    }

    private static JsonFields root(JsonNode root) throws LabelDataException {
        if (root == null || !root.isObject()) {
            throw new LabelDataException("(file)", "the data file must hold one JSON object");
        }
        return new JsonFields(root, "");
    }

    private static Din din(JsonFields f) throws LabelDataException {
        try {
            return Din.parseKeyed(f.text("din"));
        } catch (ScanDecodeException | IllegalArgumentException e) {
            throw new LabelDataException("din", e.getMessage());
        }
    }

    private static DonationIdentificationNumber ds001(JsonFields f, Din din) throws LabelDataException {
        String text = f.text("flags");
        if (!text.matches("[0-9]{2}")) {
            throw new LabelDataException("flags", "must be two digits, e.g. \"00\"");
        }
        try {
            return new DonationIdentificationNumber(din, new DinFlags(Integer.parseInt(text)));
        } catch (IllegalArgumentException e) {
            throw new LabelDataException("flags", e.getMessage() + " - use 00, a process flag 01-59, or "
                    + DinFlags.checkFor(din).text() + " for this DIN's check value");
        }
    }

    private static ProductCode productCode(JsonFields f) throws LabelDataException {
        String pdc = f.text("productCode");
        if (!pdc.matches("[A-Z][A-Z0-9]{4}")) {
            throw new LabelDataException("productCode", "must be the 5-character product description code, e.g. S1234");
        }
        String division = f.text("division");
        Character type = null;
        if (ProductCode.hasCollectionType(pdc)) {
            String t = f.text("collectionType");
            if (t.length() != 1 || !Character.isLetterOrDigit(t.charAt(0))) {
                throw new LabelDataException("collectionType", "must be one character, e.g. \"1\" for autologous use only");
            }
            type = t.charAt(0);
            if (!division.matches("[A-Z0-9][a-z0-9]")) {
                throw new LabelDataException("division", "must be two characters: A-Z or 0-9, then a-z or 0-9, e.g. \"00\"");
            }
        } else if (!division.matches("[A-Za-z0-9]{3}")) {
            throw new LabelDataException("division", "must be three characters for product code " + pdc);
        }
        return new ProductCode(pdc, type, division);
    }

    private static Fin fin(JsonFields f, String name) throws LabelDataException {
        try {
            return Fin.of(f.text(name));
        } catch (IllegalArgumentException e) {
            throw new LabelDataException(f.path(name), e.getMessage());
        }
    }
}
