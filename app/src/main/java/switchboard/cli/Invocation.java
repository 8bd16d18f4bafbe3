package switchboard.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Function;
import switchboard.config.Config;
import switchboard.db.Database;

/** One run of the command line: the environment every command reads its settings from, and where it writes. */
record Invocation(Map<String, String> env, PrintStream out, PrintStream err) {

    /** The settings, validated; a bad one stops the command before anything starts (a BadSetting, exit code 2). */
    Config config() {
        return Config.fromEnv(env);
    }

    /** The database of these settings, migrated, for the length of one command. */
    static int withMigratedDatabase(Config config, Function<Database, Integer> command) {
        try (Database db = Database.openShared(config)) {
            db.migrate();
            return command.apply(db);
        }
    }
}
