package switchboard.doctor;

import static switchboard.doctor.Check.fail;
import static switchboard.doctor.Check.ok;
import static switchboard.doctor.Check.warn;

import java.util.Optional;
import java.util.function.Consumer;
import switchboard.config.CannotStart;
import switchboard.config.Config;
import switchboard.db.Database;

/** The database: reachable (a running serve's embedded one is joined) and migrated. Nothing is changed. */
final class DatabaseCheck {
    private DatabaseCheck() {}

    /** Reports the database's line; returns it when the checks after it can use it. */
    static Optional<Database> open(Config config, Consumer<Check> report) {
        if (config.databaseUrl().isEmpty() && !Database.hasEmbeddedData(config)) {
            report.accept(warn("database", "no embedded database yet under " + config.dataDir().toAbsolutePath()
                    + " (the Plivo checks need one)", "start Switchboard once (" + Check.RUN + "): it creates it"));
            return Optional.empty();
        }
        Database db;
        try {
            db = Database.openShared(config);
        } catch (CannotStart e) {
            report.accept(fail("database", e.getMessage() + " (the Plivo checks need it)",
                    e.isSetting() ? "change the setting it names" : "make the database reachable, then run doctor again"));
            return Optional.empty();
        }
        try {
            Database.MigrationState state = db.migrationState();
            if (!state.failed().isEmpty()) {
                report.accept(fail("database", db.description() + ": migration " + state.failed().get(0) + " failed earlier",
                        "repair what it left, delete its row from flyway_schema_history, then " + Check.RUN + " db migrate"));
            } else if (state.pending() > 0) {
                report.accept(fail("database", db.description() + ": " + state.pending() + " migration(s) pending, at version "
                        + state.version() + " (the Plivo checks need them)", Check.RUN + " db migrate (serve does it at start)"));
            } else {
                report.accept(ok("database", db.description() + ": migrated (" + state.applied() + " migrations, at version "
                        + state.version() + ")"));
                return Optional.of(db);
            }
        } catch (CannotStart e) {
            report.accept(fail("database", e.getMessage(), "make the database reachable, then run doctor again"));
        }
        db.close();
        return Optional.empty();
    }
}
