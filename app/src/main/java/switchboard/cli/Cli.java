package switchboard.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import switchboard.accounts.UserCommand;
import switchboard.config.Config;
import switchboard.simulator.SimulateCommand;

/** The command line: every command built here, in one place, over one environment and two streams. Returns the exit code. */
public final class Cli {

    /** What `serve` starts: the server, built by the wiring in the root package (which the command line cannot see). */
    public interface Serving {
        Running start(Config config);
    }

    /** A started server: what the start banner tells; close() stops everything it started, in order. */
    public interface Running extends AutoCloseable {
        int port();

        /** The database in use, for people: where the embedded one keeps its data, or host/db (never a password). */
        String database();

        @Override
        void close();
    }

    private final Invocation invocation;
    private final Serving serving;

    public Cli(Map<String, String> env, PrintStream out, PrintStream err, Serving serving) {
        this.invocation = new Invocation(Map.copyOf(env), out, err);
        this.serving = serving;
    }

    public int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The commands under the top one, in the order help lists them. A command is one line here: its object (or
     * its CommandLine, for a group), built with the environment and streams it needs, e.g.
     * {@code new SimulateCommand(invocation.env(), invocation.out(), invocation.err())}.
     */
    private List<Object> subcommands(ServeCommand serve) {
        return List.of(
                serve,
                group(new DbCommand(), new DbMigrateCommand(invocation), new DbSeedCommand(invocation)),
                group(new ApiKeyCommand(), new ApiKeyCreateCommand(invocation), new ApiKeyListCommand(invocation),
                        new ApiKeyRevokeCommand(invocation)),
                group(new PlivoCommand(), new PlivoProvisionCommand(invocation), new PlivoReconcileCommand(invocation)),
                new DoctorCommand(invocation),
                new UserCommand(invocation.env(), invocation.out(), invocation.err()),
                new SimulateCommand(invocation.env(), invocation.out(), invocation.err()),
                new CompletionCommand(invocation));
    }

    CommandLine commandLine() {
        ServeCommand serve = new ServeCommand(invocation, serving);
        CommandLine root = new CommandLine(new SwitchboardCommand(serve));
        subcommands(serve).forEach(root::addSubcommand);
        // settings that reach every command, so they are set once all are added
        root.setOut(new PrintWriter(invocation.out(), true));
        root.setErr(new PrintWriter(invocation.err(), true));
        root.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        HelpLayout.apply(root);
        Failures failures = new Failures(invocation.err());
        root.setParameterExceptionHandler(failures);
        root.setExecutionExceptionHandler(failures);
        root.setExecutionStrategy(new HelpFirst(invocation.out()));
        return root;
    }

    private static CommandLine group(Object group, Object... commands) {
        CommandLine line = new CommandLine(group);
        for (Object command : commands) line.addSubcommand(command);
        return line;
    }
}
