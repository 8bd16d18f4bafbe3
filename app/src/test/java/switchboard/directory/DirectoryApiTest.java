package switchboard.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** Users, apps, lines: create, read, change, delete, through the real API. */
class DirectoryApiTest extends ServerTest {

    @Test
    void user_is_created_read_changed_and_deleted() {
        Http.Response created = server.api("POST", "/api/users", "{\"name\": \"Mia\", \"title\": \"CFO\", \"email\": \"mia@example.com\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode mia = ResponseJson.of(created);
        long id = mia.get("id").asLong();
        assertThat(mia.get("status").asText()).isEqualTo("available");
        assertThat(ResponseJson.of(server.api("/api/users/" + id)).get("title").asText()).isEqualTo("CFO");

        JsonNode changed = ResponseJson.of(server.api("PATCH", "/api/users/" + id, "{\"title\": null, \"name\": \"Mia R.\"}"));
        assertThat(changed.get("name").asText()).isEqualTo("Mia R.");
        assertThat(changed.get("title").isNull()).isTrue();
        assertThat(changed.get("email").asText()).isEqualTo("mia@example.com");

        assertThat(server.api("DELETE", "/api/users/" + id, null).status()).isEqualTo(204);
        assertThat(server.api("/api/users/" + id).status()).isEqualTo(404);
        assertThat(server.api("DELETE", "/api/users/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void app_belongs_to_a_user_and_its_sip_uri_is_stored_normalized() {
        long user = ResponseJson.of(server.api("POST", "/api/users", "{\"name\": \"Noah\"}")).get("id").asLong();
        Http.Response created = server.api("POST", "/api/users/" + user + "/apps",
                "{\"label\": \"mobile\", \"sipUri\": \"SIP:Noah-Mobile@Phone.Plivo.com;transport=udp\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode app = ResponseJson.of(created);
        assertThat(app.get("sipUri").asText()).isEqualTo("sip:noah-mobile@phone.plivo.com");
        assertThat(app.get("userId").asLong()).isEqualTo(user);
        long appId = app.get("id").asLong();
        assertThat(ResponseJson.of(server.api("/api/users/" + user + "/apps")).get("items")).hasSize(1);
        assertThat(ResponseJson.of(server.api("PATCH", "/api/apps/" + appId, "{\"label\": \"desk\"}")).get("label").asText()).isEqualTo("desk");
        assertThat(server.api("DELETE", "/api/apps/" + appId, null).status()).isEqualTo(204);
        assertThat(server.api("/api/apps/" + appId).status()).isEqualTo(404);
        assertThat(server.api("POST", "/api/users/999999/apps", "{\"label\": \"x\", \"sipUri\": \"sip:x@y.com\"}").status()).isEqualTo(404);
    }

    @Test
    void line_is_created_with_defaults_and_changed() {
        Http.Response created = server.api("POST", "/api/lines", "{\"name\": \"Billing\", \"sipUri\": \"sip:billing@phone.plivo.com\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode line = ResponseJson.of(created);
        assertThat(line.get("ringTimeoutSeconds").asInt()).isEqualTo(20);
        assertThat(line.get("voicemailPrompt").isNull()).isTrue();
        long id = line.get("id").asLong();
        JsonNode changed = ResponseJson.of(server.api("PATCH", "/api/lines/" + id, "{\"ringTimeoutSeconds\": 35, \"voicemailPrompt\": \"Billing here\"}"));
        assertThat(changed.get("ringTimeoutSeconds").asInt()).isEqualTo(35);
        assertThat(changed.get("name").asText()).isEqualTo("Billing");
        assertThat(server.api("DELETE", "/api/lines/" + id, null).status()).isEqualTo(204);
        assertThat(server.api("/api/lines/" + id).status()).isEqualTo(404);
    }

    @Test
    void a_sip_uri_belongs_to_at_most_one_app_or_line() {
        long user = ResponseJson.of(server.api("POST", "/api/users", "{\"name\": \"Olga\"}")).get("id").asLong();
        Http.Response app = server.api("POST", "/api/users/" + user + "/apps", "{\"label\": \"m\", \"sipUri\": \"sip:shared@phone.plivo.com\"}");
        assertThat(app.status()).isEqualTo(201);
        Http.Response line = server.api("POST", "/api/lines", "{\"name\": \"Clash\", \"sipUri\": \"sip:Shared@phone.plivo.com\"}");
        assertThat(line.status()).isEqualTo(409);
        assertThat(ResponseJson.of(line).at("/fields/sipUri").asText()).isEqualTo("already in use");
        Http.Response twice = server.api("POST", "/api/users/" + user + "/apps", "{\"label\": \"n\", \"sipUri\": \"sip:shared@phone.plivo.com\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(ResponseJson.of(twice).at("/fields/sipUri").asText()).isEqualTo("already in use");
        // Deleting the app releases its URI.
        server.api("DELETE", "/api/apps/" + ResponseJson.of(app).get("id").asLong(), null);
        assertThat(server.api("POST", "/api/lines", "{\"name\": \"Clash\", \"sipUri\": \"sip:shared@phone.plivo.com\"}").status()).isEqualTo(201);
    }

    @Test
    void a_live_email_belongs_to_one_user() {
        assertThat(server.api("POST", "/api/users", "{\"name\": \"P1\", \"email\": \"same@example.com\"}").status()).isEqualTo(201);
        Http.Response again = server.api("POST", "/api/users", "{\"name\": \"P2\", \"email\": \"SAME@example.com\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(ResponseJson.of(again).at("/fields/email").asText()).isEqualTo("already in use");
    }

    @Test
    void presence_is_stored_with_its_reason() {
        long id = ResponseJson.of(server.api("POST", "/api/users", "{\"name\": \"Quinn\"}")).get("id").asLong();
        JsonNode away = ResponseJson.of(server.api("PUT", "/api/users/" + id + "/status", "{\"status\": \"away\", \"reason\": \"lunch\"}"));
        assertThat(away.get("status").asText()).isEqualTo("away");
        assertThat(away.get("statusReason").asText()).isEqualTo("lunch");
        assertThat(ResponseJson.of(server.api("/api/users/" + id)).get("status").asText()).isEqualTo("away");
        assertThat(server.api("PUT", "/api/users/" + id + "/status", "{\"status\": \"asleep\"}").status()).isEqualTo(400);
    }

    @Test
    void users_are_paged_in_a_stable_order() {
        for (int i = 0; i < 5; i++) server.api("POST", "/api/users", "{\"name\": \"Pager " + i + "\"}");
        JsonNode first = ResponseJson.of(server.api("/api/users?limit=3"));
        assertThat(first.get("items")).hasSize(3);
        JsonNode second = ResponseJson.of(server.api("/api/users?limit=3&cursor=" + first.get("next").asText()));
        assertThat(second.get("items").get(0).get("id").asLong()).isGreaterThan(first.get("items").get(2).get("id").asLong());
        assertThat(server.api("/api/users?limit=201").status()).isEqualTo(400);
    }
}
