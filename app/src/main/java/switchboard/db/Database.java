package switchboard.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.config.Config;
import switchboard.config.DatabaseUrl;

/** The connection pool, over DATABASE_URL or an embedded PostgreSQL kept under the data directory. */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final long SEED_LOCK = 0x5357_4244L; // "SWBD": one seeding at a time across instances

    private final HikariDataSource pool;
    private final EmbeddedPostgres embedded;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool, EmbeddedPostgres embedded) {
        this.pool = pool;
        this.embedded = embedded;
        this.jdbi = Jdbis.create(pool);
    }

    public static Database open(Config config) {
        if (config.databaseUrl().isPresent()) {
            DatabaseUrl url = DatabaseUrl.toJdbc(config.databaseUrl().get());
            return new Database(pool(url.jdbcUrl(), url.user(), url.password()), null);
        }
        EmbeddedPostgres pg = startEmbedded(config.dataDir().resolve("pgdata"));
        return new Database(pool(pg.getJdbcUrl("postgres", "postgres"), null, null), pg);
    }

    /** For tests: a pool over any JDBC URL. */
    public static Database connect(String jdbcUrl) {
        return new Database(pool(jdbcUrl, null, null), null);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    public DataSource dataSource() {
        return pool;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Applies pending migrations; Flyway's lock makes concurrent instances safe. */
    public int migrate() {
        return migrate(pool);
    }

    public static int migrate(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .migrate().migrationsExecuted;
    }

    /** Loads the demo directory; every statement skips what exists, so running it twice changes nothing. */
    public void seed() {
        String sql = resource("db/seed.sql");
        jdbi.useTransaction(h -> {
            h.execute("select pg_advisory_xact_lock(?)", SEED_LOCK);
            h.createScript(sql).execute();
        });
    }

    public boolean isDirectoryEmpty() {
        return jdbi.withHandle(h ->
                h.createQuery("select not exists (select 1 from lines) and not exists (select 1 from users)")
                        .mapTo(Boolean.class).one());
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        if (user != null) hc.setUsername(user);
        if (password != null) hc.setPassword(password);
        hc.setMaximumPoolSize(17); // 16, and the dashboard's board holds one for LISTEN (db.Notifications)
        hc.setPoolName("switchboard");
        // A caller waits in silence while we wait for the database: fail fast and degrade instead.
        hc.setConnectionTimeout(3_000);
        hc.setInitializationFailTimeout(-1);
        hc.addDataSourceProperty("connectTimeout", "3");
        hc.addDataSourceProperty("socketTimeout", "15");
        return new HikariDataSource(hc);
    }

    private static EmbeddedPostgres startEmbedded(Path dir) {
        try {
            Files.createDirectories(dir);
            log.info("No DATABASE_URL: starting embedded PostgreSQL with data in {}", dir.toAbsolutePath());
            // zonky's defaults suit throwaway test databases (fsync off); this one keeps the user's call log.
            return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on").start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL in " + dir.toAbsolutePath()
                    + " (is a Switchboard server already using it? stop it, or set DATABASE_URL or SWITCHBOARD_DATA_DIR): "
                    + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
