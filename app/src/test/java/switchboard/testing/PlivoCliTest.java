package switchboard.testing;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import switchboard.db.Database;

/** Base for tests of the plivo commands: a fake Plivo and a fresh database with the demo directory, per test. */
public abstract class PlivoCliTest {
    public static final String PUBLIC_URL = "https://switchboard.example.test";

    protected final FakePlivo plivo = FakePlivo.start();
    protected final Database db = TestPostgres.freshDatabase();

    protected PlivoCliTest() {
        db.seed();
    }

    @AfterEach
    void stopPlivoAndDatabase() {
        plivo.close();
        db.close();
    }

    /** Runs the command line against them; an override of "" unsets a variable. */
    protected CliRun cli(Map<String, String> overrides, String... args) {
        Map<String, String> env = new HashMap<>(plivo.env());
        env.putAll(Map.of("DATABASE_URL", db.jdbcUrl(), "PLIVO_AUTH_TOKEN", "token", "PUBLIC_URL", PUBLIC_URL));
        env.putAll(overrides);
        env.values().removeIf(String::isEmpty);
        return CliRun.of(env, args);
    }
}
