package switchboard.cli;

import picocli.CommandLine.Command;

/** db: the database's commands. */
@Command(name = "db", header = "the database: migrate, seed",
        description = {"Commands on the database of DATABASE_URL, or the embedded one (which they share with a"
                + " running serve)."})
final class DbCommand extends Group {}
