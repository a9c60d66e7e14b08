package org.coiedge.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coiedge.core.isbt128.BloodGroups;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.CompoundMessage;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.DonorIdentificationNumber;
import org.coiedge.core.isbt128.FlexibleDateTime;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.isbt128.IsbtDate;
import org.coiedge.core.isbt128.IsbtDateTime;
import org.coiedge.core.isbt128.PatientDateOfBirth;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.isbt128.ProcessingFacilityCode;
import org.coiedge.core.isbt128.ProcessorProductCode;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.core.isbt128.ProductDivisions;
import org.coiedge.core.isbt128.StaffIdentificationNumber;

/** Adds the structure-specific JSON fields of one decoded ISBT 128 structure. */
final class StructureFields {
    private StructureFields() {
    }

    static void add(ObjectNode n, Isbt128Structure s) {
        if (s instanceof DonationIdentificationNumber) {
            var d = (DonationIdentificationNumber) s;
            n.put("din", d.din().value());
            n.put("eyeReadable", d.din().eyeReadable());
            n.put("flags", d.flags().text());
            n.put("flagType", d.flags().type().name());
            n.put("checkCharacter", String.valueOf(d.checkCharacter()));
        } else if (s instanceof BloodGroups) {
            var b = (BloodGroups) s;
            n.put("group", b.group());
            n.put("groupName", b.groupName().orElse(null));
            n.put("phenotype", String.valueOf(b.phenotype()));
        } else if (s instanceof ProductCode) {
            var p = (ProductCode) s;
            n.put("productCode", p.descriptionCode());
            n.put("collectionType", p.collectionType() == null ? null : p.collectionType().toString());
            n.put("collectionTypeName", p.collectionTypeName().orElse(null));
            n.put("division", p.division());
        } else if (s instanceof IsbtDate) {
            n.put("date", ((IsbtDate) s).date().toString());
        } else if (s instanceof IsbtDateTime) {
            n.put("dateTime", ((IsbtDateTime) s).dateTime().format(ScanJson.DATE_TIME));
        } else if (s instanceof DonorIdentificationNumber) {
            var d = (DonorIdentificationNumber) s;
            n.put("fin", d.fin().value());
            n.put("donorId", d.donorId());
            n.put("checkCharacter", String.valueOf(d.checkCharacter()));
        } else if (s instanceof StaffIdentificationNumber) {
            var st = (StaffIdentificationNumber) s;
            n.put("fin", st.fin().value());
            n.put("staffId", st.staffId());
        } else if (s instanceof CompoundMessage) {
            var c = (CompoundMessage) s;
            n.put("count", c.structures().size());
            n.put("messageId", c.messageId());
            n.put("orderCheck", c.orderCheck().name());
            ScanJson.structures(n.putArray("structures"), c.structures());
        } else if (s instanceof PatientDateOfBirth) {
            var p = (PatientDateOfBirth) s;
            n.put("location", p.location());
            n.put("dateOfBirth", p.dateOfBirth().toString());
        } else if (s instanceof PatientIdentificationNumber) {
            var p = (PatientIdentificationNumber) s;
            n.put("location", p.location());
            n.put("patientId", p.patientId());
        } else if (s instanceof FlexibleDateTime) {
            var f = (FlexibleDateTime) s;
            n.put("zone", f.zone().name());
            n.put("dateTimeType", f.timeType());
            n.put("dateTimeTypeName", f.timeTypeName().orElse(null));
            n.put("dateTime", f.dateTime().format(ScanJson.DATE_TIME));
        } else if (s instanceof ProductDivisions) {
            n.put("divisions", ((ProductDivisions) s).divisions());
        } else if (s instanceof ProcessingFacilityCode) {
            var p = (ProcessingFacilityCode) s;
            n.put("fin", p.processor().value());
            n.put("facilityProductCode", p.facilityProductCode());
        } else if (s instanceof ProcessorProductCode) {
            var p = (ProcessorProductCode) s;
            n.put("fin", p.processor().value());
            n.put("facilityProductCode", p.facilityProductCode());
            n.put("productCode", p.descriptionCode());
        } else if (s instanceof ChainOfIdentityIdentifier) {
            var c = (ChainOfIdentityIdentifier) s;
            n.put("coi", c.coi().value());
            n.put("fin", c.coi().fin().value());
            n.put("year", String.format("%02d", c.coi().year()));
            n.put("sequence", c.coi().sequence());
            n.put("checkCharacter", String.valueOf(c.checkCharacter()));
        } else {
            n.put("retired", s.type().title().endsWith("(retired)"));
        }
    }
}
