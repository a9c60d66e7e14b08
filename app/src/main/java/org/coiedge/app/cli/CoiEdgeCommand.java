package org.coiedge.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.coiedge.app.cli.bench.BenchCommand;
import org.coiedge.app.cli.label.LabelCommand;
import org.coiedge.app.cli.printer.PrinterCommand;
import org.coiedge.app.cli.ledger.LedgerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code coi-edge} command line: one subcommand per task, JSON on standard output. */
@Command(name = "coi-edge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Chain-of-identity edge tools for cell and gene therapy.",
        subcommands = {
            DecodeCommand.class,
            LedgerCommand.class,
            BenchCommand.class,
            LabelCommand.class,
            PrinterCommand.class,
            ScanImageCommand.class,
            org.coiedge.app.cli.sync.SyncCommand.class,
        })
public final class CoiEdgeCommand implements Runnable {
    /** Exit code for a usage error (unknown option, missing argument). */
    public static final int EXIT_USAGE = 64;
    /** Exit code when a command failed in a way it does not report itself (message on stderr, no stack trace). */
    public static final int EXIT_FAILED = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Streams the subcommands read and write; injected so tests can run the CLI in-process. */
    static final class Io {
        final InputStream in;
        final PrintWriter out;
        final PrintWriter err;

        Io(InputStream in, PrintWriter out, PrintWriter err) {
            this.in = in;
            this.out = out;
            this.err = err;
        }
    }

    private final Io io;

    CoiEdgeCommand(Io io) {
        this.io = io;
    }

    Io io() {
        return io;
    }

    @Override
    public void run() {
        spec.commandLine().usage(io.out);
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Io io = new Io(in, o, e);
        CommandLine cl = new CommandLine(new CoiEdgeCommand(io), new Factory(io));
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("coi-edge: " + ex.getMessage());
            ex.getCommandLine().usage(e);
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            e.println(cmd.getCommandSpec().qualifiedName() + ": " + describe(ex));
            return EXIT_FAILED;
        });
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    /** One line for people: what failed and why, without a stack trace. */
    static String describe(Exception ex) {
        if (ex instanceof java.nio.file.FileSystemException) {
            var fse = (java.nio.file.FileSystemException) ex;
            String why = fse.getReason() != null ? fse.getReason()
                    : fse.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
            return "cannot use " + fse.getFile() + ": " + why;
        }
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }

    /** Gives every command the shared streams through a constructor taking {@link Io}, if it has one. */
    private static final class Factory implements CommandLine.IFactory {
        private final Io io;

        Factory(Io io) {
            this.io = io;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var ctor = cls.getDeclaredConstructor(Io.class);
                ctor.setAccessible(true);
                return ctor.newInstance(io);
            } catch (NoSuchMethodException noIoConstructor) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
