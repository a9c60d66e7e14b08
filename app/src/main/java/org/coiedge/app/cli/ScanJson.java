package org.coiedge.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.gs1.Gs1Element;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scan.SymbologyIdentifier;

/** The JSON shape of a decoded scan, as documented in the README's command-line reference. */
final class ScanJson {
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** A JSON object and whether the scan decoded. */
    record Result(ObjectNode json, boolean decoded) {
    }

    private ScanJson() {
    }

    static Result decode(ScanParser parser, String input, ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("input", input);
        o.put("symbology", SymbologyIdentifier.peek(input).map(SymbologyIdentifier::text).orElse(null));
        try {
            DecodedScan scan = parser.decode(input);
            o.put("scheme", scan.scheme().name());
            if (scan instanceof DecodedScan.Isbt128) {
                structures(o.putArray("structures"), ((DecodedScan.Isbt128) scan).structures());
            } else if (scan instanceof DecodedScan.Gs1) {
                ArrayNode a = o.putArray("elements");
                for (Gs1Element e : ((DecodedScan.Gs1) scan).elements().elements()) {
                    a.addObject().put("ai", e.ai()).put("value", e.value());
                }
            } else {
                o.put("text", ((DecodedScan.Text) scan).text());
            }
            return new Result(o, true);
        } catch (ScanDecodeException e) {
            o.put("scheme", scheme(input));
            ObjectNode err = o.putObject("error");
            err.put("code", e.code().name());
            err.put("message", e.getMessage());
            err.put("structure", e.structure());
            err.put("position", e.position());
            return new Result(o, false);
        }
    }

    /** The scheme a failed scan was read as, so a reader can tell an ISBT error from a GS1 one. */
    private static String scheme(String input) {
        var sym = SymbologyIdentifier.peek(input);
        String data = sym.isPresent() ? input.substring(SymbologyIdentifier.LENGTH) : input;
        if (sym.map(SymbologyIdentifier::isGs1).orElse(false) || (sym.isEmpty() && data.startsWith("\u001D"))) {
            return "GS1";
        }
        return !data.isEmpty() && (data.charAt(0) == '=' || data.charAt(0) == '&')
                || sym.map(SymbologyIdentifier::isIsbtConcatenation).orElse(false) ? "ISBT128" : "TEXT";
    }

    static void structures(ArrayNode array, List<Isbt128Structure> structures) {
        for (Isbt128Structure s : structures) {
            ObjectNode n = array.addObject();
            n.put("ds", s.type().number());
            n.put("di", s.dataIdentifier());
            n.put("content", s.content());
            n.put("name", s.type().title());
            StructureFields.add(n, s);
        }
    }
}
