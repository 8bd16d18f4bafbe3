package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/** Plivo's numbers are whole and non-negative ("12" or "12.0"); anything else is refused, except on the hangup. */
class NumericParamsTest extends ServerTest {
    static final String SALES = "sip:sales@phone.plivo.com";
    static final String[] BAD = {"Infinity", "2147483648", "-5", "NaN", "0x1p3", "1e3", "12.5", "forever", "+3", " 4 x"};

    @Test
    void a_bad_duration_on_the_hangup_still_closes_the_call_with_the_duration_unknown() {
        for (String bad : BAD) {
            PlivoCall call = server.newCall(SALES);
            call.answer();
            Http.Response r = server.plivo("/plivo/hangup", call.params("Duration", bad, "HangupCauseName", "NORMAL_CLEARING"));
            assertThat(r.status()).as(bad).isEqualTo(200);
            JsonNode record = ResponseJson.of(call.record());
            assertThat(record.get("endedAt").isNull()).as(bad).isFalse();
            assertThat(record.get("durationSeconds").isNull()).as(bad + " is not stored as a duration").isTrue();
            assertThat(record.get("hangupCause").asText()).isEqualTo("NORMAL_CLEARING");
        }
    }

    @Test
    void whole_numbers_are_read_also_when_written_with_point_zero() {
        PlivoCall call = server.newCall(SALES);
        call.answer();
        server.plivo("/plivo/hangup", call.params("Duration", "12.0"));
        assertThat(ResponseJson.of(call.record()).get("durationSeconds").asInt()).isEqualTo(12);
        PlivoCall other = server.newCall(SALES);
        other.answer();
        server.plivo("/plivo/hangup", other.params("Duration", "2147483647"));
        assertThat(ResponseJson.of(other.record()).get("durationSeconds").asInt()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void a_bad_number_elsewhere_is_a_400_naming_the_parameter() {
        for (String bad : BAD) {
            PlivoCall call = server.newCall(SALES);
            call.answer();
            Http.Response leg = server.plivo("/plivo/dial/0/callback", call.params("DialAction", "hangup",
                    "DialBLegTo", "sip:luke-mobile@phone.plivo.com", "DialBLegUUID", "b-1", "DialBLegDuration", bad));
            assertThat(leg.status()).as(bad).isEqualTo(400);
            assertThat(leg.body()).contains("DialBLegDuration");
            Http.Response recording = server.plivo("/plivo/voicemail/callback", call.params("RecordUrl",
                    "https://media.plivo.com/r.mp3", "RecordingDuration", bad));
            assertThat(recording.status()).as(bad).isEqualTo(400);
            assertThat(recording.body()).contains("RecordingDuration");
        }
    }
}
