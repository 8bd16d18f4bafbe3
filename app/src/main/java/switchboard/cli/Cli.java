package switchboard.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.apikeys.ApiKeys;
import switchboard.config.BadSetting;
import switchboard.config.Config;
import switchboard.db.Database;
import switchboard.plivoapi.PlivoApiError;
import switchboard.plivoapi.PlivoConnection;

/** switchboard [serve] | db migrate | db seed | apikey ... | plivo ..., each with --help. Returns the exit code. */
public final class Cli {
    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    /** What `serve` starts: the server, built by the wiring in the root package (which the command line cannot see). */
    public interface Serving {
        AutoCloseable start(Config config);
    }

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final Serving serving;

    public Cli(Map<String, String> env, PrintStream out, PrintStream err, Serving serving) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.serving = serving;
    }

    public int run(String... argv) {
        Args args = Args.parse(argv);
        boolean keyCommand = args.words().size() >= 2 && args.words().get(0).equals("apikey");
        var problems = new java.util.ArrayList<>(args.problems());
        problems.addAll(args.unexpected(allowedOptions(args)));
        if (!problems.isEmpty()) return usageError(String.join("\n", problems));
        try {
            if (args.words().isEmpty()) return args.help() ? print(Help.USAGE) : serve();
            if (args.is("serve")) return args.help() ? print(Help.SERVE) : serve();
            if (args.is("db", "migrate")) return args.help() ? print(Help.MIGRATE) : migrate();
            if (args.is("db", "seed")) return args.help() ? print(Help.SEED) : seed();
            if (args.words().get(0).equals("apikey") && args.help()) return print(Help.APIKEY);
            if (args.is("apikey", "create")) return withKeys(keys -> keys.create(args));
            if (args.is("apikey", "list")) return withKeys(ApiKeyCommand::list);
            if (keyCommand && args.words().size() == 3 && args.words().get(1).equals("revoke")) {
                return withKeys(keys -> keys.revoke(args.words().get(2)));
            }
            if (args.is("plivo", "provision")) {
                return args.help() ? print(Help.PROVISION) : withPlivo(PlivoCommand::requirePublicUrl, p -> p.provision(args));
            }
            if (args.is("plivo", "reconcile")) return args.help() ? print(Help.RECONCILE) : withPlivo(c -> {}, p -> p.reconcile(args));
            if (args.is("plivo") && args.help()) return print(Help.PROVISION + "\n" + Help.RECONCILE);
            if (args.is("db") && args.help()) return print(Help.USAGE);
            return usageError("unknown command: " + String.join(" ", args.words()));
        } catch (BadSetting e) {
            err.println("configuration error: " + e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static Set<String> allowedOptions(Args args) {
        if (args.is("apikey", "create")) return Set.of("--name", "--role", "--user");
        if (args.is("plivo", "provision")) return Set.of("--dry-run");
        if (args.is("plivo", "reconcile")) return Set.of("--since");
        return Set.of();
    }

    private int usageError(String problem) {
        err.println(problem);
        err.print(Help.USAGE);
        return 2;
    }

    private int print(String text) {
        out.print(text);
        return 0;
    }

    /** Runs the server until the JVM stops (SIGTERM, Ctrl-C): closing it stops everything it started. */
    private int serve() {
        Config config = Config.fromEnv(env);
        AutoCloseable server = serving.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                log.warn("shutdown: {}", e.toString());
            }
        }, "shutdown"));
        return 0;
    }

    private int migrate() {
        try (Database db = Database.open(Config.fromEnv(env))) {
            out.println("applied " + db.migrate() + " migration(s)");
            return 0;
        }
    }

    private int seed() {
        try (Database db = Database.open(Config.fromEnv(env))) {
            db.migrate();
            db.seed();
            out.println("demo directory loaded (existing rows left as they were)");
            return 0;
        }
    }

    /** Plivo's REST API and the database; a Plivo failure is one line on stderr and exit code 1. */
    private int withPlivo(Consumer<Config> check, Function<PlivoCommand, Integer> command) {
        Config config = Config.fromEnv(env);
        check.accept(config); // before the database starts
        PlivoConnection plivo = PlivoConnection.open(config).orElseThrow(() -> new BadSetting(
                config.plivoAuthId().isEmpty() ? "PLIVO_AUTH_ID" : "PLIVO_AUTH_TOKEN", "is not set; plivo commands need both"
                        + " PLIVO_AUTH_ID and PLIVO_AUTH_TOKEN"));
        try (Database db = Database.open(config)) {
            db.migrate();
            return command.apply(new PlivoCommand(config, db.jdbi(), plivo, out, err));
        } catch (PlivoApiError e) {
            err.println("plivo: " + e.getMessage());
            return 1;
        } catch (JdbiException e) {
            // e.g. a SIP URI Plivo returned that another line or app already has: say so, on one line
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println("database: " + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
            return 1;
        }
    }

    private int withKeys(Function<ApiKeyCommand, Integer> command) {
        try (Database db = Database.open(Config.fromEnv(env))) {
            db.migrate();
            return command.apply(new ApiKeyCommand(new ApiKeys(db.jdbi()), out, err));
        }
    }
}
