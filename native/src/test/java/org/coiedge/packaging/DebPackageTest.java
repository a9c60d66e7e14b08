package org.coiedge.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the Debian package from the kiosk jar exactly as the installer profile does, then checks
 * what a site's IT team gets: metadata, files and permissions, conffiles, the service unit, the
 * maintainer scripts, and that the bundled runtime runs the command line.
 */
class DebPackageTest {
    private static final Path OUT = Path.of("target", "deb-test");
    private static Path deb;
    private static Path extracted;
    private static String listing;

    @BeforeAll
    static void buildThePackage() throws Exception {
        deb = DebPackager.build(Path.of(System.getProperty("coiedge.jar")), System.getProperty("coiedge.version"), OUT);
        listing = Tools.run("dpkg-deb", "--contents", deb.toString());
        extracted = OUT.resolve("extracted");
        DebPackager.deleteTree(extracted);
        Tools.run("dpkg-deb", "--extract", deb.toString(), extracted.toString());
    }

    private static String field(String name) throws Exception {
        return Tools.run("dpkg-deb", "--field", deb.toString(), name).strip();
    }

    private static String line(String path) {
        return listing.lines().filter(l -> l.endsWith(" ." + path) || l.contains(" ." + path + " -> ")).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the package:\n" + listing));
    }

    @Test
    void theMetadataNamesThePackageVersionArchitectureAndDependencies() throws Exception {
        String version = System.getProperty("coiedge.version");
        assertThat(field("Package")).isEqualTo("coi-edge");
        assertThat(field("Version")).isEqualTo(version.replace('-', '~'));
        assertThat(field("Architecture")).isEqualTo(Tools.run("dpkg", "--print-architecture").strip());
        assertThat(field("Depends")).contains("adduser").contains("libgtk-3-0");
        assertThat(Long.parseLong(field("Installed-Size"))).isGreaterThan(30_000);
        assertThat(deb.getFileName().toString()).startsWith("coi-edge_" + version.replace('-', '~') + "_");
    }

    @Test
    void filesAreRootOwnedWithTheRightModes() {
        assertThat(line("/opt/coi-edge/bin/coi-edge")).startsWith("-rwxr-xr-x root/root");
        assertThat(line("/opt/coi-edge/lib/app/coi-edge.jar")).startsWith("-rw-r--r-- root/root");
        assertThat(line("/opt/coi-edge/lib/runtime/bin/java")).startsWith("-rwxr-xr-x root/root");
        assertThat(line("/usr/bin/coi-edge")).startsWith("lrwxrwxrwx root/root").endsWith("-> /opt/coi-edge/bin/coi-edge");
        assertThat(line("/lib/systemd/system/coi-edge-kiosk.service")).startsWith("-rw-r--r-- root/root");
        assertThat(line("/etc/udev/rules.d/60-coi-edge.rules")).startsWith("-rw-r--r-- root/root");
        assertThat(line("/etc/coi-edge/coi-edge.properties")).startsWith("-rw-r--r-- root/root");
        assertThat(line("/etc/logrotate.d/coi-edge")).startsWith("-rw-r--r-- root/root");
        assertThat(listing).doesNotContain("/var/lib/coi-edge/");
    }

    @Test
    void configurationUdevRulesAndLogRotationAreConffilesSoUpgradesKeepLocalEdits() throws Exception {
        Path control = OUT.resolve("control");
        DebPackager.deleteTree(control);
        Tools.run("dpkg-deb", "--control", deb.toString(), control.toString());
        assertThat(Files.readAllLines(control.resolve("conffiles"))).containsExactlyInAnyOrder(
                "/etc/coi-edge/coi-edge.properties", "/etc/udev/rules.d/60-coi-edge.rules", "/etc/logrotate.d/coi-edge");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            Path s = control.resolve(script);
            assertThat(Files.isExecutable(s)).as(script).isTrue();
            Tools.run("sh", "-n", s.toString());
        }
        String postinst = Files.readString(control.resolve("postinst"));
        assertThat(postinst).contains("adduser --system").contains("dialout").contains("video")
                .contains("systemctl enable coi-edge-kiosk.service").contains("/var/lib/coi-edge");
        assertThat(Files.readString(control.resolve("postrm"))).doesNotContain("rm -rf");
    }

    @Test
    void theServiceStartsTheBundledKioskAtBootAndRestartsItWithDataAndConfigurationOutsideTheApp() throws Exception {
        String unit = Files.readString(extracted.resolve("lib/systemd/system/coi-edge-kiosk.service"));
        assertThat(unit).contains("ExecStart=/usr/bin/cage -s -- /opt/coi-edge/bin/coi-edge")
                .contains("Restart=always").contains("User=coi-edge").contains("WantedBy=graphical.target")
                .contains("Environment=COIEDGE_DATA=/var/lib/coi-edge")
                .contains("Environment=COIEDGE_CONFIG=/etc/coi-edge/coi-edge.properties");
        assertThat(Files.isExecutable(extracted.resolve("opt/coi-edge/bin/coi-edge"))).isTrue();
        String rules = Files.readString(extracted.resolve("etc/udev/rules.d/60-coi-edge.rules"));
        assertThat(rules).contains("GROUP=\"dialout\"").contains("GROUP=\"lp\"").contains("GROUP=\"video\"");
    }

    private static Run runBundled(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(extracted.resolve("opt/coi-edge/bin/coi-edge").toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    record Run(int code, String out) {
    }

    @Test
    void theBundledRuntimeRunsTheCommandLine() throws Exception {
        Run version = runBundled("--version");
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).contains(System.getProperty("coiedge.version"));

        String din = DonationIdentificationNumber.withCheckFlag(new Din(Fin.of("A9999"), 26, 4711)).encode();
        Run decoded = runBundled("decode", din);
        assertThat(decoded.code()).as(decoded.out()).isZero();
        assertThat(decoded.out()).contains("\"ds\":\"001\"").contains("\"din\":\"A999926004711\"");
    }
}
