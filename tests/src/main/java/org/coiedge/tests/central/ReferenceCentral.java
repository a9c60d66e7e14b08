package org.coiedge.tests.central;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar reference-central.jar --port N --db FILE --seed FILE}: runs the reference central
 * server on loopback until stopped (Ctrl-C). Prints one line when it listens:
 * {@code reference central listening on http://127.0.0.1:PORT} (port 0 picks a free one).
 */
public final class ReferenceCentral {
    private ReferenceCentral() {
    }

    public static void main(String[] args) throws Exception {
        Integer port = null;
        Path db = null;
        Path seed = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (a.equals("--port") && v != null) {
                port = Integer.parseInt(v);
                i++;
            } else if (a.equals("--db") && v != null) {
                db = Path.of(v);
                i++;
            } else if (a.equals("--seed") && v != null) {
                seed = Path.of(v);
                i++;
            } else {
                usage("unknown argument '" + a + "'");
            }
        }
        if (port == null || db == null || seed == null) {
            usage("--port, --db and --seed are required");
        }
        CentralServer server;
        try {
            server = CentralServer.start(port, db, Seed.read(seed), Clock.systemUTC());
        } catch (IOException e) {
            System.err.println("reference-central: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "reference-central-stop"));
        System.out.println("reference central listening on " + server.url());
        System.out.flush();
        stop.await();
    }

    private static void usage(String problem) {
        System.err.println("reference-central: " + problem);
        System.err.println("usage: java -jar reference-central.jar --port N --db FILE --seed FILE");
        System.exit(64);
    }
}
