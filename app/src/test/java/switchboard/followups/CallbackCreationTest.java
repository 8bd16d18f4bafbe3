package switchboard.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.testing.FollowUpCalls.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;

/** Calls that end missed or with a voicemail open exactly one callback, whatever Plivo repeats or reorders. */
class CallbackCreationTest extends ServerTest {

    @Test
    void missed_call_opens_one_callback_however_often_the_hangup_repeats() {
        PlivoCall call = server.newCall(SALES);
        call.answer();
        for (int i = 0; i < 3; i++) call.hangup(8, "ORIGINATOR_CANCEL");
        JsonNode callback = onlyCallbackOf(server, call.from);
        assertThat(callback.get("status").asText()).isEqualTo("open");
        assertThat(callback.get("callUuid").asText()).isEqualTo(call.uuid);
        assertThat(callback.get("callId").asLong()).isEqualTo(callId(call));
        assertThat(callback.get("attachedCallIds")).isEmpty();
        assertThat(callback.get("lineId").asLong()).isEqualTo(lineId(server, "Sales"));
        assertThat(callback.get("from").asText()).isEqualTo(call.from);
        assertThat(callback.get("voicemailUrl").isNull()).isTrue();
        assertThat(callback.get("assigneeId").isNull()).isTrue();
        assertThat(callback.get("notes")).isEmpty();
        assertThat(callback.get("createdAt").asText()).isNotEmpty();
    }

    @Test
    void voicemail_opens_a_callback_with_the_recording_however_often_it_is_reported() {
        PlivoCall call = atVoicemail(server.newCall(SALES));
        call.recordAction("https://media.plivo.com/vm-1.mp3", 12);
        call.recordCallback("https://media.plivo.com/vm-1.mp3", 12);
        call.hangup(40, "NORMAL_CLEARING");
        call.hangup(40, "NORMAL_CLEARING");
        JsonNode callback = onlyCallbackOf(server, call.from);
        assertThat(callback.get("voicemailUrl").asText()).isEqualTo("https://media.plivo.com/vm-1.mp3");
        assertThat(callback.get("callUuid").asText()).isEqualTo(call.uuid);
    }

    @Test
    void a_recording_after_the_hangup_attaches_the_voicemail_to_the_missed_calls_callback() {
        PlivoCall call = atVoicemail(server.newCall(SALES));
        call.hangup(30, "NORMAL_CLEARING");
        JsonNode missed = onlyCallbackOf(server, call.from);
        assertThat(missed.get("voicemailUrl").isNull()).isTrue();
        call.recordCallback("https://media.plivo.com/late.mp3", 9);
        call.recordCallback("https://media.plivo.com/late.mp3", 9);
        JsonNode voicemail = onlyCallbackOf(server, call.from);
        assertThat(voicemail.get("id").asLong()).isEqualTo(missed.get("id").asLong());
        assertThat(voicemail.get("voicemailUrl").asText()).isEqualTo("https://media.plivo.com/late.mp3");
        assertThat(voicemail.get("attachedCallIds")).isEmpty();
    }

    @Test
    void a_second_call_from_the_same_caller_to_the_same_line_joins_the_open_callback() {
        PlivoCall first = missed(server.newCall(SALES));
        PlivoCall second = voicemail(server.newCall(SALES, first.from), "https://media.plivo.com/again.mp3", 7);
        JsonNode callback = onlyCallbackOf(server, first.from);
        assertThat(callback.get("callUuid").asText()).isEqualTo(first.uuid);
        assertThat(callback.get("attachedCallIds").get(0).asLong()).isEqualTo(callId(second));
        assertThat(callback.get("voicemailUrl").asText()).isEqualTo("https://media.plivo.com/again.mp3");
    }

    @Test
    void the_same_caller_on_another_line_gets_another_callback() {
        PlivoCall sales = missed(server.newCall(SALES));
        missed(server.newCall(SUPPORT, sales.from));
        assertThat(callbacksOf(server, sales.from)).extracting(c -> c.get("lineId").asLong())
                .containsExactly(lineId(server, "Sales"), lineId(server, "Support"));
    }

