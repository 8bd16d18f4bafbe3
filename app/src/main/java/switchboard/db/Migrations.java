package switchboard.db;

import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/** The migrations of db/migration (Flyway): applied, or where they stand. */
final class Migrations {
    private Migrations() {}

    /** Applies pending migrations; Flyway's lock makes concurrent instances safe. */
    static int apply(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }

    /** Where they stand; nothing is changed. */
    static Database.MigrationState state(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource).info();
        List<String> failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).map(MigrationInfo::getScript).toList();
        return new Database.MigrationState(info.current() == null ? "none" : String.valueOf(info.current().getVersion()), info.applied().length,
                info.pending().length, failed);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}
