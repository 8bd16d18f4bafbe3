package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;

/** Malformed webhooks get a clear 400, never a 500 or a stack trace. */
class BadInputTest extends ServerTest {

    @Test
    void answer_without_call_uuid_is_a_400_naming_it() {
        Http.Response r = server.plivo("/plivo/answer", Map.of("To", "sip:sales@phone.plivo.com", "From", "sip:x@y"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("CallUUID").doesNotContain("Exception");
    }

    @Test
    void answer_without_to_is_a_400_naming_it() {
        Http.Response r = server.plivo("/plivo/answer", Map.of("CallUUID", "u-1", "From", "sip:x@y"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("To");
    }

    @Test
    void recording_with_a_non_numeric_duration_is_a_400() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        Http.Response r = server.plivo("/plivo/voicemail/callback", call.params("RecordingDuration", "forever"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("RecordingDuration");
    }

    @Test
    void dial_action_with_a_bad_step_is_a_400() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        assertThat(server.plivo("/plivo/dial/abc/action", call.params("DialStatus", "busy")).status()).isEqualTo(400);
        assertThat(server.plivo("/plivo/dial/-1/action", call.params("DialStatus", "busy")).status()).isEqualTo(400);
    }

    @Test
    void oversized_parameter_is_a_400() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        Http.Response r = server.plivo("/plivo/answer", call.params("CallerName", "x".repeat(5000)));
        assertThat(r.status()).isEqualTo(400);
    }

    @Test
    void caller_name_with_markup_is_escaped_in_the_xml() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com");
        Http.Response r = call.answer("CallerName", "Tom & Jerry <\"boss\"> 'x'");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().string("/Response/Dial/@callerName")).isEqualTo("Tom & Jerry <\"boss\"> 'x'");
        assertThat(r.xml().count("/Response/Dial/User")).isEqualTo(3);
    }

    @Test
    void call_to_an_unknown_line_gets_a_message_and_hangs_up_and_is_logged() {
        PlivoCall call = server.newCall("sip:nobody-here@phone.plivo.com");
        Http.Response r = call.answer();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().string("/Response/Speak")).isNotBlank();
        assertThat(r.xml().count("/Response/Hangup")).isEqualTo(1);
        assertThat(r.xml().count("/Response/Dial")).isZero();
        call.hangup(3, "NORMAL_CLEARING");
        assertThat(call.record().body()).contains("\"status\":\"rejected\"").contains("unknown-line");
    }
}
