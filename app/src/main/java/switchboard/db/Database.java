package switchboard.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.config.Config;
import switchboard.config.DatabaseUrl;

/** The connection pool, over DATABASE_URL or an embedded PostgreSQL kept under the data directory. */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final long SEED_LOCK = 0x5357_4244L; // "SWBD": one seeding at a time across instances

    private static final String DATABASE_URL = "DATABASE_URL";
    private static final String EMBEDDED = "embedded PostgreSQL";

    private final HikariDataSource pool;
    private final Embedded embedded;
    private final String setting;
    private final String description;
    private final Jdbi jdbi;

    /** The embedded PostgreSQL this process started, and where it keeps its data. */
    private record Embedded(EmbeddedPostgres postgres, EmbeddedData data) {}

    private Database(HikariDataSource pool, Embedded embedded, String setting, String description) {
        this.pool = pool;
        this.embedded = embedded;
        this.setting = setting;
        this.description = description;
        this.jdbi = Jdbis.create(pool);
    }

    /**
     * `serve`: the database of DATABASE_URL, or the embedded one, which it starts and owns (and no other running
     * Switchboard may hold). Either is reached once here, so what is wrong is one line now rather than a failed
     * request later.
     */
    public static Database open(Config config) {
        return open(config, false);
    }

    /** Every other command: as {@link #open}, but joining the embedded database of a Switchboard that runs. */
    public static Database openShared(Config config) {
        return open(config, true);
    }

    private static Database open(Config config, boolean joinRunning) {
        if (config.databaseUrl().isPresent()) {
            DatabaseUrl url = DatabaseUrl.toJdbc(config.databaseUrl().get());
            DatabaseAddress address = new DatabaseAddress(url.jdbcUrl(), url.user(), url.password());
            address.reach(DATABASE_URL);
            return new Database(pool(address), null, DATABASE_URL, address.description());
        }
        EmbeddedData data = embeddedData(config);
        if (!joinRunning) data.requireFree();
        Optional<Integer> running = data.runningPort();
        if (running.isPresent()) {
            DatabaseAddress address = new DatabaseAddress("jdbc:postgresql://localhost:" + running.get() + "/postgres?user=postgres",
                    null, null);
            address.reach(EMBEDDED);
            return new Database(pool(address), null, EMBEDDED, "the embedded PostgreSQL of the running Switchboard, data in "
                    + data.dir().toAbsolutePath());
        }
        EmbeddedPostgres pg = data.start();
        return new Database(pool(new DatabaseAddress(pg.getJdbcUrl("postgres", "postgres"), null, null)), new Embedded(pg, data),
                EMBEDDED, "embedded PostgreSQL, data in " + data.dir().toAbsolutePath());
    }

    /** Without DATABASE_URL: whether the embedded database exists yet (serve creates it). */
    public static boolean hasEmbeddedData(Config config) {
        return Files.exists(embeddedData(config).dir().resolve("PG_VERSION"));
    }

    private static EmbeddedData embeddedData(Config config) {
        return new EmbeddedData(config.dataDir().resolve("pgdata"));
    }

    /** For tests: a pool over any JDBC URL. */
    public static Database connect(String jdbcUrl) {
        DatabaseAddress address = new DatabaseAddress(jdbcUrl, null, null);
        return new Database(pool(address), null, "the database", address.description());
    }

    /** This process started the embedded database (and stops it on close). */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** For people: "embedded PostgreSQL, data in /path" or "database app at db.example.com:5432 as user u"; no password. */
    public String description() {
        return description;
    }

    public String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Applies pending migrations; Flyway's lock makes concurrent instances safe. */
    public int migrate() {
        try {
            return Migrations.apply(pool);
        } catch (FlywayException e) {
            throw translated(e);
        }
    }

    /** Where the migrations stand, for doctor: nothing is changed. */
    public record MigrationState(String version, int applied, int pending, List<String> failed) {}

    public MigrationState migrationState() {
        try {
            return Migrations.state(pool);
        } catch (FlywayException e) {
            throw translated(e);
        }
    }

    private RuntimeException translated(FlywayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && String.valueOf(s.getSQLState()).startsWith("08")) {
                return DatabaseErrors.connecting(setting, pool.getJdbcUrl(), pool.getUsername(), s);
            }
        }
        return DatabaseErrors.migrating(e);
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

    private static HikariDataSource pool(DatabaseAddress address) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(address.jdbcUrl());
        if (address.user() != null) hc.setUsername(address.user());
        if (address.password() != null) hc.setPassword(address.password());
        hc.setMaximumPoolSize(17); // 16, and the dashboard's board holds one for LISTEN (db.Notifications)
        hc.setPoolName("switchboard");
        // A caller waits in silence while we wait for the database: fail fast and degrade instead.
        hc.setConnectionTimeout(3_000);
        hc.setInitializationFailTimeout(-1);
        hc.addDataSourceProperty("connectTimeout", "3");
        hc.addDataSourceProperty("socketTimeout", "15");
        return new HikariDataSource(hc);
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
                embedded.postgres().close();
            } catch (IOException e) {
                log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            } finally {
                embedded.data().stopped();
            }
        }
    }
}
