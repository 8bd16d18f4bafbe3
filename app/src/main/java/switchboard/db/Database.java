package switchboard.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.postgresql.Driver;
import org.slf4j.LoggerFactory;
import switchboard.config.CannotStart;
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
            reach(DATABASE_URL, url.jdbcUrl(), url.user(), url.password());
            return new Database(pool(url.jdbcUrl(), url.user(), url.password()), null, DATABASE_URL,
                    describe(url.jdbcUrl(), url.user()));
        }
        EmbeddedData data = embeddedData(config);
        if (!joinRunning) data.requireFree();
        Optional<Integer> running = data.runningPort();
        if (running.isPresent()) {
            String jdbcUrl = "jdbc:postgresql://localhost:" + running.get() + "/postgres?user=postgres";
            reach(EMBEDDED, jdbcUrl, null, null);
            return new Database(pool(jdbcUrl, null, null), null, EMBEDDED, "the embedded PostgreSQL of the running"
                    + " Switchboard, data in " + data.dir().toAbsolutePath());
        }
        EmbeddedPostgres pg = startEmbedded(data);
        return new Database(pool(pg.getJdbcUrl("postgres", "postgres"), null, null), new Embedded(pg, data), EMBEDDED,
                "embedded PostgreSQL, data in " + data.dir().toAbsolutePath());
    }

    /** Without DATABASE_URL: whether the embedded database exists yet (serve creates it). */
    public static boolean hasEmbeddedData(Config config) {
        return java.nio.file.Files.exists(embeddedData(config).dir().resolve("PG_VERSION"));
    }

    private static EmbeddedData embeddedData(Config config) {
        return new EmbeddedData(config.dataDir().resolve("pgdata"));
    }

    /** For tests: a pool over any JDBC URL. */
    public static Database connect(String jdbcUrl) {
        return new Database(pool(jdbcUrl, null, null), null, "the database", describe(jdbcUrl, null));
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

    public DataSource dataSource() {
        return pool;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Applies pending migrations; Flyway's lock makes concurrent instances safe. */
    public int migrate() {
        try {
            return migrate(pool);
        } catch (FlywayException e) {
            throw translated(e);
        }
    }

    public static int migrate(DataSource dataSource) {
        return flyway(dataSource).migrate().migrationsExecuted;
    }

    /** Where the migrations stand, for doctor: nothing is changed. */
    public record MigrationState(String version, int applied, int pending, List<String> failed) {}

    public MigrationState migrationState() {
        try {
            MigrationInfoService info = flyway(pool).info();
            List<String> failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).map(MigrationInfo::getScript)
                    .toList();
            return new MigrationState(info.current() == null ? "none" : String.valueOf(info.current().getVersion()),
                    info.applied().length, info.pending().length, failed);
        } catch (FlywayException e) {
            throw translated(e);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
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

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        if (user != null) hc.setUsername(user);
        if (password != null) hc.setPassword(password);
        hc.setMaximumPoolSize(16);
        hc.setPoolName("switchboard");
        // A caller waits in silence while we wait for the database: fail fast and degrade instead.
        hc.setConnectionTimeout(3_000);
        hc.setInitializationFailTimeout(-1);
        hc.addDataSourceProperty("connectTimeout", "3");
        hc.addDataSourceProperty("socketTimeout", "15");
        return new HikariDataSource(hc);
    }

    private static EmbeddedPostgres startEmbedded(EmbeddedData data) {
        Path dir = data.dir().toAbsolutePath();
        try {
            log.info("No DATABASE_URL: starting embedded PostgreSQL with data in {}", dir);
            return data.start();
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("No Postgres binary found")) {
                throw CannotStart.setting("DATABASE_URL: this build has no embedded PostgreSQL for " + System.getProperty("os.name")
                        + " " + System.getProperty("os.arch") + ": set DATABASE_URL to a PostgreSQL database");
            }
            throw cannotStart(dir, e);
        } catch (IOException | RuntimeException e) {
            throw cannotStart(dir, e);
        }
    }

    private static CannotStart cannotStart(Path dir, Exception e) {
        return CannotStart.because("SWITCHBOARD_DATA_DIR: could not start the embedded PostgreSQL in " + dir + ": "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + " (its log: " + dir.resolve("log") + ")");
    }

    /** One connection, made at once, so a wrong address or password is one line now. */
    private static void reach(String setting, String jdbcUrl, String user, String password) {
        Properties props = new Properties();
        if (user != null) props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        try (Connection c = new Driver().connect(jdbcUrl, props)) {
            if (c == null) throw CannotStart.setting(setting + ": not a PostgreSQL URL");
        } catch (SQLException e) {
            throw DatabaseErrors.connecting(setting, jdbcUrl, user, e);
        }
    }

    private static String describe(String jdbcUrl, String user) {
        Properties url = Driver.parseURL(jdbcUrl, null);
        if (url == null) return "the database";
        String who = user != null ? user : url.getProperty("user");
        return "database " + url.getProperty("PGDBNAME") + " at " + url.getProperty("PGHOST") + ":" + url.getProperty("PGPORT")
                + (who == null ? "" : " as user " + who);
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
