package org.paperkg.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.paperkg.PaperkgException;
import org.paperkg.graph.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperkg} command: turns paper abstracts into a knowledge graph and queries it. */
@Command(name = "paperkg", mixinStandardHelpOptions = true, version = "paperkg 0.1.0",
        description = "Turns a corpus of paper abstracts into an RDF knowledge graph (TDB2) and queries it.",
        subcommands = {IngestCommand.class, StatsCommand.class, QueryCommand.class, RelatedCommand.class,
                SharingCommand.class, ExportCommand.class, MapCommand.class, LinkCommand.class, ServeCommand.class, EvalCommand.class,
                CompactCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:internal error (a bug: please report it)",
                "2:usage error (unknown option, missing argument)",
                "3:the input or the request cannot be served (nothing could be ingested, unknown paper or query)",
                "4:the store cannot be opened or written (e.g. in use by another process)"})
public final class PaperKg implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int STORE = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with its output streams and the one exit-code policy. */
    public static CommandLine commandLine(OutputStream stdout, PrintWriter err) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        boolean terminal = System.console() != null;
        Context context = new Context(out, err, stdout, terminal);
        CommandLine cl = new CommandLine(new PaperKg(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (ContextAware.class.isAssignableFrom(cls)) {
                    K k = CommandLine.defaultFactory().create(cls);
                    ((ContextAware) k).context(context);
                    return k;
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(PaperKg::exitCode);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof PaperkgException) {
                commandLine.getErr().println("paperkg: " + e.getMessage());
            } else {
                commandLine.getErr().println("paperkg: internal error: " + e);
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return exitCode(e);
        });
        return cl;
    }

    static int exitCode(Throwable e) {
        if (e instanceof StoreException) {
            return STORE;
        }
        if (e instanceof PaperkgException) {
            return BAD_INPUT;
        }
        if (e instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return INTERNAL;
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(stdout, err).execute(args);
        stdout.flush();
        err.flush();
        System.exit(code);
    }
}
