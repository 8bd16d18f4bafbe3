package switchboard.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.accounts.Sessions;
import switchboard.accounts.SignInLinks;
import switchboard.accounts.UserCommand;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;

/** `user invite --email` against the real database: a link printed once, alone on the last line. */
class UserCommandTest extends ServerTest {

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("DATABASE_URL", server.jdbcUrl(), "PUBLIC_URL", TestServer.PUBLIC_URL);
        int code = new UserCommand(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void invite_prints_a_one_time_link_valid_for_a_day() {
        Run r = run("invite", "--email", "luke@example.com");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[0]).contains("Luke <luke@example.com>").contains("set their first password").contains("valid once until");
        String link = lines[lines.length - 1];
        assertThat(link).startsWith(TestServer.PUBLIC_URL + "/sign-in/link/");
        var opened = new SignInLinks(server.jdbi(), new Sessions(server.jdbi()), TestServer.PUBLIC_URL)
                .open(link.substring(link.lastIndexOf('/') + 1));
        assertThat(opened).isPresent();
        assertThat(opened.get().expiresAt()).isBetween(java.time.Instant.now().plusSeconds(23 * 3600),
                java.time.Instant.now().plusSeconds(24 * 3600 + 60));
    }

    @Test
    void an_unknown_email_is_an_error_naming_it() {
        Run r = run("invite", "--email", "nobody@example.com");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no user with email nobody@example.com");
    }

    @Test
    void without_an_email_it_says_what_is_missing() {
        Run r = run("invite");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--email");
    }
}
