package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.testing.DeadDatabaseServer;
import switchboard.testing.RawHttp;
import switchboard.testing.TestServer;

/** With PostgreSQL unreachable, the API and the fact-only webhooks answer 503 with Retry-After, as /health does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseDownTest {
    DeadDatabaseServer app;

    @BeforeAll
    void start() {
        app = new DeadDatabaseServer();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_api_answers_503_with_retry_after() {
        for (String path : new String[] {"/api/users", "/api/calls", "/api/callbacks/1"}) {
            RawHttp.Reply r = get(path, "Authorization: Bearer " + TestServer.API_TOKEN);
            assertThat(r.status()).as(path).isEqualTo(503);
            assertThat(r.header("Retry-After")).as(path).matches("\\d+");
            assertThat(r.body()).contains("database");
        }
    }

    @Test
    void a_key_that_needs_the_database_to_be_checked_is_a_503_too() {
        RawHttp.Reply r = get("/api/users", "Authorization: Bearer sb_some-user-key");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isNotNull();
    }

    @Test
    void health_says_when_to_retry() {
        RawHttp.Reply r = get("/health");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).matches("\\d+");
    }

    @Test
    void a_hangup_is_a_503_so_plivo_retries_it() {
        String body = "CallUUID=down-1&To=sip%3Asales%40phone.plivo.com&Duration=3";
        RawHttp.Reply r = RawHttp.exchange(app.port(), RawHttp.head("POST", "/plivo/hangup",
                "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + body.length()), body);
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isNotNull();
    }

    private RawHttp.Reply get(String path, String... headers) {
        return RawHttp.exchange(app.port(), RawHttp.head("GET", path, headers), "");
    }
}
