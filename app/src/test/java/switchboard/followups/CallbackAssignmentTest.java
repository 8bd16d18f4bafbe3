package switchboard.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FollowUpCalls.lineId;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.ApiKeysForTests;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff.Person;

/** A user key may take a callback (assign it to its user) or give it back (unassign it); only admins assign others. */
class CallbackAssignmentTest extends ServerTest {

    @Test
    void a_user_key_may_not_hand_an_unassigned_callback_to_someone_else() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        String key = ApiKeysForTests.userKey(server, "ann-" + ann.id(), ann.id());
        long id = callback("+3310000001", null);
        assertThat(patch(key, id, "{\"assigneeId\": " + bob.id() + "}")).isEqualTo(403);
        assertThat(assignee(id).isNull()).isTrue();
    }

    @Test
    void a_user_key_may_not_hand_its_own_callback_to_someone_else() {
        Person cy = staff.user("Cy");
        Person di = staff.user("Di");
        String key = ApiKeysForTests.userKey(server, "cy-" + cy.id(), cy.id());
        long id = callback("+3310000002", cy.id());
        assertThat(patch(key, id, "{\"assigneeId\": " + di.id() + ", \"status\": \"in-progress\"}")).isEqualTo(403);
        JsonNode unchanged = ResponseJson.of(server.api("/api/callbacks/" + id));
        assertThat(unchanged.get("assigneeId").asLong()).isEqualTo(cy.id());
        assertThat(unchanged.get("status").asText()).isEqualTo("open");
    }

    @Test
    void a_user_key_takes_a_callback_and_gives_it_back() {
        Person ed = staff.user("Ed");
        String key = ApiKeysForTests.userKey(server, "ed-" + ed.id(), ed.id());
        long id = callback("+3310000003", null);
        assertThat(patch(key, id, "{\"assigneeId\": " + ed.id() + "}")).isEqualTo(200);
        assertThat(assignee(id).asLong()).isEqualTo(ed.id());
        assertThat(patch(key, id, "{\"assigneeId\": null}")).isEqualTo(200);
        assertThat(assignee(id).isNull()).isTrue();
    }

    @Test
    void an_admin_key_assigns_anyone() {
        Person fay = staff.user("Fay");
        Person gus = staff.user("Gus");
        String ops = ApiKeysForTests.adminKey(server, "ops-" + fay.id());
        long id = callback("+3310000004", fay.id());
        assertThat(patch(ops, id, "{\"assigneeId\": " + gus.id() + "}")).isEqualTo(200);
        assertThat(assignee(id).asLong()).isEqualTo(gus.id());
    }

    @Test
    void two_users_taking_the_same_callback_at_once_one_gets_it_the_other_a_403() throws Exception {
        Person hal = staff.user("Hal");
        Person ida = staff.user("Ida");
        String halKey = ApiKeysForTests.userKey(server, "hal-" + hal.id(), hal.id());
        String idaKey = ApiKeysForTests.userKey(server, "ida-" + ida.id(), ida.id());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 10; i++) {
                long id = callback("+33100001" + (10 + i), null);
                var halTakes = pool.submit(() -> patch(halKey, id, "{\"assigneeId\": " + hal.id() + "}"));
                var idaTakes = pool.submit(() -> patch(idaKey, id, "{\"assigneeId\": " + ida.id() + "}"));
                assertThat(java.util.List.of(halTakes.get(), idaTakes.get())).containsExactlyInAnyOrder(200, 403);
                assertThat(assignee(id).asLong()).isIn(hal.id(), ida.id());
            }
        } finally {
            pool.shutdown();
        }
    }

    private int patch(String key, long id, String body) {
        return server.apiAs(key, "PATCH", "/api/callbacks/" + id, body).status();
    }

    private JsonNode assignee(long id) {
        return ResponseJson.of(server.api("/api/callbacks/" + id)).get("assigneeId");
    }

    private long callback(String from, Long assigneeId) {
        String body = "{\"lineId\": " + lineId(server, "Sales") + ", \"from\": \"" + from + "\", \"assigneeId\": " + assigneeId + "}";
        return ResponseJson.of(server.api("POST", "/api/callbacks", body)).get("id").asLong();
    }
}
