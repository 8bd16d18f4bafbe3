package switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import switchboard.Server;
import switchboard.db.Database;
import switchboard.testing.TestPostgres;

/** db migrate and db seed through the real command line, against a real database. */
class DbCommandsTest {

    @Test
    void seed_twice_changes_nothing_the_second_time() {
        try (Database db = TestPostgres.freshDatabase()) {
            String url = db.jdbcUrl();
            assertThat(run(url, "db", "migrate")).isZero();
            assertThat(run(url, "db", "seed")).isZero();
            String first = snapshot(db.jdbi());
            assertThat(run(url, "db", "seed")).isZero();
            assertThat(snapshot(db.jdbi())).isEqualTo(first);
            assertThat(first).contains("users=3", "apps=5", "lines=3", "tiers=8", "members=9");
        }
    }

    @Test
    void a_bad_database_url_stops_with_a_message_naming_the_variable() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(Map.of("DATABASE_URL", "mysql://nope/db"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), Server::run).run("db", "migrate");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("DATABASE_URL");
    }

    private static int run(String jdbcUrl, String... args) {
        return new Cli(Map.of("DATABASE_URL", jdbcUrl), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), Server::run).run(args);
    }

    private static String snapshot(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                select 'users=' || (select count(*) from users) || ' apps=' || (select count(*) from apps)
                    || ' lines=' || (select count(*) from lines) || ' tiers=' || (select count(*) from tiers)
                    || ' members=' || (select count(*) from tier_members)""").mapTo(String.class).one());
    }
}
