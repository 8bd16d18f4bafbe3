package switchboard.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.App;
import switchboard.Config;
import switchboard.db.Database;

/** switchboard [serve] | db migrate | db seed, each with --help. Returns the process exit code. */
public final class Cli {
    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    static final String USAGE = """
            Usage: java -jar target/switchboard.jar [COMMAND] [--help]

            Commands:
              serve        run the HTTP server (the default command)
              db migrate   apply pending database migrations
              db seed      load the demo directory: Jane, Peter, Luke and three lines (idempotent)

            Environment:
              PORT                     HTTP port (default 8080)
              DATABASE_URL             postgres://user:pass@host:port/db or jdbc:postgresql:...; unset: an
                                       embedded PostgreSQL under SWITCHBOARD_DATA_DIR (default ./.switchboard)
              PUBLIC_URL               the base URL Plivo reaches (e.g. https://abc.ngrok.app); used for every
                                       callback URL and for signature checks (default http://localhost:PORT)
              PLIVO_AUTH_ID            your Plivo auth id
              PLIVO_AUTH_TOKEN         your Plivo auth token; webhooks are refused without it
              PLIVO_VERIFY_SIGNATURES  false to accept unsigned webhooks (local work only; default true)
              API_TOKEN                bearer token for the JSON API (/api/*); the API is closed without it
            """;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        List<String> words = List.of(args);
        boolean help = words.contains("--help") || words.contains("-h");
        List<String> command = words.stream().filter(w -> !w.startsWith("-")).toList();
        List<String> unknown = words.stream().filter(w -> w.startsWith("-") && !w.equals("--help") && !w.equals("-h")).toList();
        if (!unknown.isEmpty()) {
            err.println("unknown option: " + String.join(" ", unknown));
            err.print(USAGE);
            return 2;
        }
        try {
            if (command.isEmpty()) return help ? print(USAGE) : serve();
            if (command.equals(List.of("serve"))) return help ? print(SERVE_HELP) : serve();
            if (command.equals(List.of("db", "migrate"))) return help ? print(MIGRATE_HELP) : migrate();
            if (command.equals(List.of("db", "seed"))) return help ? print(SEED_HELP) : seed();
            if (command.equals(List.of("db")) && help) return print(USAGE);
            err.println("unknown command: " + String.join(" ", command));
            err.print(USAGE);
            return 2;
        } catch (Config.Invalid e) {
            err.println("configuration error: " + e.getMessage());
            return 2;
        }
    }

    private static final String SERVE_HELP = """
            Usage: java -jar target/switchboard.jar serve

            Runs the HTTP server on $PORT: Plivo webhooks under /plivo, the JSON API under /api, /health.
            Applies pending migrations first. Without DATABASE_URL it starts an embedded PostgreSQL and, when
            the directory is empty, loads the demo data.
            """;
    private static final String MIGRATE_HELP = """
            Usage: java -jar target/switchboard.jar db migrate

            Applies pending migrations (db/migration) to $DATABASE_URL, or to the embedded database.
            Safe to run from several instances at once. Heroku runs it in the release phase.
            """;
    private static final String SEED_HELP = """
            Usage: java -jar target/switchboard.jar db seed

            Loads the demo directory (db/seed.sql): users Jane, Peter, Luke with their apps, lines Main Office,
            Sales and Support with their tiers. Idempotent: running it twice changes nothing.
            """;

    private int print(String text) {
        out.print(text);
        return 0;
    }

    private int serve() {
        Config config = Config.fromEnv(env);
        Database db = Database.open(config);
        db.migrate();
        if (db.isEmbedded() && db.isDirectoryEmpty()) {
            db.seed();
            log.info("Embedded database was empty: loaded the demo directory (db seed)");
        }
        App app = App.start(config, db.jdbi());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            db.close();
        }, "shutdown"));
        warnings(config);
        log.info("Switchboard listening on port {}; Plivo answer URL: {}/plivo/answer", app.port(), config.publicUrl());
        return 0;
    }

    private void warnings(Config config) {
        if (!config.verifySignatures()) {
            log.warn("!!! PLIVO_VERIFY_SIGNATURES=false: webhooks are accepted WITHOUT signature checks."
                    + " Anyone who can reach this server can forge calls. Local work only. !!!");
        } else if (config.plivoAuthToken().isEmpty()) {
            log.warn("PLIVO_AUTH_TOKEN is not set: every /plivo/* webhook will be refused with 403.");
        }
        if (config.apiToken().isEmpty()) log.warn("API_TOKEN is not set: the /api/* endpoints answer 401.");
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
}
