package switchboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.Staff.Person;
import switchboard.testing.Xpath;

/** Leaving the queue by a key or by hanging up, and retried webhooks changing nothing. */
class QueueExitsTest extends QueueServerTest {

    /** A caller waiting on a fresh line whose only user is busy. */
    private PlivoCall waiting(String settings) {
        Person ann = staff.user("Ann");
        String line = staff.line("Keys", queue(settings), tier("ring-all", ann));
        PlivoCall caller = waitingFor(line, ann);
        return caller;
    }

    @Test
    void the_voicemail_key_takes_a_message() {
        PlivoCall caller = waiting("");
        Xpath vm = caller.pressed(0, "1").xml();
        assertThat(vm.string("/Response/Speak")).startsWith("Please leave your message after the beep");
        assertThat(vm.count("/Response/Record")).isEqualTo(1);
        assertThat(event(caller, "queue-key").get("digits").asText()).isEqualTo("1");
        assertThat(event(caller, "queue-left").get("outcome").asText()).isEqualTo("voicemail-key");
        assertThat(event(caller, "voicemail-offered").get("reason").asText()).isEqualTo("queue-voicemail-key");
        caller.recordAction("https://media.plivo.com/q.mp3", 7);
        caller.hangup(50, "NORMAL_CLEARING");
        assertThat(record(caller).get("status").asText()).isEqualTo("voicemail");
    }

    @Test
    void the_callback_key_confirms_hangs_up_and_opens_a_callback_listed_before_ordinary_ones() {
        Person ann = staff.user("Ann");
        String line = staff.line("Back", queue("\"callbackKey\": \"#\", \"voicemailKey\": null"), tier("ring-all", ann));
        talking(line, ann);
        PlivoCall gaveUp = server.newCall(line);
        gaveUp.answer();
        gaveUp.hangup(10, "ORIGINATOR_CANCEL"); // abandoned: an ordinary callback, opened first
        PlivoCall caller = server.newCall(line);
        Xpath wait = caller.answer().xml();
        assertThat(wait.string("/Response/GetDigits/@validDigits")).isEqualTo("#");
        assertThat(wait.string("/Response/GetDigits/@finishOnKey")).isEqualTo("*");
        assertThat(wait.string("//Speak")).endsWith("Press the hash key and we will call you back.");
        Xpath bye = caller.pressed(0, "#").xml();
        assertThat(bye.string("/Response/Speak")).contains("We will call you back");
        assertThat(bye.count("/Response/Hangup")).isEqualTo(1);
        assertThat(event(caller, "queue-left").get("outcome").asText()).isEqualTo("callback-key");
        assertThat(events(caller)).contains("callback-requested");
        caller.hangup(40, "NORMAL_CLEARING");
        assertThat(record(caller).get("status").asText()).isEqualTo("missed");
        long lineId = record(caller).at("/line/id").asLong();
        JsonNode callbacks = ResponseJson.of(server.api("/api/callbacks?lineId=" + lineId)).get("items");
        assertThat(callbacks).hasSize(2);
        assertThat(callbacks.get(0).get("callUuid").asText()).isEqualTo(caller.uuid);
        assertThat(callbacks.get(0).get("source").asText()).isEqualTo("queue");
        assertThat(callbacks.get(1).get("callUuid").asText()).isEqualTo(gaveUp.uuid);
        assertThat(callbacks.get(1).get("source").asText()).isEqualTo("call");
        assertThat(callbacks.get(0).get("id").asLong()).isGreaterThan(callbacks.get(1).get("id").asLong());
    }

    @Test
    void a_caller_with_an_open_callback_who_asks_again_from_the_queue_moves_it_to_the_front() {
        Person ann = staff.user("Ann");
        String line = staff.line("Again", queue(""), tier("ring-all", ann));
        talking(line, ann);
        PlivoCall first = server.newCall(line, "sip:regular@phone.plivo.com");
        first.answer();
        first.hangup(10, "ORIGINATOR_CANCEL");
        PlivoCall again = server.newCall(line, "sip:regular@phone.plivo.com");
        again.answer();
        again.pressed(0, "2");
        long lineId = record(again).at("/line/id").asLong();
        JsonNode callbacks = ResponseJson.of(server.api("/api/callbacks?lineId=" + lineId)).get("items");
        assertThat(callbacks).hasSize(1);
        assertThat(callbacks.get(0).get("callUuid").asText()).isEqualTo(first.uuid);
        assertThat(callbacks.get(0).get("attachedCallIds")).hasSize(1);
        assertThat(callbacks.get(0).get("source").asText()).isEqualTo("queue");
    }

