package switchboard.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.testing.FollowUpCalls.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** /api/callbacks: create by hand, read, filter and page, change status and assignee, append notes, validation. */
class CallbacksApiTest extends ServerTest {

    @Test
    void a_callback_created_by_hand_has_every_field() {
        long sales = lineId(server, "Sales");
        long peter = server.directory().userId("Peter");
        Http.Response r = server.api("POST", "/api/callbacks", "{\"lineId\": " + sales + ", \"from\": \"+4930123456\","
                + " \"assigneeId\": " + peter + ", \"note\": \"asked for a quote by mail\"}");
        assertThat(r.status()).isEqualTo(201);
        JsonNode c = ResponseJson.of(r);
        assertThat(c.get("lineId").asLong()).isEqualTo(sales);
        assertThat(c.get("from").asText()).isEqualTo("+4930123456");
        assertThat(c.get("status").asText()).isEqualTo("open");
        assertThat(c.get("assigneeId").asLong()).isEqualTo(peter);
        assertThat(c.get("callId").isNull()).isTrue();
        assertThat(c.get("callUuid").isNull()).isTrue();
        assertThat(c.get("voicemailUrl").isNull()).isTrue();
        assertThat(c.get("transcription").isNull()).isTrue();
        assertThat(c.at("/notes/0/text").asText()).isEqualTo("asked for a quote by mail");
        assertThat(c.at("/notes/0/author").asText()).isEqualTo("API_TOKEN");
        assertThat(Instant.parse(c.get("createdAt").asText())).isEqualTo(Instant.parse(c.get("updatedAt").asText()));
        assertThat(ResponseJson.of(server.api("/api/callbacks/" + c.get("id").asLong()))).isEqualTo(c);
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400() {
        assertThat(server.api("/api/callbacks/987654").status()).isEqualTo(404);
        assertThat(server.api("PATCH", "/api/callbacks/987654", "{\"status\": \"done\"}").status()).isEqualTo(404);
        assertThat(server.api("POST", "/api/callbacks/987654/notes", "{\"text\": \"hi\"}").status()).isEqualTo(404);
        assertThat(server.api("/api/callbacks/abc").status()).isEqualTo(400);
        assertThat(server.api("/api/callbacks?cursor=not-a-cursor").status()).isEqualTo(400);
    }

    @Test
    void bad_input_is_a_400_naming_every_field() {
        Http.Response r = server.api("POST", "/api/callbacks", "{\"lineId\": \"two\", \"from\": \" \", \"assigneeId\": -1, \"colour\": 1}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(ResponseJson.of(r).get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("lineId", "from", "assigneeId", "colour");
        JsonNode missing = ResponseJson.of(server.api("POST", "/api/callbacks", "{}"));
        assertThat(missing.at("/fields/lineId").asText()).isEqualTo("is required");
        assertThat(missing.at("/fields/from").asText()).isEqualTo("is required");
        JsonNode unknown = ResponseJson.of(server.api("POST", "/api/callbacks", "{\"lineId\": 987654, \"from\": \"x\", \"assigneeId\": 987654}"));
        assertThat(unknown.get("fields").toString()).contains("no line 987654", "no user 987654");
        long id = handMade("+491700000001").get("id").asLong();
        JsonNode patch = ResponseJson.of(server.api("PATCH", "/api/callbacks/" + id, "{\"status\": \"closed\", \"assigneeId\": \"me\"}"));
        assertThat(patch.get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("status", "assigneeId");
        assertThat(server.api("PATCH", "/api/callbacks/" + id, "{\"assigneeId\": 987654}").status()).isEqualTo(400);
        assertThat(server.api("POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"\"}").status()).isEqualTo(400);
        assertThat(server.api("POST", "/api/callbacks/" + id + "/notes", "[\"text\"]").status()).isEqualTo(400);
        assertThat(server.api("POST", "/api/callbacks/" + id + "/notes", "{not json").status()).isEqualTo(400);
        assertThat(server.api("/api/callbacks?status=closed").status()).isEqualTo(400);
        assertThat(server.api("/api/callbacks?assigneeId=someone").status()).isEqualTo(400);
    }

    @Test
    void patch_changes_status_and_assignee_and_null_unassigns() {
        long id = handMade("+491700000002").get("id").asLong();
        long luke = server.directory().userId("Luke");
        JsonNode assigned = ResponseJson.of(server.api("PATCH", "/api/callbacks/" + id, "{\"assigneeId\": " + luke + "}"));
        assertThat(assigned.get("assigneeId").asLong()).isEqualTo(luke);
        assertThat(assigned.get("status").asText()).isEqualTo("open");
        JsonNode working = ResponseJson.of(server.api("PATCH", "/api/callbacks/" + id, "{\"status\": \"in-progress\"}"));
        assertThat(working.get("assigneeId").asLong()).isEqualTo(luke);
        assertThat(working.get("status").asText()).isEqualTo("in-progress");
        assertThat(Instant.parse(working.get("updatedAt").asText())).isAfter(Instant.parse(working.get("createdAt").asText()));
        JsonNode released = ResponseJson.of(server.api("PATCH", "/api/callbacks/" + id, "{\"assigneeId\": null, \"status\": \"no-reply\"}"));
        assertThat(released.get("assigneeId").isNull()).isTrue();
        assertThat(released.get("status").asText()).isEqualTo("no-reply");
    }

    @Test
    void a_caller_has_at_most_one_open_callback_per_line_so_a_second_or_a_reopening_is_409() {
        JsonNode first = handMade("+491700000003");
        assertThat(server.api("POST", "/api/callbacks", draft("+491700000003")).status()).isEqualTo(409);
        server.api("PATCH", "/api/callbacks/" + first.get("id").asLong(), "{\"status\": \"done\"}");
        JsonNode second = handMade("+491700000003");
        Http.Response reopen = server.api("PATCH", "/api/callbacks/" + first.get("id").asLong(), "{\"status\": \"open\"}");
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(ResponseJson.of(reopen).get("error").asText()).contains("already has an open callback");
        server.api("PATCH", "/api/callbacks/" + second.get("id").asLong(), "{\"status\": \"no-reply\"}");
        assertThat(server.api("PATCH", "/api/callbacks/" + first.get("id").asLong(), "{\"status\": \"open\"}").status()).isEqualTo(200);
    }

    @Test
    void notes_are_an_append_only_thread_with_author_and_time() {
        long id = handMade("+491700000004").get("id").asLong();
        Http.Response added = server.api("POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"rang back, voicemail\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(ResponseJson.of(added).get("author").asText()).isEqualTo("API_TOKEN");
        server.api("POST", "/api/callbacks/" + id + "/notes", "{\"text\": \"  rang again: sorted  \"}");
        JsonNode notes = ResponseJson.of(server.api("/api/callbacks/" + id)).get("notes");
        assertThat(notes.findValuesAsText("text")).containsExactly("rang back, voicemail", "rang again: sorted");
        assertThat(Instant.parse(notes.get(1).get("createdAt").asText()))
                .isAfterOrEqualTo(Instant.parse(notes.get(0).get("createdAt").asText()));
        assertThat(notes.get(0).has("authorUserId")).isTrue();
        assertThatThrownBy(() -> server.jdbi().useHandle(h -> h.execute("update callback_notes set text = 'rewritten'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> server.jdbi().useHandle(h -> h.execute("delete from callback_notes")))
                .hasMessageContaining("append-only");
        assertThat(server.api("PATCH", "/api/callbacks/" + id + "/notes", "{}").status()).isIn(404, 405);
    }

    @Test
    void lists_filter_by_status_assignee_and_line_and_page_in_a_stable_order() {
        long support = lineId(server, "Support");
        long jane = server.directory().userId("Jane");
        String tag = "+4989" + UUID.randomUUID().toString().replaceAll("\\D", "").substring(0, 6);
        for (int i = 0; i < 5; i++) {
            String body = "{\"lineId\": " + support + ", \"from\": \"" + tag + i + "\"" + (i % 2 == 0 ? ", \"assigneeId\": " + jane : "") + "}";
            assertThat(server.api("POST", "/api/callbacks", body).status()).isEqualTo(201);
        }
        JsonNode janes = ResponseJson.of(server.api("/api/callbacks?limit=200&lineId=" + support + "&assigneeId=" + jane));
        assertThat(janes.get("items").findValuesAsText("from")).contains(tag + 0, tag + 2, tag + 4).doesNotContain(tag + 1);
        JsonNode nobodys = ResponseJson.of(server.api("/api/callbacks?limit=200&lineId=" + support + "&assigneeId=none"));
        assertThat(nobodys.get("items").findValuesAsText("from")).contains(tag + 1, tag + 3).doesNotContain(tag + 0);
        assertThat(ResponseJson.of(server.api("/api/callbacks?limit=200&status=done&lineId=" + support)).get("items").findValuesAsText("from"))
                .noneMatch(f -> f.startsWith(tag));
        JsonNode page1 = ResponseJson.of(server.api("/api/callbacks?limit=2&lineId=" + support));
        JsonNode page2 = ResponseJson.of(server.api("/api/callbacks?limit=2&lineId=" + support + "&cursor=" + page1.get("next").asText()));
        assertThat(page1.get("items")).hasSize(2);
        assertThat(page2.get("items").get(0).get("id").asLong()).isGreaterThan(page1.get("items").get(1).get("id").asLong());
    }

    private JsonNode handMade(String from) {
        Http.Response r = server.api("POST", "/api/callbacks", draft(from));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ResponseJson.of(r);
    }

    private String draft(String from) {
        return "{\"lineId\": " + lineId(server, "Main Office") + ", \"from\": \"" + from + "\"}";
    }
}
