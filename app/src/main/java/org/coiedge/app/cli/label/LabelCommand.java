package org.coiedge.app.cli.label;

import picocli.CommandLine.Command;

/** {@code coi-edge label}: lay out and render labels. */
@Command(name = "label",
        mixinStandardHelpOptions = true,
        description = "Render ISBT 128-style labels to ZPL and PNG, or print them with confirmation.",
        subcommands = {LabelRenderCommand.class, LabelPrintCommand.class})
public final class LabelCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
