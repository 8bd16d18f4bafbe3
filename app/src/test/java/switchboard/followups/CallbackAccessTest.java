package switchboard.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FollowUpCalls.*;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.ApiKeysForTests;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff.Person;

/** An admin key works any callback; a user key reads all, and works those assigned to its user or to nobody. */
class CallbackAccessTest extends ServerTest {

    @Test
    void an_admin_key_works_any_callback() {
        String ops = ApiKeysForTests.adminKey(server, "ops");
        long id = callback("+3300000001", staff.user("Olga").id());
        assertThat(server.apiAs(ops, "PATCH", "/api/callbacks/" + id, "{\"status\": \"done\"}").status()).isEqualTo(200);
        assertThat(server.apiAs(ops, "POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"closed by ops\"}").status()).isEqualTo(201);
        assertThat(ResponseJson.of(server.api("/api/callbacks/" + id)).at("/notes/0/author").asText()).isEqualTo("ops");
    }

    @Test
    void a_user_key_takes_an_unassigned_callback_and_works_it() {
        Person ann = staff.user("Ann");
        String key = ApiKeysForTests.userKey(server, "ann-phone", ann.id());
        long id = callback("+3300000002", null);
        JsonNode taken = ResponseJson.of(server.apiAs(key, "PATCH", "/api/callbacks/" + id, "{\"assigneeId\": " + ann.id() + ", \"status\": \"in-progress\"}"));
        assertThat(taken.get("assigneeId").asLong()).isEqualTo(ann.id());
        JsonNode note = ResponseJson.of(server.apiAs(key, "POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"called back, all good\"}"));
        assertThat(note.get("author").asText()).isEqualTo("Ann");
        assertThat(note.get("authorUserId").asLong()).isEqualTo(ann.id());
        assertThat(server.apiAs(key, "PATCH", "/api/callbacks/" + id, "{\"status\": \"done\"}").status()).isEqualTo(200);
    }

    @Test
    void a_user_key_may_not_work_someone_elses_callback_but_may_read_it() {
        Person bob = staff.user("Bob");
        Person carla = staff.user("Carla");
        String key = ApiKeysForTests.userKey(server, "bob-phone", bob.id());
        long id = callback("+3300000003", carla.id());
        assertThat(server.apiAs(key, "GET", "/api/callbacks/" + id, null).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "GET", "/api/callbacks?assigneeId=" + carla.id(), null).status()).isEqualTo(200);
        assertThat(server.apiAs(key, "PATCH", "/api/callbacks/" + id, "{\"status\": \"done\"}").status()).isEqualTo(403);
        assertThat(server.apiAs(key, "PATCH", "/api/callbacks/" + id, "{\"assigneeId\": " + bob.id() + "}").status()).isEqualTo(403);
        assertThat(server.apiAs(key, "POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"mine now\"}").status()).isEqualTo(403);
        JsonNode unchanged = ResponseJson.of(server.api("/api/callbacks/" + id));
        assertThat(unchanged.get("status").asText()).isEqualTo("open");
        assertThat(unchanged.get("assigneeId").asLong()).isEqualTo(carla.id());
        assertThat(unchanged.get("notes")).isEmpty();
    }

    @Test
    void a_user_key_creates_callbacks_for_its_user_or_nobody_only() {
        Person dora = staff.user("Dora");
        String key = ApiKeysForTests.userKey(server, "dora-phone", dora.id());
        assertThat(server.apiAs(key, "POST", "/api/callbacks", body("+3300000004", dora.id())).status()).isEqualTo(201);
        assertThat(server.apiAs(key, "POST", "/api/callbacks", body("+3300000005", null)).status()).isEqualTo(201);
        assertThat(server.apiAs(key, "POST", "/api/callbacks", body("+3300000006", staff.user("Emil").id())).status()).isEqualTo(403);
    }

    @Test
    void no_key_or_an_unknown_key_is_401() {
        assertThat(server.http().get("/api/callbacks", java.util.Map.of()).status()).isEqualTo(401);
        assertThat(server.apiAs("sb_nope", "POST", "/api/callbacks", body("+3300000007", null)).status()).isEqualTo(401);
    }

    private long callback(String from, Long assigneeId) {
        return ResponseJson.of(server.api("POST", "/api/callbacks", body(from, assigneeId))).get("id").asLong();
    }

    private String body(String from, Long assigneeId) {
        return "{\"lineId\": " + lineId(server, "Sales") + ", \"from\": \"" + from + "\", \"assigneeId\": " + assigneeId + "}";
    }
}