    @Test
    void once_the_callback_is_done_the_next_missed_call_opens_a_new_one() {
        PlivoCall first = missed(server.newCall(SALES));
        long id = onlyCallbackOf(server, first.from).get("id").asLong();
        assertThat(server.api("PATCH", "/api/callbacks/" + id, "{\"status\": \"done\"}").status()).isEqualTo(200);
        PlivoCall second = missed(server.newCall(SALES, first.from));
        List<JsonNode> callbacks = callbacksOf(server, first.from);
        assertThat(callbacks).hasSize(2);
        assertThat(callbacks.get(1).get("callUuid").asText()).isEqualTo(second.uuid);
        assertThat(callbacks.get(1).get("status").asText()).isEqualTo("open");
    }

    @Test
    void answered_and_rejected_calls_open_no_callback() {
        PlivoCall answered = answered(server.newCall(SALES), "sip:jane-mobile@phone.plivo.com");
        PlivoCall rejected = server.newCall("sip:nobody@phone.plivo.com");
        rejected.answer();
        rejected.hangup(3, "NORMAL_CLEARING");
        assertThat(callbacksOf(server, answered.from)).isEmpty();
        assertThat(callbacksOf(server, rejected.from)).isEmpty();
    }

    @Test
    void an_answer_reported_after_the_hangup_closes_the_callback_the_call_opened() {
        PlivoCall call = server.newCall(MAIN);
        call.answer();
        call.hangup(50, "NORMAL_CLEARING");
        assertThat(onlyCallbackOf(server, call.from).get("status").asText()).isEqualTo("open");
        call.dialEnded(0, "completed");
        call.answeredBy(0, "sip:luke-mobile@phone.plivo.com");
        JsonNode callback = onlyCallbackOf(server, call.from);
        assertThat(callback.get("status").asText()).isEqualTo("done");
        assertThat(callback.at("/notes/0/author").asText()).isEqualTo("Switchboard");
        assertThat(callback.at("/notes/0/text").asText()).contains("answered after all");
    }

    @Test
    void concurrent_missed_calls_from_one_caller_open_exactly_one_callback() throws Exception {
        String caller = server.newCall(SALES).from;
        List<PlivoCall> calls = IntStream.range(0, 6).mapToObj(i -> server.newCall(SALES, caller)).toList();
        calls.forEach(PlivoCall::answer);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Http.Response>> hangups = calls.stream()
                    .map(c -> pool.submit(() -> c.hangup(5, "ORIGINATOR_CANCEL"))).toList();
            for (Future<Http.Response> h : hangups) assertThat(h.get().status()).isEqualTo(200);
        } finally {
            pool.shutdown();
        }
        JsonNode callback = onlyCallbackOf(server, caller);
        assertThat(callback.get("attachedCallIds")).hasSize(5);
    }

    @Test
    void the_database_lets_a_call_join_one_callback_and_a_caller_hold_one_open_callback_per_line() {
        PlivoCall call = missed(server.newCall(SALES));
        long callbackId = onlyCallbackOf(server, call.from).get("id").asLong();
        long lineId = lineId(server, "Sales");
        assertThatThrownBy(() -> server.jdbi().useHandle(h -> h.execute(
                "insert into callbacks (line_id, caller) values (?, ?)", lineId, call.from))).hasMessageContaining("callbacks_open_per_caller");
        long other = server.jdbi().withHandle(h -> h.createQuery(
                "insert into callbacks (line_id, caller, status) values (?, ?, 'done') returning id")
                .bind(0, lineId).bind(1, call.from).mapTo(Long.class).one()); // a closed one may sit beside it
        assertThat(other).isNotEqualTo(callbackId);
        assertThatThrownBy(() -> server.jdbi().useHandle(h -> h.execute(
                "insert into callback_calls (call_id, callback_id) values (?, ?)", callId(call), other))).hasMessageContaining("callback_calls_pkey");
    }
}
