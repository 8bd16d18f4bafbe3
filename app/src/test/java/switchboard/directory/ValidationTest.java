package switchboard.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** Bad input is a 400 whose body names each bad field; never a 500. */
class ValidationTest extends ServerTest {

    @Test
    void malformed_json_is_a_400() {
        Http.Response r = server.api("POST", "/api/users", "{\"name\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).get("error").asText()).startsWith("malformed JSON");
        assertThat(server.api("POST", "/api/users", "[1, 2]").status()).isEqualTo(400);
        assertThat(server.api("POST", "/api/users", "").status()).isEqualTo(400);
    }

    @Test
    void every_bad_field_is_named_at_once() {
        Http.Response r = server.api("POST", "/api/users", "{\"name\": \"  \", \"email\": \"nope\", \"status\": \"busy\", \"age\": 3}");
        assertThat(r.status()).isEqualTo(400);
        JsonNode fields = ResponseJson.of(r).get("fields");
        assertThat(fields.fieldNames()).toIterable().containsExactlyInAnyOrder("name", "email", "status", "age");
        assertThat(fields.get("age").asText()).isEqualTo("unknown field");
    }

    @Test
    void bad_sip_uris_and_numbers_are_named() {
        JsonNode fields = ResponseJson.of(server.api("POST", "/api/lines", "{\"name\": \"L\", \"sipUri\": \"not a uri\", \"ringTimeoutSeconds\": 2}")).get("fields");
        assertThat(fields.has("sipUri")).isTrue();
        assertThat(fields.get("ringTimeoutSeconds").asText()).contains("between");
        JsonNode typed = ResponseJson.of(server.api("POST", "/api/lines", "{\"name\": 5, \"sipUri\": \"sip:a@b.com\", \"ringTimeoutSeconds\": \"20\"}")).get("fields");
        assertThat(typed.fieldNames()).toIterable().containsExactlyInAnyOrder("name", "ringTimeoutSeconds");
    }

    @Test
    void tiers_with_unknown_users_or_bad_shapes_name_the_element() {
        long line = ResponseJson.of(server.api("POST", "/api/lines", "{\"name\": \"T\", \"sipUri\": \"sip:tiers-validation@phone.plivo.com\"}")).get("id").asLong();
        long jane = ResponseJson.of(server.api("/api/users?limit=1")).at("/items/0/id").asLong();
        Http.Response r = server.api("PUT", "/api/lines/" + line + "/tiers",
                "{\"tiers\": [{\"userIds\": [" + jane + ", 987654]}, {\"userIds\": []}, {\"userIds\": [" + jane + "], \"ringTimeoutSeconds\": 9999, \"x\": 1}]}");
        assertThat(r.status()).isEqualTo(400);
        JsonNode fields = ResponseJson.of(r).get("fields");
        assertThat(fields.fieldNames()).toIterable()
                .contains("tiers[1].userIds", "tiers[2].ringTimeoutSeconds", "tiers[2].x");
        Http.Response unknown = server.api("PUT", "/api/lines/" + line + "/tiers", "{\"tiers\": [{\"userIds\": [" + jane + ", 987654]}]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(ResponseJson.of(unknown).at("/fields/tiers[0].userIds[1]").asText()).isEqualTo("no user 987654");
        assertThat(server.api("PUT", "/api/lines/" + line + "/tiers", "{\"tiers\": 3}").status()).isEqualTo(400);
        Http.Response huge = server.api("PUT", "/api/lines/" + line + "/tiers",
                "{\"tiers\": [{\"userIds\": [" + jane + "], \"ringTimeoutSeconds\": 4294967301, \"strategy\": \"loudest\"}]}");
        assertThat(ResponseJson.of(huge).get("fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("tiers[0].ringTimeoutSeconds", "tiers[0].strategy");
    }

    @Test
    void unknown_ids_are_404_and_non_numeric_ids_are_400() {
        assertThat(server.api("/api/users/424242").status()).isEqualTo(404);
        assertThat(server.api("/api/lines/424242/tiers").status()).isEqualTo(404);
        assertThat(server.api("PUT", "/api/lines/424242/tiers", "{\"tiers\": []}").status()).isEqualTo(404);
        assertThat(server.api("PATCH", "/api/apps/424242", "{\"label\": \"x\"}").status()).isEqualTo(404);
        assertThat(server.api("/api/users/abc").status()).isEqualTo(400);
        assertThat(ResponseJson.of(server.api("/api/users/424242")).get("error").asText()).isEqualTo("no user 424242");
    }

    @Test
    void patch_cannot_blank_a_required_field() {
        long id = ResponseJson.of(server.api("POST", "/api/users", "{\"name\": \"Rae\"}")).get("id").asLong();
        Http.Response r = server.api("PATCH", "/api/users/" + id, "{\"name\": null}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).at("/fields/name").asText()).isEqualTo("is required");
    }
}
