package switchboard.cli;

import picocli.CommandLine.Command;
import switchboard.db.Database;

/** db migrate. */
@Command(name = "migrate", header = "apply pending database migrations",
        description = {"Applies pending migrations (db/migration) to $DATABASE_URL, or to the embedded database.",
                "Safe to run from several instances at once. Heroku runs it in the release phase (Procfile)."})
final class DbMigrateCommand extends InvokedCommand {
    DbMigrateCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        try (Database db = Database.openShared(invocation.config())) {
            invocation.out().println("applied " + db.migrate() + " migration(s)");
            return 0;
        }
    }
}
