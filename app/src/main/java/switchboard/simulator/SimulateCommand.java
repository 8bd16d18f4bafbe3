package switchboard.simulator;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simulate call} and {@code simulate run FILE...}: Switchboard's stand-in for Plivo on the command line.
 * The environment comes in as a map (PORT, PUBLIC_URL, PLIVO_AUTH_TOKEN, API_TOKEN). Exit codes: 0 the call
 * reached its hangup (and every scenario passed), 1 the server answered something the simulator cannot follow
 * (or a scenario failed), 2 a bad option or an unreachable server.
 */
@Command(name = "simulate", usageHelpWidth = 110,
        description = "Plays calls against a running server exactly as Plivo would: signed webhooks with Plivo's"
                + " parameters, following the XML it answers. Simulated calls have CallUUIDs starting with 'sim-'.")
public final class SimulateCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    @Spec
    private CommandSpec spec;
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    public SimulateCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
    }

    /** The command, its output and its one-line errors (exit 2) set up; {@code execute(args)} runs it. */
    public static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new SimulateCommand(env, out, err));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, args) -> {
            err.println(e.getMessage() + " (see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            err.println("error: " + e);
            return 1;
        });
        return cl;
    }

    /** {@code simulate} alone: what it can do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(out);
        return 2;
    }

    @Command(name = "call", usageHelpWidth = 110, header = "play one call as Plivo would, and show what happened",
            description = "Plays one call to a line and prints what the caller heard, who rang, and the call record.")
    int call(@Mixin ServerOptions server, @Mixin CallerOptions caller,
             @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit") boolean help,
             @Option(names = "--json", description = "print only the final call record (as GET /api/calls/{id})") boolean json) {
        try {
            Simulator simulator = new Simulator(server.settings(env));
            CallOptions options = caller.options();
            if (json && !simulator.canReadRecords()) throw new CannotSimulate("--json needs an API key to read the call record: set API_TOKEN or --api-key");
            Simulator.Run run = simulator.call(options);
            Unfollowable failure = run.result().failure();
            if (failure != null) {
                if (!json) CallReport.print(run, simulator.canReadRecords(), out);
                err.println("cannot follow: " + failure.getMessage());
                return 1;
            }
            if (!json) {
                CallReport.print(run, simulator.canReadRecords(), out);
                return 0;
            }
            if (run.record() == null) {
                err.println("the server has no record of call " + run.result().callUuid());
                return 1;
            }
            out.println(run.record());
            return 0;
        } catch (CannotSimulate e) {
            err.println(e.getMessage());
            return 2;
        } catch (Unfollowable e) {
            err.println("cannot follow: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "run", usageHelpWidth = 110, header = "run scenario files of calls and their expected outcome",
            description = "Runs scenario files (JSON lists of calls and their expected outcome); prints N passed, N failed.")
    int run(@Mixin ServerOptions server,
            @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit") boolean help,
            @Parameters(paramLabel = "FILE", arity = "1..*", description = "scenario files, e.g. simulations/*.json") List<Path> files) {
        try {
            Simulator simulator = new Simulator(server.settings(env));
            if (!simulator.canReadRecords()) throw new CannotSimulate("simulate run needs an API key to read the call records: set API_TOKEN or --api-key");
            return new ScenarioRunner(simulator, out).run(files);
        } catch (CannotSimulate e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** Where the server is and how to talk to it. */
    static final class ServerOptions {
        @Option(names = "--server", paramLabel = "URL", description = "where the server listens (default: http://localhost:$PORT)")
        String server;
        @Option(names = "--public-url", paramLabel = "URL",
                description = "the server's PUBLIC_URL, which requests are signed for (default: $PUBLIC_URL, else --server)")
        String publicUrl;
        @Option(names = "--api-key", paramLabel = "KEY", description = "a key for the JSON API (default: $API_TOKEN)")
        String apiKey;
        @Option(names = "--fast", description = "no real waiting: durations are only sent as Plivo's parameters (the default)")
        boolean fast;
        @Option(names = "--real-time", description = "wait the call's durations out")
        boolean realTime;

        Simulator.Settings settings(Map<String, String> env) {
            if (fast && realTime) throw new CannotSimulate("--fast and --real-time exclude each other");
            String port = env.getOrDefault("PORT", "8080");
            String address = url("--server", server != null ? server : "http://localhost:" + port);
            String pub = url("--public-url", publicUrl != null ? publicUrl : env.getOrDefault("PUBLIC_URL", address));
            String key = apiKey != null ? apiKey : env.get("API_TOKEN");
            return new Simulator.Settings(address, pub, env.get("PLIVO_AUTH_TOKEN"), key, realTime);
        }

        private static String url(String option, String value) {
            if (!value.matches("(?i)https?://[^/\\s]+(/\\S*)?")) throw new CannotSimulate(option + ": '" + value + "' is not an http(s) URL");
            return Webhooks.trimSlash(value);
        }
    }

    /** The simulated people: who calls, who picks up, what the caller does. */
    static final class CallerOptions {
        @Option(names = "--line", required = true, paramLabel = "NAME|SIP_URI", description = "the line called, by name (any case) or SIP URI")
        String line;
        @Option(names = "--from", paramLabel = "SIP_URI|NUMBER", description = "the caller (default: " + CallOptions.DEFAULT_FROM + ")")
        String from;
        @Option(names = "--caller-name", paramLabel = "TEXT", description = "the caller's name, as Plivo's CallerName")
        String callerName;
        @Option(names = "--answer", paramLabel = "WHO", description = "who picks up when rung: an app's SIP URI, a user's name (any of their apps), or nobody (default)")
        String answer;
        @Option(names = "--outcome", paramLabel = "STATUS", description = "how a Dial nobody answers ends: no-answer (default), busy, failed, timeout")
        String outcome;
        @Option(names = "--talk", paramLabel = "DURATION", description = "how long an answered call lasts before the caller hangs up (default: 30s)")
        String talk;
        @Option(names = "--voicemail", paramLabel = "DURATION|none", description = "the message left at a Record (default: 10s); none: the caller hangs up instead")
        String voicemail;
        @Option(names = "--press", paramLabel = "DIGITS", description = "keys pressed at each menu, comma-separated, one entry per prompt (an empty entry: none)")
        String press;
        @Option(names = "--hangup-after", paramLabel = "DURATION", description = "the caller gives up this long after calling, wherever the call is")
        String hangupAfter;

        CallOptions options() {
            return CallOptions.of(line, from, callerName, answer, outcome, talk, voicemail, press, hangupAfter);
        }
    }
}
