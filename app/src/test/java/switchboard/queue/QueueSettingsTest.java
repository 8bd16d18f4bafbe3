package switchboard.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.ResponseJson;

/** A line's queue settings through the API: off by default, PATCH changes only what it names, bad input one 400. */
class QueueSettingsTest extends QueueServerTest {

    private long line(String extra) {
        Http.Response created = server.api("POST", "/api/lines", "{\"name\": \"Q\", \"sipUri\": \"sip:q-" + System.nanoTime()
                + "@phone.plivo.com\"" + (extra.isEmpty() ? "" : ", " + extra) + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ResponseJson.of(created).get("id").asLong();
    }

    @Test
    void a_new_line_has_its_queue_off_with_the_documented_defaults() {
        JsonNode queue = ResponseJson.of(server.api("/api/lines/" + line(""))).get("queue");
        assertThat(queue.toString()).isEqualTo("{\"enabled\":false,\"maxWaitSeconds\":300,\"maxCallers\":10,"
                + "\"announceEverySeconds\":30,\"holdMusicUrl\":null,\"voicemailKey\":\"1\",\"callbackKey\":\"2\",\"retrySeconds\":60}");
    }

    @Test
    void the_demo_directory_turns_the_queue_on_for_support() {
        JsonNode lines = ResponseJson.of(server.api("/api/lines")).get("items");
        Map<String, Boolean> enabled = new java.util.HashMap<>();
        lines.forEach(l -> enabled.put(l.get("name").asText(), l.at("/queue/enabled").asBoolean()));
        assertThat(enabled).containsEntry("Support", true).containsEntry("Sales", false).containsEntry("Main Office", false);
    }

    @Test
    void a_patch_changes_only_the_queue_fields_it_names() {
        long id = line(queue("\"maxCallers\": 4, \"holdMusicUrl\": \"https://cdn.example.com/hold.mp3\""));
        Http.Response patched = server.api("PATCH", "/api/lines/" + id, "{\"queue\": {\"announceEverySeconds\": 45, \"callbackKey\": null}}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode queue = ResponseJson.of(patched).get("queue");
        assertThat(queue.get("enabled").asBoolean()).isTrue();
        assertThat(queue.get("maxCallers").asInt()).isEqualTo(4);
        assertThat(queue.get("announceEverySeconds").asInt()).isEqualTo(45);
        assertThat(queue.get("holdMusicUrl").asText()).isEqualTo("https://cdn.example.com/hold.mp3");
        assertThat(queue.get("callbackKey").isNull()).isTrue();
        assertThat(queue.get("voicemailKey").asText()).isEqualTo("1");
        assertThat(ResponseJson.of(server.api("PATCH", "/api/lines/" + id, "{\"name\": \"Renamed\"}")).get("queue")).isEqualTo(queue);
    }

    @Test
    void every_bad_queue_field_is_named_in_one_400() {
        long id = line("");
        Http.Response r = server.api("PATCH", "/api/lines/" + id, "{\"queue\": {\"enabled\": \"yes\", \"maxWaitSeconds\": 5,"
                + " \"maxCallers\": 0, \"announceEverySeconds\": 1000, \"holdMusicUrl\": \"ftp://x/y.mp3\", \"voicemailKey\": \"12\","
                + " \"callbackKey\": \"A\", \"retrySeconds\": -1, \"colour\": \"blue\"}}");
        assertThat(r.status()).isEqualTo(400);
        JsonNode fields = ResponseJson.of(r).get("fields");
        assertThat(fields.get("queue.enabled").asText()).isEqualTo("must be true or false");
        assertThat(fields.get("queue.maxWaitSeconds").asText()).isEqualTo("must be between 30 and 7200");
        assertThat(fields.get("queue.maxCallers").asText()).isEqualTo("must be between 1 and 500");
        assertThat(fields.get("queue.announceEverySeconds").asText()).isEqualTo("must be between 15 and 300");
        assertThat(fields.get("queue.holdMusicUrl").asText()).contains("http(s) URL");
        assertThat(fields.get("queue.voicemailKey").asText()).startsWith("must be one of #, *, 0, 1");
        assertThat(fields.get("queue.callbackKey").asText()).startsWith("must be one of");
        assertThat(fields.get("queue.retrySeconds").asText()).isEqualTo("must be between 0 and 3600");
        assertThat(fields.get("queue.colour").asText()).isEqualTo("unknown field");
        assertThat(ResponseJson.of(server.api("/api/lines/" + id)).at("/queue/enabled").asBoolean()).as("nothing changed").isFalse();
    }

    @Test
    void the_keys_must_differ_and_the_wait_must_fit_in_sixty_announcements() {
        long id = line("");
        Http.Response r = server.api("PATCH", "/api/lines/" + id,
                "{\"queue\": {\"voicemailKey\": \"*\", \"callbackKey\": \"*\", \"maxWaitSeconds\": 1900}}");
        JsonNode fields = ResponseJson.of(r).get("fields");
        assertThat(fields.get("queue.callbackKey").asText()).isEqualTo("must differ from voicemailKey");
        assertThat(fields.get("queue.maxWaitSeconds").asText()).contains("at most 1800 with announceEverySeconds 30");
        assertThat(ResponseJson.of(server.api("PATCH", "/api/lines/" + id, "{\"queue\": 7}")).at("/fields/queue").asText())
                .isEqualTo("must be an object");
    }

    @Test
    void the_hold_sound_is_a_wav_switchboard_serves_with_long_cache_headers() throws Exception {
        HttpResponse<byte[]> r = fetch("/media/hold-v1.wav", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        ByteBuffer wav = ByteBuffer.wrap(r.body()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(r.body(), 0, 4, StandardCharsets.US_ASCII) + new String(r.body(), 8, 8, StandardCharsets.US_ASCII))
                .isEqualTo("RIFFWAVEfmt ");
        assertThat(wav.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(wav.getShort(22)).as("mono").isEqualTo((short) 1);
        assertThat(wav.getInt(24)).as("8 kHz").isEqualTo(8000);
        assertThat(wav.getInt(40)).as("8 s of 16-bit samples").isEqualTo(8 * 8000 * 2).isEqualTo(r.body().length - 44);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch("/media/hold-v1.wav", etag).statusCode()).isEqualTo(304);
    }

    private HttpResponse<byte[]> fetch(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).GET();
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
