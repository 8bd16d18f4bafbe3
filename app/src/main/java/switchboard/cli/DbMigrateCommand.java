package switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import switchboard.db.Database;

/** db migrate. */
@Command(name = "migrate", header = "apply pending database migrations",
        description = {"Applies pending migrations (db/migration) to $DATABASE_URL, or to the embedded database.",
                "Safe to run from several instances at once. Heroku runs it in the release phase (Procfile)."})
final class DbMigrateCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    private final Invocation invocation;

    DbMigrateCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        try (Database db = Database.openShared(invocation.config())) {
            invocation.out().println("applied " + db.migrate() + " migration(s)");
            return 0;
        }
    }
}
