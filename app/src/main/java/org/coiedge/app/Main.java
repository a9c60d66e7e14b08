package org.coiedge.app;

import org.coiedge.app.cli.CoiEdgeCommand;

/**
 * Entry point of {@code coi-edge.jar}. Without arguments it starts the kiosk (demo mode when there
 * is no configuration file). With a command it runs the command line and never starts a UI
 * toolkit, so commands work on a machine without a display. This class does not extend
 * {@code Application}: the kiosk classes are only loaded when the kiosk starts.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(org.coiedge.app.kiosk.KioskLauncher.launch(System.err, System.getenv()));
        }
        System.exit(CoiEdgeCommand.run(args, System.in, System.out, System.err));
    }
}
