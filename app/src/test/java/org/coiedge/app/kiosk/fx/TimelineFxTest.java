package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coiedge.app.bedside.DemoLabels;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.demo.DemoBedside;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.Signature;
import org.coiedge.core.event.SignatureMeaning;
import org.junit.jupiter.api.Test;

/**
 * The COI timeline in demo mode: the released demo bag's journey (collection, courier, receipt),
 * its holders, an event recorded later, the as-of control hiding that event, and the PDF export
 * of the earlier moment.
 */
class TimelineFxTest extends KioskFxTest {
    @Test
    void theTimelineShowsTheJourneyAndAsOfHidesWhatWasRecordedLaterAlsoInThePdf() throws Exception {
        startKiosk("virtual");
        DemoLabels labels = new DemoLabels(kiosk);
        LabelOrder o = labels.order(DemoBedside.ORDER);
        kiosk.clock.advance(Duration.ofMinutes(20));
        Map<String, IdentifierProvenance> prov = new LinkedHashMap<>();
        prov.put(o.coi().value(), IdentifierProvenance.SCANNED);
        prov.put(o.din().value(), IdentifierProvenance.SCANNED);
        var site = kiosk.services.config.site();
        kiosk.services.ledger.append(new EventContent(EventType.STORED, o.coi(), List.of(o.din()), o.patientId(), null,
                new Party(PartyRole.STORAGE, "LN2-3", "Freezer LN2-3"), site.fin(), site.zone(), kiosk.services.deviceId,
                List.of(new Signature("A9999R00003", "Robin Weber", SignatureMeaning.PERFORMED, kiosk.clock.instant())),
                kiosk.clock.instant(), prov, Map.of("location", "LN2-3 rack 4"), null));

        signIn("N00004", "4444");
        waitUntil("the home screen shows", () -> showing("#tile-coi-timeline"));
        clickOn("#tile-coi-timeline");
        waitUntil("the COIs to pick show", () -> showing("#timeline-pick-" + o.coi().value()));
        clickOn("#timeline-pick-" + o.coi().value());
        waitUntil("all four events show", () -> lookup(".timeline-row").queryAll().size() == 4);
        assertThat(text("#timeline-coi")).isEqualTo("COI " + o.coi().eyeReadable());
        assertThat(lookup(".timeline-holder").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .hasSize(4).first().asString().startsWith("Validation Apheresis Center (collection site)");
        assertThat(lookup(".timeline-signatures").queryAllAs(javafx.scene.control.Label.class))
                .extracting(l -> l.getText()).contains("Released by Casey Ruiz \u00b7 Received custody: Robin Weber");
        assertThat(text("#timeline-asof-text")).startsWith("Now: 4 events");
        screenshot("50-timeline-now");

        clickOn("#timeline-earlier");
        waitUntil("the later event is hidden", () -> lookup(".timeline-row").queryAll().size() == 3);
        assertThat(text("#timeline-asof-text")).isEqualTo("As the record stood at 3 Jun 2025 13:15:00 UTC: 3 of the 4"
                + " events recorded until now were known then.");
        assertThat(lookup(".timeline-what").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .containsExactly("COLLECTION COMPLETED", "CUSTODY TRANSFERRED", "RECEIVED");
        assertThat(lookup(".timeline-holder").queryAll()).hasSize(3);
        screenshot("51-timeline-as-of");

        clickOn("#timeline-export");
        waitUntil("the PDF is saved", () -> text("#timeline-message").startsWith("PDF saved"));
        Path pdf = Path.of(text("#timeline-message").substring("PDF saved: ".length()));
        assertThat(pdf).exists().startsWith(kiosk.services.paths.exports());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String t = new PDFTextStripper().getText(d);
            assertThat(t).contains(o.coi().eyeReadable()).contains("Received").contains("Robin Weber")
                    .contains("3 events").doesNotContain("Stored").doesNotContain("LN2-3");
        }
        assertThat(Files.size(pdf)).isPositive();
    }
}
