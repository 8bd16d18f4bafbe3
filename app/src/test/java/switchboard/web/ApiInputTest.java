package switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.RawHttp;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;

/** What the probe sent the API: each a 400 naming the field or parameter, never a 500, never silently dropped. */
class ApiInputTest extends ServerTest {

    @Test
    void a_nul_in_a_json_string_is_a_400_naming_the_field() {
        Http.Response r = server.api("POST", "/api/users", "{\"name\": \"a\\u0000b\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).at("/fields/name").asText()).isNotEmpty();
    }

    @Test
    void a_nul_deep_in_a_json_body_is_a_400_naming_its_path() {
        Http.Response r = server.api("POST", "/api/lines", "{\"name\": \"L\", \"sipUri\": \"sip:l-nul@phone.plivo.com\","
                + " \"closures\": [{\"date\": \"2026-12-24\", \"reason\": \"Xmas\\u0000\"}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).at("/fields/closures[0].reason").asText()).contains("U+0000");
    }

    @Test
    void a_lone_surrogate_in_json_is_a_400_not_a_question_mark() {
        Http.Response r = server.api("POST", "/api/users", "{\"name\": \"a\\ud800b\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).at("/fields/name").asText()).isNotEmpty();
        assertThat(server.api("/api/users?limit=200").body()).doesNotContain("a?b");
    }

    @Test
    void trailing_garbage_after_a_json_body_is_a_400() {
        Http.Response r = server.api("POST", "/api/users", "{\"name\":\"Junk\"} }}}garbage");
        assertThat(r.status()).isEqualTo(400);
        assertThat(server.api("/api/users?limit=200").body()).doesNotContain("Junk");
    }

    @Test
    void a_nul_in_a_query_parameter_is_a_400_naming_it() {
        for (String path : new String[] {"/api/calls?from=%00", "/api/callbacks?from=a%00b"}) {
            Http.Response r = server.api(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(ResponseJson.of(r).at("/fields/from").asText()).as(path).isNotEmpty();
        }
    }

    @Test
    void an_invalid_percent_escape_is_a_400_naming_the_parameter_not_a_dropped_filter() {
        for (String path : new String[] {"/api/calls?callUuid=%zz", "/api/callbacks?from=%2", "/api/users?limit=%g1"}) {
            RawHttp.Reply r = RawHttp.exchange(server.port(), RawHttp.head("GET", path,
                    "Authorization: Bearer " + TestServer.API_TOKEN), "");
            assertThat(r.status()).as(path).isEqualTo(400);
            JsonNode fields = ResponseJson.of(new Http.Response(r.status(), r.body(), "")).get("fields");
            assertThat(fields.fieldNames()).toIterable().as(path).hasSize(1);
        }
    }

    @Test
    void a_csv_export_of_a_bad_filter_is_a_400_not_every_call() {
        RawHttp.Reply r = RawHttp.exchange(server.port(), RawHttp.head("GET", "/api/calls?callUuid=%zz",
                "Authorization: Bearer " + TestServer.API_TOKEN, "Accept: text/csv"), "");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("callUuid").doesNotContain("id,callUuid,lineId");
    }
}
