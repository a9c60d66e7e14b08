package org.coiedge.app.kiosk.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.core.isbt128.StaffIdentificationNumber;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.label.TemplateId;
import org.coiedge.printer.label.TextElement;
import org.coiedge.printer.png.PngRenderer;
import org.coiedge.printer.template.BadgeData;
import org.coiedge.printer.template.BadgeTemplate;

/**
 * Writes the printable demo sheet: every demo staff badge (Code 128, DS020) with name, role and
 * PIN, and every demo patient's wristband (Code 128, DS025). Print it, or hold it to the camera.
 */
public final class DemoSheet {
    private static final TemplateId WRISTBAND = new TemplateId("demo-wristband", 1);

    private DemoSheet() {
    }

    /** Writes {@code sheet} and its images in {@code sheet}'s folder under {@code demo-sheet/}. */
    public static Path write(Path sheet, KioskConfig.Site site, List<LabelOrder> orders) throws IOException {
        return write(sheet, site, orders, List.of());
    }

    /** As {@link #write(Path, KioskConfig.Site, List)}, with the wristbands of patients awaiting collection. */
    public static Path write(Path sheet, KioskConfig.Site site, List<LabelOrder> orders,
            List<org.coiedge.app.kiosk.data.OrderRow> awaiting) throws IOException {
        Path images = sheet.resolveSibling("demo-sheet");
        Files.createDirectories(images);
        PngRenderer png = new PngRenderer(Resolution.ofDpi(203));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>coi-edge demo sheet"
                + "</title><style>body{font-family:sans-serif} .card{display:inline-block;margin:8px;padding:8px;border:1px"
                + " solid #444;vertical-align:top} .pin{font-size:28px;font-weight:bold}</style></head><body>"
                + "<h1>coi-edge demo sheet - " + esc(site.name()) + " (FIN " + site.fin().value() + ")</h1>"
                + "<p>DEMO DATA ONLY. Scan a badge, then type its PIN on the kiosk keypad.</p><h2>Staff badges</h2>");
        for (DemoData.DemoStaff s : DemoData.STAFF) {
            StaffIdentificationNumber id = new StaffIdentificationNumber(site.fin(), s.staffSuffix());
            String file = "badge-" + id.content() + ".png";
            Files.write(images.resolve(file), png.png(BadgeTemplate.layout(new BadgeData(id, s.name(),
                    s.role().key(), site.name()))));
            html.append("<div class=\"card\"><img src=\"demo-sheet/").append(file).append("\" width=\"344\"><br>")
                    .append(esc(s.name())).append(" - ").append(s.role().key()).append("<br>PIN <span class=\"pin\">")
                    .append(s.pin()).append("</span></div>");
        }
        html.append("<h2>Patient wristbands</h2>");
        for (LabelOrder o : orders) {
            String file = "wristband-" + o.patientId() + ".png";
            Files.write(images.resolve(file), png.png(new Label(WRISTBAND, 80, 25, List.of(
                    TextElement.line(3, 2, o.patientName() + "  DOB " + o.dateOfBirth(), 3, TextElement.Weight.BOLD),
                    new Code128Element(2, 8, o.wristband(), 10),
                    TextElement.line(3, 20, o.patientId() + "  " + o.orderId(), 2.5, TextElement.Weight.NORMAL)))));
            html.append("<div class=\"card\"><img src=\"demo-sheet/").append(file).append("\" width=\"320\"><br>")
                    .append(esc(o.patientName())).append(" - COI ").append(o.coi().eyeReadable()).append(" - DIN ")
                    .append(o.din().eyeReadable()).append("</div>");
        }
        if (!awaiting.isEmpty()) {
            html.append("<h2>Patients awaiting collection</h2>");
        }
        for (org.coiedge.app.kiosk.data.OrderRow o : awaiting) {
            String file = "wristband-" + o.orderId() + ".png";
            Files.write(images.resolve(file), png.png(new Label(WRISTBAND, 80, 25, List.of(
                    TextElement.line(3, 2, o.patientName() + "  DOB " + o.dateOfBirth(), 3, TextElement.Weight.BOLD),
                    new Code128Element(2, 8, o.wristband(), 10),
                    TextElement.line(3, 20, o.patientId() + "  " + o.orderId(), 2.5, TextElement.Weight.NORMAL)))));
            html.append("<div class=\"card\"><img src=\"demo-sheet/").append(file).append("\" width=\"320\"><br>")
                    .append(esc(o.patientName())).append(" - ").append(esc(o.therapy())).append(" - COI ")
                    .append(o.coi().map(c -> c.eyeReadable()).orElse("assigned at collection")).append("</div>");
        }
        html.append("</body></html>\n");
        Files.writeString(sheet, html, StandardCharsets.UTF_8);
        return sheet;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
