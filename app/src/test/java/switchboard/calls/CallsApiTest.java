package switchboard.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;

class CallsApiTest extends ServerTest {
    final ObjectMapper json = new ObjectMapper();
    final List<PlivoCall> salesCalls = new ArrayList<>();
    PlivoCall supportCall;

    @BeforeAll
    void setUp() {
        for (int i = 0; i < 5; i++) {
            PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
            call.answer();
            call.hangup(5, "ORIGINATOR_CANCEL");
            salesCalls.add(call);
        }
        supportCall = server.newCall("sip:support@phone.plivo.com");
        supportCall.answer();
        supportCall.answeredBy(0, "sip:peter-mobile@phone.plivo.com");
    }

    @Test
    void api_requires_the_bearer_token() {
        assertThat(server.http().get("/api/calls", Map.of()).status()).isEqualTo(401);
        assertThat(server.http().get("/api/calls", Map.of("Authorization", "Bearer wrong")).status()).isEqualTo(401);
        assertThat(server.http().get("/api/calls/1", Map.of("Authorization", "Basic abc")).status()).isEqualTo(401);
    }

    @Test
    void calls_are_listed_newest_first_and_paged_with_a_cursor() {
        List<String> uuids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/api/calls?limit=4" + (cursor == null ? "" : "&cursor=" + cursor));
            page.get("items").forEach(item -> uuids.add(item.get("callUuid").asText()));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(2);
        assertThat(uuids).hasSize(6).doesNotHaveDuplicates();
        assertThat(uuids.get(0)).isEqualTo(supportCall.uuid);
        assertThat(uuids.get(5)).isEqualTo(salesCalls.get(0).uuid);
    }

    @Test
    void calls_filter_by_line_status_and_call_uuid() {
        long salesId = get("/api/calls?callUuid=" + salesCalls.get(0).uuid).at("/items/0/line/id").asLong();
        assertThat(get("/api/calls?lineId=" + salesId).get("items")).hasSize(5);
        assertThat(get("/api/calls?status=missed").get("items")).hasSize(5);
        JsonNode live = get("/api/calls?status=in-progress").get("items");
        assertThat(live).hasSize(1);
        assertThat(live.get(0).at("/answeredBy/name").asText()).isEqualTo("Peter");
        assertThat(live.get(0).at("/answeredBy/app/label").asText()).isEqualTo("mobile");
        assertThat(get("/api/calls?callUuid=" + supportCall.uuid).get("items")).hasSize(1);
    }

    @Test
    void call_detail_carries_every_documented_field_and_the_timeline() {
        long id = get("/api/calls?callUuid=" + salesCalls.get(1).uuid).at("/items/0/id").asLong();
        JsonNode call = get("/api/calls/" + id);
        assertThat(call.fieldNames()).toIterable().contains("id", "callUuid", "line", "from", "to", "status",
                "answeredBy", "voicemailUrl", "voicemailDurationSeconds", "startedAt", "answeredAt", "endedAt",
                "durationSeconds", "hangupCause", "events");
        assertThat(call.get("line").get("name").asText()).isEqualTo("Sales");
        assertThat(call.get("events").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void bad_query_parameters_are_400_and_unknown_ids_are_404() {
        assertThat(server.api("/api/calls?status=bogus").status()).isEqualTo(400);
        assertThat(server.api("/api/calls?lineId=abc").status()).isEqualTo(400);
        assertThat(server.api("/api/calls?limit=0").status()).isEqualTo(400);
        assertThat(server.api("/api/calls?limit=5000").status()).isEqualTo(400);
        assertThat(server.api("/api/calls?cursor=bm9wZQ").status()).isEqualTo(400);
        assertThat(server.api("/api/calls?cursor=%25%25").status()).isEqualTo(400);
        assertThat(server.api("/api/calls/abc").status()).isEqualTo(400);
        assertThat(server.api("/api/calls/999999").status()).isEqualTo(404);
    }

    @Test
    void health_is_200_when_the_database_answers() {
        Http.Response r = server.http().get("/health", Map.of());
        assertThat(r.status()).isEqualTo(200);
    }

    private JsonNode get(String path) {
        Http.Response r = server.api(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        try {
            return json.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
