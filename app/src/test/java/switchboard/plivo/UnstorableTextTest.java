package switchboard.plivo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.RawHttp;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/**
 * A NUL byte (PostgreSQL cannot store one) in a webhook's values is dropped at the edge, broken UTF-8 is read as
 * replacement characters: the call keeps its record, and the webhooks after it (recording, hangup) are not refused forever.
 */
class UnstorableTextTest extends ServerTest {
    static final String SALES = "sip:sales@phone.plivo.com";

    @Test
    void a_nul_in_from_on_the_answer_still_rings_and_logs_the_call() {
        PlivoCall call = server.newCall(SALES, "sip:nul\u0000caller@phone.plivo.com");
        Http.Response r = call.answer();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Dial/User")).isPositive();
        assertThat(record(call).get("from").asText()).isEqualTo("sip:nulcaller@phone.plivo.com");
    }

    @Test
    void a_nul_on_hangup_closes_the_call() {
        PlivoCall call = server.newCall(SALES, "sip:hang\u0000up@phone.plivo.com");
        assertThat(call.hangup(7, "NORMAL_CLEARING").status()).isEqualTo(200);
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("missed");
        assertThat(record.get("durationSeconds").asInt()).isEqualTo(7);
    }

    @Test
    void nul_bytes_through_a_whole_call_keep_its_voicemail() {
        PlivoCall call = server.newCall(SALES, "sip:vm\u0000@phone.plivo.com");
        call.answer("CallerName", "Nul\u0000Name");
        assertThat(server.plivo("/plivo/dial/0/action", call.params("DialStatus", "no-\u0000answer")).status()).isEqualTo(200);
        call.dialEnded(1, "no-answer");
        Http.Response action = server.plivo("/plivo/voicemail/action", call.params("RecordUrl",
                "https://media.plivo.com/v\u0000m.mp3", "RecordingDuration", "9", "RecordingID", "rec\u0000-1"));
        assertThat(action.status()).isEqualTo(200);
        assertThat(server.plivo("/plivo/voicemail/callback", call.params("RecordUrl", "https://media.plivo.com/v\u0000m.mp3",
                "RecordingDuration", "9", "RecordingID", "rec\u0000-1")).status()).isEqualTo(200);
        assertThat(call.hangup(30, "NORMAL\u0000_CLEARING").status()).isEqualTo(200);
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("voicemail");
        assertThat(record.get("voicemailUrl").asText()).isEqualTo("https://media.plivo.com/vm.mp3");
        assertThat(record.get("hangupCause").asText()).isEqualTo("NORMAL_CLEARING");
    }

    @Test
    void half_a_surrogate_pair_in_utf_8_is_read_as_a_replacement_character_and_kept() {
        PlivoCall call = server.newCall(SALES, "sip:half@phone.plivo.com");
        String body = "CallUUID=" + call.uuid + "&To=sip%3Asales%40phone.plivo.com&From=sip%3Ahalf%ED%A0%80%40phone.plivo.com";
        Map<String, String> decoded = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            decoded.put(pair.substring(0, pair.indexOf('=')), URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), UTF_8));
        }
        String[] headers = server.signatureHeaders("/plivo/answer", decoded).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toArray(String[]::new);
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type: application/x-www-form-urlencoded";
        all[headers.length + 1] = "Content-Length: " + body.length();
        assertThat(RawHttp.exchange(server.port(), RawHttp.head("POST", "/plivo/answer", all), body).status()).isEqualTo(200);
        assertThat(record(call).get("from").asText()).startsWith("sip:half\uFFFD").endsWith("@phone.plivo.com");
    }

    private JsonNode record(PlivoCall call) {
        Http.Response list = server.api("/api/calls?callUuid=" + call.uuid);
        JsonNode items = ResponseJson.of(list).get("items");
        assertThat(items).as("the call is in the log").hasSize(1);
        return items.get(0);
    }
}
