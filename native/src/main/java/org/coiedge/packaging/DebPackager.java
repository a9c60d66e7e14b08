package org.coiedge.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the kiosk's Debian package: the app image with its own runtime under {@code /opt/coi-edge},
 * {@code /usr/bin/coi-edge}, the systemd unit, udev rules, the default configuration in {@code /etc}
 * (a conffile, so upgrades keep local edits), log rotation and the maintainer scripts. Files are
 * owned by root in the package ({@code dpkg-deb --root-owner-group}); no fakeroot needed.
 *
 * <p>{@code java -cp ... org.coiedge.packaging.DebPackager --jar coi-edge.jar --version 0.1.0 --out DIR}
 * (the {@code installer} Maven profile runs it). Blocking; throws with the failing command's output.
 */
public final class DebPackager {
    private static final String RES = "/org/coiedge/packaging/deb/";

    private DebPackager() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        if (!a.containsKey("--jar") || !a.containsKey("--version") || !a.containsKey("--out")) {
            System.err.println("usage: DebPackager --jar coi-edge.jar --version VERSION --out DIR");
            System.exit(64);
        }
        Path deb = build(Path.of(a.get("--jar")), a.get("--version"), Path.of(a.get("--out")));
        System.out.println("Built " + deb);
    }

    /** Builds {@code out/coi-edge_<debVersion>_<arch>.deb} and returns its path. */
    public static Path build(Path jar, String projectVersion, Path out) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build the jar first (mvn -B package)");
        }
        Path work = out.resolve("work");
        deleteTree(work);
        Files.createDirectories(work);
        Path image = AppImage.build(jar, appVersion(projectVersion), work);
        Path root = work.resolve("root");
        copyTree(image, root.resolve("opt/coi-edge"));
        Files.createDirectories(root.resolve("usr/bin"));
        Files.createSymbolicLink(root.resolve("usr/bin/coi-edge"), Path.of("/opt/coi-edge/bin/coi-edge"));
        put(root, "lib/systemd/system/coi-edge-kiosk.service", "coi-edge-kiosk.service", "rw-r--r--", Map.of());
        put(root, "etc/udev/rules.d/60-coi-edge.rules", "60-coi-edge.rules", "rw-r--r--", Map.of());
        put(root, "etc/coi-edge/coi-edge.properties", "coi-edge.properties", "rw-r--r--", Map.of());
        put(root, "etc/logrotate.d/coi-edge", "logrotate", "rw-r--r--", Map.of());
        String arch = Tools.run("dpkg", "--print-architecture").strip();
        String debVersion = debVersion(projectVersion);
        long kb = sizeKb(root);
        put(root, "DEBIAN/control", "control", "rw-r--r--", Map.of("${debVersion}", debVersion, "${arch}", arch,
                "${installedSizeKb}", Long.toString(kb)));
        put(root, "DEBIAN/conffiles", "conffiles", "rw-r--r--", Map.of());
        for (String script : new String[] {"postinst", "prerm", "postrm"}) {
            put(root, "DEBIAN/" + script, script, "rwxr-xr-x", Map.of());
        }
        Files.createDirectories(out);
        Path deb = out.resolve("coi-edge_" + debVersion + "_" + arch + ".deb");
        Tools.run("dpkg-deb", "--root-owner-group", "-Zgzip", "--build", root.toString(), deb.toString());
        return deb;
    }

    /** jpackage wants digits only: {@code 0.1.0-SNAPSHOT} becomes {@code 0.1.0}. */
    static String appVersion(String projectVersion) {
        return projectVersion.replaceAll("[^0-9.].*$", "");
    }

    /** Debian sorts {@code ~} before anything: {@code 0.1.0~SNAPSHOT} comes before the release {@code 0.1.0}. */
    static String debVersion(String projectVersion) {
        return projectVersion.replace('-', '~');
    }

    private static void put(Path root, String target, String resource, String mode, Map<String, String> vars)
            throws IOException {
        String text;
        try (InputStream in = DebPackager.class.getResourceAsStream(RES + resource)) {
            if (in == null) {
                throw new IOException("packaging resource " + resource + " is missing from the build");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> v : vars.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        Path file = root.resolve(target);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }

    private static long sizeKb(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            long bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return (bytes + 1023) / 1024;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
        // dpkg wants 0755 directories and files readable by everyone, whatever the build user's umask.
        try (Stream<Path> s = Files.walk(to)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                boolean exec = Files.isDirectory(p) || Files.isExecutable(p);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
