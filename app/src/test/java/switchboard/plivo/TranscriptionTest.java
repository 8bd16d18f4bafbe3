package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff;
import switchboard.testing.TestServer;
import switchboard.testing.Xpath;

/** VOICEMAIL_TRANSCRIPTION=auto: the Record asks Plivo for a transcription, whose callback stores the text on the call. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptionTest {
    private TestServer server;
    private String noTiers;

    @BeforeAll
    void start() {
        server = TestServer.start(Map.of("VOICEMAIL_TRANSCRIPTION", "auto"));
        noTiers = new Staff(server).line("Voicemail only", "");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** A caller who left a 30-second message. */
    private PlivoCall voicemail() {
        PlivoCall call = server.newCall(noTiers);
        call.answer();
        call.recordCallback("https://media.plivo.com/rec-" + call.uuid + ".mp3", 30);
        return call;
    }

    private Http.Response transcription(PlivoCall call, String... params) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("call_uuid", call.uuid, "recording_id", "rec-" + call.uuid,
                "duration", "30", "transcription_charge", "0.05", "transcription_rate", "0.05"));
        for (int i = 0; i < params.length; i += 2) form.put(params[i], params[i + 1]);
        return server.plivo("/plivo/voicemail/transcription", form);
    }

    private JsonNode record(PlivoCall call) {
        return ResponseJson.of(call.record());
    }

    @Test
    void the_voicemail_record_asks_plivo_for_a_transcription_posted_to_us() {
        Xpath xml = server.newCall(noTiers).answer().xml();
        assertThat(xml.string("/Response/Record/@transcriptionType")).isEqualTo("auto");
        assertThat(xml.string("/Response/Record/@transcriptionUrl"))
                .isEqualTo(TestServer.PUBLIC_URL + "/plivo/voicemail/transcription");
        assertThat(xml.string("/Response/Record/@transcriptionMethod")).isEqualTo("POST");
    }

    @Test
    void without_the_setting_no_transcription_is_asked_for() {
        String xml = new switchboard.plivo.xml.CallXml(TestServer.PUBLIC_URL).voicemail("Leave a message.");
        assertThat(xml).doesNotContain("transcription");
    }

    @Test
    void the_text_is_stored_on_the_call_when_its_callback_arrives() {
        PlivoCall call = voicemail();
        assertThat(record(call).get("voicemailTranscription").isNull()).isTrue();
        String text = "Hi, this is Tom & Jerry <calling> about the invoice. ".repeat(60).trim(); // longer than a plain parameter
        assertThat(transcription(call, "transcription", text).status()).isEqualTo(200);
        JsonNode r = record(call);
        assertThat(r.get("voicemailTranscription").asText()).isEqualTo(text);
        assertThat(r.get("events").findValuesAsText("type")).contains("voicemail-transcribed");
    }

    @Test
    void a_repeated_callback_adds_nothing() {
        PlivoCall call = voicemail();
        transcription(call, "transcription", "Please call me back.");
        int events = record(call).get("events").size();
        transcription(call, "transcription", "Please call me back.");
        assertThat(record(call).get("events").size()).isEqualTo(events);
    }

    @Test
    void a_failed_transcription_is_logged_in_the_timeline_and_stores_no_text() {
        PlivoCall call = voicemail();
        assertThat(transcription(call, "error", "Recording duration too long for transcription").status()).isEqualTo(200);
        JsonNode r = record(call);
        assertThat(r.get("voicemailTranscription").isNull()).isTrue();
        assertThat(r.get("events").findValuesAsText("type")).contains("voicemail-transcription-failed");
    }

    @Test
    void a_transcription_for_a_call_we_never_saw_is_accepted_and_ignored() {
        PlivoCall stranger = server.newCall(noTiers);
        assertThat(transcription(stranger, "transcription", "hello").status()).isEqualTo(200);
        assertThat(ResponseJson.of(server.api("/api/calls?callUuid=" + stranger.uuid)).get("items")).isEmpty();
    }

    @Test
    void an_unsigned_transcription_is_refused() {
        Http.Response r = server.http().postForm("/plivo/voicemail/transcription",
                Map.of("call_uuid", "x", "transcription", "forged"), Map.of());
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void without_call_uuid_it_is_a_400() {
        Http.Response r = server.plivo("/plivo/voicemail/transcription", Map.of("transcription", "hello"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("call_uuid");
    }
}
