package org.coiedge.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansDemoModeWithAVirtualPrinterAndTwoMinuteSignOut() {
        KioskConfig c = ConfigLoader.demoDefaults();
        assertThat(c.demo()).isTrue();
        assertThat(c.site().fin().value()).isEqualTo("A9999");
        assertThat(c.site().zone().getId()).isEqualTo("America/New_York");
        assertThat(c.printers()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(KioskConfig.PrinterConfig.Kind.VIRTUAL));
        assertThat(c.signOutAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.lockout().maxFailures()).isEqualTo(5);
        assertThat(c.central()).isEmpty();
        assertThat(c.sounds()).isTrue();
    }

    @Test
    void aSiteFileIsReadWithItsPrintersAndIsNotDemo() throws Exception {
        Path f = dir.resolve("coi-edge.properties");
        Files.writeString(f, "site.fin=A9990\nsite.name=Validation Infusion Center\nsite.zone=Europe/Berlin\n"
                + "printers=bag, shipper, tube\nprinter.bag.uri=tcp://10.0.0.5\nprinter.bag.dpi=300\nprinter.shipper.uri=virtual\n"
                + "printer.tube.uri=serial:/dev/ttyUSB0?baud=9600\n"
                + "central.url=https://coi.example.org/api\ntimeout.sign-out-seconds=300\nsounds=off\nlanguage=de\n");
        ConfigResult r = ConfigLoader.load(f);
        assertThat(r).isInstanceOf(ConfigResult.Valid.class);
        KioskConfig c = ((ConfigResult.Valid) r).config();
        assertThat(c.demo()).isFalse();
        assertThat(c.printers()).extracting(KioskConfig.PrinterConfig::address).containsExactly("10.0.0.5:9100", "virtual", "/dev/ttyUSB0");
        assertThat(c.printers().get(0).dpi()).isEqualTo(300);
        assertThat(c.central()).isPresent();
        assertThat(c.signOutAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.sounds()).isFalse();
        assertThat(c.locale().getLanguage()).isEqualTo("de");
    }

    @Test
    void everyProblemIsReportedWithItsKeyInOnePass() {
        Properties p = new Properties();
        p.setProperty("site.fin", "O9999");
        p.setProperty("site.zone", "America/NewYork");
        p.setProperty("printers", "bag");
        p.setProperty("printer.bag.uri", "usb://zebra");
        p.setProperty("printer.bag.dpi", "250");
        p.setProperty("printer.tube.uri", "tcp://10.0.0.6");
        p.setProperty("central.url", "http://coi.example.org");
        p.setProperty("timeout.sign-out-seconds", "2");
        p.setProperty("sounds", "maybe");
        p.setProperty("language", "fr");
        p.setProperty("kiosk.fulscreen", "true");
        ConfigResult r = ConfigLoader.parse(p, "test.properties");
        assertThat(r).isInstanceOf(ConfigResult.Invalid.class);
        assertThat(((ConfigResult.Invalid) r).problems()).extracting(ConfigProblem::key).containsExactlyInAnyOrder(
                "site.fin", "site.zone", "printer.bag.uri", "printer.bag.dpi", "printer.tube.uri", "central.url",
                "timeout.sign-out-seconds", "sounds", "language", "kiosk.fulscreen");
        assertThat(ConfigLoader.describe((ConfigResult.Invalid) r)).anySatisfy(line -> assertThat(line)
                .contains("site.zone: 'America/NewYork' is not an IANA time zone"));
        assertThat(ConfigLoader.describe((ConfigResult.Invalid) r)).anySatisfy(line -> assertThat(line)
                .contains("printer.tube.uri: printer 'tube' is not listed in printers="));
    }

    @Test
    void anUnreadableFileIsOneProblemNamingIt() {
        ConfigResult r = ConfigLoader.load(dir.resolve("missing.properties"));
        assertThat(r).isInstanceOf(ConfigResult.Invalid.class);
        assertThat(((ConfigResult.Invalid) r).problems().get(0).message()).contains("cannot be read");
    }

    @Test
    void theWristbandFormatAndTubeLabelCountAreSiteSettingsCheckedByName() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("site.wristband", "gs1-gsrn");
        p.setProperty("collection.tube-labels", "3");
        KioskConfig c = ((ConfigResult.Valid) ConfigLoader.parse(p, "test")).config();
        assertThat(c.workflows().wristband()).isEqualTo(org.coiedge.core.workflow.WristbandFormat.GS1_GSRN);
        assertThat(c.workflows().tubeLabels()).isEqualTo(3);
        assertThat(ConfigLoader.demoDefaults().workflows())
                .isEqualTo(new KioskConfig.Workflows(org.coiedge.core.workflow.WristbandFormat.ISBT128_DS025, 2));

        p.setProperty("site.wristband", "barcode");
        p.setProperty("collection.tube-labels", "40");
        ConfigResult bad = ConfigLoader.parse(p, "test");
        assertThat(ConfigLoader.describe((ConfigResult.Invalid) bad)).anySatisfy(l -> assertThat(l)
                .contains("site.wristband").contains("plain-mrn, gs1-gsrn or isbt128-ds025"))
                .anySatisfy(l -> assertThat(l).contains("collection.tube-labels").contains("0 to 20"));
    }
}
