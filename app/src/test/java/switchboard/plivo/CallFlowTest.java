package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;
import switchboard.testing.TestServer;
import switchboard.testing.Xpath;

class CallFlowTest extends ServerTest {
    static final String SALES = "sip:sales@phone.plivo.com";
    static final String MAIN = "sip:main-office@phone.plivo.com";
    final ObjectMapper json = new ObjectMapper();

    @Test
    void answer_rings_every_app_of_tier_one_at_once() {
        PlivoCall call = server.newCall(SALES);
        Http.Response r = call.answer();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        Xpath xml = r.xml();
        assertThat(xml.count("/Response/Dial")).isEqualTo(1);
        assertThat(xml.strings("/Response/Dial/User")).containsExactlyInAnyOrder(
                "sip:luke-mobile@phone.plivo.com", "sip:jane-mobile@phone.plivo.com", "sip:jane-desktop@phone.plivo.com");
        assertThat(xml.string("/Response/Dial/@timeout")).isEqualTo("20");
        assertThat(xml.string("/Response/Dial/@callerId")).isEqualTo(call.from);
        assertThat(xml.string("/Response/Dial/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/dial/0/action");
        assertThat(xml.string("/Response/Dial/@callbackUrl")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/dial/0/callback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-answer", "busy", "failed", "timeout", "cancel", "something-new"})
    void any_status_but_completed_escalates_to_next_tier(String dialStatus) {
        PlivoCall call = server.newCall(SALES);
        call.answer();
        Xpath next = call.dialEnded(0, dialStatus).xml();
        assertThat(next.strings("/Response/Dial/User"))
                .containsExactlyInAnyOrder("sip:peter-mobile@phone.plivo.com", "sip:peter-desktop@phone.plivo.com");
        assertThat(next.string("/Response/Dial/@action")).endsWith("/plivo/dial/1/action");
    }

    @Test
    void busy_callee_escalates_to_next_tier() {
        PlivoCall call = server.newCall(MAIN);
        assertThat(call.answer().xml().strings("/Response/Dial/User")).containsExactly("sip:luke-mobile@phone.plivo.com");
        assertThat(call.dialEnded(0, "busy").xml().strings("/Response/Dial/User"))
                .containsExactlyInAnyOrder("sip:peter-mobile@phone.plivo.com", "sip:peter-desktop@phone.plivo.com");
        assertThat(call.dialEnded(1, "busy").xml().strings("/Response/Dial/User"))
                .containsExactlyInAnyOrder("sip:jane-mobile@phone.plivo.com", "sip:jane-desktop@phone.plivo.com");
    }

    @Test
    void last_tier_ringing_out_goes_to_voicemail() {
        PlivoCall call = server.newCall(SALES);
        call.answer();
        call.dialEnded(0, "no-answer");
        Xpath vm = call.dialEnded(1, "no-answer").xml();
        assertThat(vm.count("/Response/Dial")).isZero();
        assertThat(vm.string("/Response/Speak")).contains("Sales");
        assertThat(vm.string("/Response/Record/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/voicemail/action");
        assertThat(vm.string("/Response/Record/@callbackUrl")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/voicemail/callback");
        assertThat(vm.string("/Response/Record/@finishOnKey")).isEqualTo("#");
        assertThat(vm.string("/Response/Record/@playBeep")).isEqualTo("true");
        assertThat(Integer.parseInt(vm.string("/Response/Record/@maxLength"))).isBetween(30, 300);
    }

    @Test
    void completed_dial_ends_the_call_without_another_tier_or_voicemail() {
        PlivoCall call = server.newCall(SALES);
        call.answer();
        call.answeredBy(0, "sip:jane-desktop@phone.plivo.com");
        // The callee hung up first: Plivo reports CallStatus=in-progress for the caller, DialStatus=completed.
        Xpath after = call.dialEnded(0, "completed").xml();
        assertThat(after.count("/Response/Dial")).isZero();
        assertThat(after.count("/Response/Record")).isZero();
        assertThat(after.count("/Response/Hangup")).isEqualTo(1);
        call.hangup(95, "NORMAL_CLEARING");
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("answered");
        assertThat(record.at("/answeredBy/name").asText()).isEqualTo("Jane");
        assertThat(record.at("/answeredBy/app/sipUri").asText()).isEqualTo("sip:jane-desktop@phone.plivo.com");
        assertThat(record.get("answeredAt").isNull()).isFalse();
        assertThat(record.get("durationSeconds").asInt()).isEqualTo(95);
    }

    @Test
    void voicemail_is_stored_with_url_recording_id_and_duration() {
        PlivoCall call = reachVoicemail(SALES);
        Xpath bye = call.recordAction("https://media.plivo.com/rec-1.mp3", 12).xml();
        assertThat(bye.count("/Response/Hangup")).isEqualTo(1);
        call.hangup(60, "NORMAL_CLEARING");
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("voicemail");
        assertThat(record.get("voicemailUrl").asText()).isEqualTo("https://media.plivo.com/rec-1.mp3");
        assertThat(record.get("voicemailDurationSeconds").asInt()).isEqualTo(12);
        assertThat(record.get("answeredBy").isNull()).isTrue();
    }

    @Test
    void recording_with_zero_length_or_no_url_is_not_a_voicemail() {
        PlivoCall call = reachVoicemail(SALES);
        call.recordAction("https://media.plivo.com/empty.mp3", 0);
        call.recordCallback("", 3);
        call.hangup(40, "NORMAL_CLEARING");
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("missed");
        assertThat(record.get("voicemailUrl").isNull()).isTrue();
    }

    @Test
    void caller_who_hangs_up_while_ringing_is_missed() {
        PlivoCall call = server.newCall(SALES);
        call.answer();
        call.hangup(8, "ORIGINATOR_CANCEL");
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("missed");
        assertThat(record.get("hangupCause").asText()).isEqualTo("ORIGINATOR_CANCEL");
        assertThat(record.get("endedAt").asText()).isEqualTo("2026-11-22T09:00:00Z");
    }

    @Test
    void recording_callback_after_hangup_still_converges_to_voicemail() {
        PlivoCall call = reachVoicemail(SALES);
        call.hangup(30, "NORMAL_CLEARING");
        assertThat(record(call).get("status").asText()).isEqualTo("missed");
        call.recordCallback("https://media.plivo.com/late.mp3", 9);
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("voicemail");
        assertThat(record.get("voicemailUrl").asText()).isEqualTo("https://media.plivo.com/late.mp3");
        assertThat(record.get("endedAt").isNull()).isFalse();
    }

    @Test
    void answer_callback_after_hangup_still_converges_to_answered() {
        PlivoCall call = server.newCall(MAIN);
        call.answer();
        call.hangup(50, "NORMAL_CLEARING");
        call.dialEnded(0, "completed");
        call.answeredBy(0, "sip:luke-mobile@phone.plivo.com");
        JsonNode record = record(call);
        assertThat(record.get("status").asText()).isEqualTo("answered");
        assertThat(record.at("/answeredBy/name").asText()).isEqualTo("Luke");
    }

    @Test
    void dial_to_sip_uri_spelled_differently_still_finds_the_line_and_app() {
        PlivoCall call = server.newCall("SIP:Sales@Phone.Plivo.com;transport=udp");
        assertThat(call.answer().xml().count("/Response/Dial/User")).isEqualTo(3);
        call.answeredBy(0, "<sip:Luke-Mobile@phone.plivo.com;transport=tcp>");
        call.dialEnded(0, "completed");
        assertThat(record(call).at("/answeredBy/name").asText()).isEqualTo("Luke");
    }

    @Test
    void timeline_shows_each_tier_the_dial_outcomes_the_recording_and_the_hangup() {
        PlivoCall call = reachVoicemail(SALES);
        call.recordAction("https://media.plivo.com/t.mp3", 5);
        call.hangup(45, "NORMAL_CLEARING");
        JsonNode events = record(call).get("events");
        assertThat(events.findValuesAsText("type")).containsExactly("call-started", "tier-ringing", "dial-ended",
                "tier-ringing", "dial-ended", "queue-skipped", "voicemail-offered", "voicemail-recorded", "hangup");
        assertThat(events.get(1).at("/detail/users").findValuesAsText("name")).containsExactly("Luke", "Jane");
        assertThat(events.get(2).at("/detail/dialStatus").asText()).isEqualTo("no-answer");
        assertThat(events.get(3).at("/detail/tier").asInt()).isEqualTo(2);
    }

    private PlivoCall reachVoicemail(String line) {
        PlivoCall call = server.newCall(line);
        call.answer();
        call.dialEnded(0, "no-answer");
        call.dialEnded(1, "no-answer");
        return call;
    }

    private JsonNode record(PlivoCall call) {
        Http.Response r = call.record();
        assertThat(r.status()).isEqualTo(200);
        try {
            return json.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }
}
