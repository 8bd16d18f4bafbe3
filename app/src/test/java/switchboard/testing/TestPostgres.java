package switchboard.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import switchboard.db.Database;

/** One real PostgreSQL per test JVM; each caller gets a fresh database cloned from a migrated template. */
public final class TestPostgres {
    private static final String TEMPLATE = "switchboard_template";

    private TestPostgres() {}

    private static final class Holder {
        static final EmbeddedPostgres PG = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                execute(pg, "create database " + TEMPLATE);
                Flyway.configure().dataSource(pg.getJdbcUrl("postgres", TEMPLATE), "postgres", null)
                        .locations("classpath:db/migration").load().migrate();
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new, migrated, empty database. */
    public static Database freshDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute(Holder.PG, "create database " + name + " template " + TEMPLATE);
        return Database.connect(jdbcUrl(name));
    }

    public static String jdbcUrl(String database) {
        return Holder.PG.getJdbcUrl("postgres", database);
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