    @Test
    void a_caller_who_hangs_up_while_waiting_is_abandoned_and_gets_a_callback() {
        PlivoCall caller = waiting("");
        caller.hangup(45, "ORIGINATOR_CANCEL");
        JsonNode record = record(caller);
        assertThat(record.get("status").asText()).isEqualTo("abandoned");
        assertThat(record.get("queueWaitSeconds").asInt()).isBetween(0, 10);
        assertThat(event(caller, "queue-left").get("outcome").asText()).isEqualTo("abandoned");
        assertThat(queueOf(caller).get("waiting").asInt()).isZero();
        JsonNode callbacks = ResponseJson.of(server.api("/api/callbacks?lineId=" + record.at("/line/id").asLong())).get("items");
        assertThat(callbacks).hasSize(1);
        assertThat(callbacks.get(0).get("status").asText()).isEqualTo("open");
        assertThat(ResponseJson.of(server.api("/api/calls?status=abandoned&lineId=" + record.at("/line/id").asLong()))
                .at("/items/0/callUuid").asText()).isEqualTo(caller.uuid);
    }

    @Test
    void a_key_that_is_not_on_the_menu_keeps_the_caller_waiting() {
        PlivoCall caller = waiting("");
        Xpath again = caller.pressed(0, "7").xml();
        assertThat(again.string("//Speak")).contains("You are caller number 1.");
        assertThat(record(caller).get("status").asText()).isEqualTo("waiting");
    }

    @Test
    void retried_wait_and_key_webhooks_get_the_same_document_and_record_nothing_twice() {
        PlivoCall caller = waiting("");
        Http.Response next = caller.waitEnded(0);
        assertThat(caller.waitEnded(0).body()).isEqualTo(next.body());
        int step = redirectStep(next);
        Http.Response key = caller.pressed(step, "1");
        assertThat(caller.pressed(step, "1").body()).isEqualTo(key.body());
        assertThat(caller.waitEnded(step).body()).as("a late Redirect after the key").isEqualTo(key.body());
        assertThat(events(caller).stream().filter("queue-announced"::equals)).hasSize(2);
        assertThat(events(caller).stream().filter("queue-key"::equals)).hasSize(1);
        assertThat(events(caller).stream().filter("voicemail-offered"::equals)).hasSize(1);
    }

    @Test
    void a_webhook_for_a_step_the_caller_is_not_waiting_at_gets_a_voicemail_prompt_and_changes_nothing() {
        PlivoCall caller = waiting("");
        Xpath stray = caller.waitEnded(5).xml();
        assertThat(stray.count("/Response/Record")).isEqualTo(1);
        assertThat(record(caller).get("status").asText()).isEqualTo("waiting");
        assertThat(caller.waitEnded(0).xml().count("/Response/Record")).as("step 1 was not taken by the stray").isZero();
    }

    @Test
    void the_expected_wait_is_said_once_the_line_has_five_answered_waits() {
        Person ann = staff.user("Ann");
        String line = staff.line("Estimate", queue(""), tier("ring-all", ann));
        PlivoCall talking = talking(line, ann);
        for (int i = 0; i < 5; i++) {
            PlivoCall caller = server.newCall(line);
            assertThat(caller.answer().xml().string("//Speak")).doesNotContain("expected wait");
            talking.hangup(30, "NORMAL_CLEARING");
            caller.waitEnded(0);
            caller.answeredBy(1, ann.sipUri());
            talking = caller;
        }
        String last = talking.uuid;
        server.jdbi().useHandle(h -> h.execute("update queue_entries set joined_at = joined_at - interval '170 seconds'"
                + " where outcome = 'answered' and line_id = (select line_id from calls where call_uuid = ?)", last));
        PlivoCall next = server.newCall(line);
        assertThat(next.answer().xml().string("//Speak")).contains("The expected wait is about 3 minutes.");
        assertThat(event(next, "queue-announced").get("expectedMinutes").asInt()).isEqualTo(3);
    }
}
