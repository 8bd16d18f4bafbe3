package switchboard.cli;

import picocli.CommandLine.Command;

/** db seed. */
@Command(name = "seed", header = "load the demo directory: Jane, Peter, Luke and three lines (idempotent)",
        description = {"Loads the demo directory (db/seed.sql): users Jane, Peter, Luke with their apps, lines Main"
                + " Office, Sales and Support with their tiers. Idempotent: running it twice changes nothing."})
final class DbSeedCommand extends InvokedCommand {
    DbSeedCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return Invocation.withMigratedDatabase(invocation.config(), db -> {
            db.seed();
            invocation.out().println("demo directory loaded (existing rows left as they were)");
            return 0;
        });
    }
}
