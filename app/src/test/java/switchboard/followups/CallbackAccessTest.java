package switchboard.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FollowUpCalls.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.testing.ApiKeysForTests;
import switchboard.testing.Json;
import switchboard.testing.ServerTest;

/** An admin key works any callback; a user key reads all, and works those assigned to its user or to nobody. */
class CallbackAccessTest extends ServerTest {
    String janeKey;
    String adminKey;
    long jane;
    long peter;
    long line;

    @BeforeAll
    void keys() {
        jane = server.directory().userId("Jane");
        peter = server.directory().userId("Peter");
        line = lineId(server, "Sales");
        janeKey = ApiKeysForTests.userKey(server, "jane-phone", jane);
        adminKey = ApiKeysForTests.adminKey(server, "ops");
    }

    @Test
    void an_admin_key_works_any_callback() {
        long id = callback("+3300000001", peter);
        assertThat(server.apiAs(adminKey, "PATCH", "/api/callbacks/" + id, "{\"status\": \"done\"}").status()).isEqualTo(200);
        assertThat(server.apiAs(adminKey, "POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"closed by ops\"}").status()).isEqualTo(201);
        assertThat(Json.of(server.api("/api/callbacks/" + id)).at("/notes/0/author").asText()).isEqualTo("ops");
    }

    @Test
    void a_user_key_takes_an_unassigned_callback_and_works_it() {
        long id = callback("+3300000002", null);
        JsonNode taken = Json.of(server.apiAs(janeKey, "PATCH", "/api/callbacks/" + id, "{\"assigneeId\": " + jane + ", \"status\": \"in-progress\"}"));
        assertThat(taken.get("assigneeId").asLong()).isEqualTo(jane);
        JsonNode note = Json.of(server.apiAs(janeKey, "POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"called back, all good\"}"));
        assertThat(note.get("author").asText()).isEqualTo("Jane");
        assertThat(note.get("authorUserId").asLong()).isEqualTo(jane);
        assertThat(server.apiAs(janeKey, "PATCH", "/api/callbacks/" + id, "{\"status\": \"done\"}").status()).isEqualTo(200);
    }

    @Test
    void a_user_key_may_not_work_someone_elses_callback_but_may_read_it() {
        long id = callback("+3300000003", peter);
        assertThat(server.apiAs(janeKey, "GET", "/api/callbacks/" + id, null).status()).isEqualTo(200);
        assertThat(server.apiAs(janeKey, "GET", "/api/callbacks?assigneeId=" + peter, null).status()).isEqualTo(200);
        assertThat(server.apiAs(janeKey, "PATCH", "/api/callbacks/" + id, "{\"status\": \"done\"}").status()).isEqualTo(403);
        assertThat(server.apiAs(janeKey, "PATCH", "/api/callbacks/" + id, "{\"assigneeId\": " + jane + "}").status()).isEqualTo(403);
        assertThat(server.apiAs(janeKey, "POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"mine now\"}").status()).isEqualTo(403);
        JsonNode unchanged = Json.of(server.api("/api/callbacks/" + id));
        assertThat(unchanged.get("status").asText()).isEqualTo("open");
        assertThat(unchanged.get("notes")).isEmpty();
    }

    @Test
    void a_user_key_creates_callbacks_for_its_user_or_nobody_only() {
        assertThat(server.apiAs(janeKey, "POST", "/api/callbacks", body("+3300000004", jane)).status()).isEqualTo(201);
        assertThat(server.apiAs(janeKey, "POST", "/api/callbacks", body("+3300000005", null)).status()).isEqualTo(201);
        assertThat(server.apiAs(janeKey, "POST", "/api/callbacks", body("+3300000006", peter)).status()).isEqualTo(403);
    }

    @Test
    void no_key_is_401() {
        assertThat(server.apiAs("sb_nope", "GET", "/api/callbacks", null).status()).isEqualTo(401);
        assertThat(server.apiAs("sb_nope", "POST", "/api/callbacks", body("+3300000007", null)).status()).isEqualTo(401);
    }

    private long callback(String from, Long assigneeId) {
        return Json.of(server.api("POST", "/api/callbacks", body(from, assigneeId))).get("id").asLong();
    }

    private String body(String from, Long assigneeId) {
        return "{\"lineId\": " + line + ", \"from\": \"" + from + "\", \"assigneeId\": " + assigneeId + "}";
    }
}
