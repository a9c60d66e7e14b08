package org.coiedge.app.cli.label;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coiedge.app.cli.CoiEdgeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coi-edge label render} run in-process with captured streams. */
class LabelRenderCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static ObjectNode sample(String name) throws Exception {
        try (InputStream in = LabelRenderCommandTest.class.getResourceAsStream("/label/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private Run render(String template, JsonNode data, String dpi) throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, JSON.writeValueAsString(data));
        return run("label", "render", "--template", template, "--dpi", dpi, "--data", file.toString(),
                "--zpl", dir.resolve("out.zpl").toString(), "--png", dir.resolve("out.png").toString());
    }

    @Test
    void ctBagIsRenderedToZplAndPngAndTheEncodedStringsAreReported() throws Exception {
        Run r = render("ct-bag", sample("ct-bag"), "203");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("template").asText()).isEqualTo("ct-bag@1");
        assertThat(j.get("dpi").asInt()).isEqualTo(203);
        assertThat(j.get("symbols")).extracting(JsonNode::asText).containsExactly("=A99992412345600", "=<S1234100",
                "&*0241550915", "&>0241571430", "&/CHA999924A1B2C3",
                "=+04000=A99992412345600=<S1234100&>0241571430&/CHA999924A1B2C3");
        String zpl = Files.readString(dir.resolve("out.zpl"));
        assertThat(zpl).startsWith("^XA").contains("^PW800", "^CI28", "^JZN", "^FD>:&>0>50241571430^FS");
        byte[] png = Files.readAllBytes(dir.resolve("out.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void ctSmallPartialLabelCarriesFlag12() throws Exception {
        Run r = render("ct-small", sample("ct-small"), "600");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("symbols")).extracting(JsonNode::asText).containsExactly("=A99992412345612", "=<S123410a");
    }

    @Test
    void badgeCarriesTheStaffIdentificationNumber() throws Exception {
        Run r = render("badge", sample("badge"), "300");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("template").asText()).isEqualTo("badge@1");
        assertThat(r.json().get("symbols")).extracting(JsonNode::asText).containsExactly("='A9998AB1234");
    }

    @Test
    void aBadgeWithAStaffIdInLowerCaseIsRefusedNamingTheField() throws Exception {
        ObjectNode data = sample("badge");
        data.put("staffId", "A9998 ab1234");
        Run r = render("badge", data, "300");
        assertThat(r.exit()).isEqualTo(LabelRenderCommand.EXIT_DATA);
        assertThat(r.err()).contains("staffId: DS020 staff id is 6 characters A-Z or 0-9");
    }

    @Test
    void shipperCarriesTheCoiAndTheSscc() throws Exception {
        Run r = render("shipper", sample("shipper"), "203");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("symbols")).extracting(JsonNode::asText)
                .containsExactly("&/CHA999924A1B2C3", "00106141411234567897");
        assertThat(Files.readString(dir.resolve("out.zpl"))).contains("^FD>;>800106141411234567897^FS");
    }

    @Test
    void aShipperUnitWithAWrongCheckCharacterIsRefusedNamingTheUnit() throws Exception {
        ObjectNode data = sample("shipper");
        ((com.fasterxml.jackson.databind.node.ArrayNode) data.get("units")).set(1, "A9999 24 123457 Q");
        Run r = render("shipper", data, "203");
        assertThat(r.exit()).isEqualTo(LabelRenderCommand.EXIT_DATA);
        assertThat(r.err()).contains("units[1]: ", "does not match the DIN");
    }

    @Test
    void anSsccWithABadCheckDigitIsRefused() throws Exception {
        ObjectNode data = sample("shipper");
        data.put("sscc", "106141411234567890");
        assertThat(render("shipper", data, "203").err()).contains("sscc: must be 18 digits ending in a valid GS1 check digit");
    }

    @Test
    void everyMissingCtBagFieldIsRefusedByName() throws Exception {
        for (String field : List.of("din", "flags", "productCode", "collectionType", "division", "productDescription",
                "coi", "collectedAt", "expiresAt", "patient", "intendedUse", "facility", "storage", "warnings")) {
            ObjectNode data = sample("ct-bag");
            data.remove(field);
            Run r = render("ct-bag", data, "300");
            assertThat(r.exit()).as(field).isEqualTo(LabelRenderCommand.EXIT_DATA);
            assertThat(r.err()).as(field).contains("label not rendered - " + field + ": missing");
        }
        for (String field : List.of("name", "dateOfBirth", "id")) {
            ObjectNode data = sample("ct-bag");
            ((ObjectNode) data.get("patient")).remove(field);
            assertThat(render("ct-bag", data, "300").err()).contains("patient." + field + ": missing");
        }
    }

    @Test
    void aDinWithTheWrongCheckCharacterIsRefusedNamingTheDin() throws Exception {
        ObjectNode data = sample("ct-bag");
        data.put("din", "A9999 24 123456 R");
        Run r = render("ct-bag", data, "300");
        assertThat(r.exit()).isEqualTo(LabelRenderCommand.EXIT_DATA);
        assertThat(r.err()).contains("din: ", "does not match the DIN (expected 'Q')");
        assertThat(Files.exists(dir.resolve("out.zpl"))).isFalse();
    }

    @Test
    void aDinWithTheLetterOInItsFacilityIsRefused() throws Exception {
        ObjectNode data = sample("ct-bag");
        data.put("din", "O9999 24 123456");
        assertThat(render("ct-bag", data, "300").err()).contains("din: ");
    }

    @Test
    void aCheckValueFlagThatDoesNotMatchTheDinIsRefusedWithTheRightValue() throws Exception {
        ObjectNode data = sample("ct-bag");
        data.put("flags", "61");
        Run r = render("ct-bag", data, "300");
        assertThat(r.exit()).isEqualTo(LabelRenderCommand.EXIT_DATA);
        assertThat(r.err()).contains("flags: ", "or 86 for this DIN's check value");
    }

    @Test
    void aTimeWithoutItsZoneOrWithTheWrongOffsetIsRefusedByName() throws Exception {
        ObjectNode data = sample("ct-bag");
        data.put("collectedAt", "2024-06-03T09:15-04:00");
        assertThat(render("ct-bag", data, "300").err()).contains("collectedAt: needs the site's zone id");
        data = sample("ct-bag");
        data.put("expiresAt", "2024-06-05T14:30-05:00[America/New_York]");
        assertThat(render("ct-bag", data, "300").err()).contains("expiresAt: offset -05:00 is not the offset of America/New_York");
    }

    @Test
    void anExpiryBeforeCollectionIsRefused() throws Exception {
        ObjectNode data = sample("ct-bag");
        data.put("expiresAt", "2024-06-01T14:30-04:00[America/New_York]");
        assertThat(render("ct-bag", data, "300").err()).contains("expiresAt: must be after collectedAt");
    }

    @Test
    void anUnknownTemplateOrResolutionIsAUsageError() throws Exception {
        Run t = render("shipper-x", sample("ct-bag"), "300");
        assertThat(t.exit()).isEqualTo(LabelRenderCommand.EXIT_USAGE);
        assertThat(t.err()).contains("unknown template 'shipper-x'");
        Run d = render("ct-bag", sample("ct-bag"), "400");
        assertThat(d.exit()).isEqualTo(LabelRenderCommand.EXIT_USAGE);
        assertThat(d.err()).contains("dpi must be 203, 300 or 600, not 400");
    }
}
