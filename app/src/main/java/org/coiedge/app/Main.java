package org.coiedge.app;

import org.coiedge.app.cli.CoiEdgeCommand;

/**
 * Entry point of {@code coi-edge.jar}. With a command it runs the command line and never starts
 * a UI toolkit, so it works on a machine without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CoiEdgeCommand.run(args, System.in, System.out, System.err));
    }
}
