package switchboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import switchboard.directory.User;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.Staff;
import switchboard.testing.Staff.Person;
import switchboard.testing.TestServer;
import switchboard.testing.Xpath;

/** Joining, waiting and being offered, through the signed webhooks as Plivo drives them. */
class QueueFlowTest extends QueueServerTest {

    @Test
    void a_caller_waits_when_everyone_is_busy() {
        Person ann = staff.user("Ann");
        String line = staff.line("Help", queue(""), tier("ring-all", ann));
        talking(line, ann);
        PlivoCall caller = server.newCall(line);
        Xpath wait = caller.answer().xml();
        assertThat(wait.count("/Response/Dial")).isZero();
        assertThat(wait.string("/Response/GetDigits/Speak")).contains("Everyone at Help is busy", "You are caller number 1",
                "Press 1 to leave a message, or press 2 and we will call you back");
        assertThat(wait.string("/Response/GetDigits/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/queue/0/key");
        assertThat(wait.string("/Response/GetDigits/@validDigits")).isEqualTo("12");
        assertThat(wait.string("/Response/GetDigits/Play")).isEqualTo(TestServer.PUBLIC_URL + "/media/hold-v1.wav");
        assertThat(Integer.parseInt(wait.string("/Response/GetDigits/Play/@loop"))).isBetween(2, 3);
        assertThat(wait.string("/Response/Redirect")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/queue/0/next");
        assertThat(events(caller)).containsExactly("call-started", "user-skipped", "tier-skipped", "queue-joined", "queue-announced");
        assertThat(event(caller, "user-skipped").get("reason").asText()).isEqualTo("busy");
        JsonNode record = record(caller);
        assertThat(record.get("status").asText()).isEqualTo("waiting");
        assertThat(record.get("queueWaitSeconds").asInt()).isBetween(0, 5);
        JsonNode waiting = queueOf(caller);
        assertThat(waiting.get("waiting").asInt()).isEqualTo(1);
        assertThat(waiting.at("/callers/0/callUuid").asText()).isEqualTo(caller.uuid);
        assertThat(waiting.at("/callers/0/position").asInt()).isEqualTo(1);
        assertThat(waiting.at("/callers/0/offeredTo")).isEmpty();
    }

    @Test
    void nobody_logged_in_means_voicemail_at_once_and_the_timeline_says_why() {
        Person away = staff.user("Ann", "\"status\": \"away\"");
        Person offHours = staff.user("Bob", String.format(Staff.hoursNotNow(), "workingHours"));
        String line = staff.line("Night", queue(""), tier("ring-all", away, offHours));
        PlivoCall call = server.newCall(line);
        assertThat(call.answer().xml().count("/Response/Record")).isEqualTo(1);
        assertThat(event(call, "queue-skipped").get("reason").asText()).isEqualTo("nobody-logged-in");
        assertThat(record(call).get("status").asText()).isEqualTo("in-voicemail");
    }

    @Test
    void a_closed_line_a_line_without_a_queue_and_users_who_only_rang_out_send_callers_to_voicemail() {
        Person ann = staff.user("Ann");
        PlivoCall closed = server.newCall(staff.line("Shut", queue("") + ", " + String.format(Staff.hoursNotNow(), "businessHours"),
                tier("ring-all", ann)));
        closed.answer();
        assertThat(event(closed, "queue-skipped").get("reason").asText()).isEqualTo("closed");
        String plain = staff.line("Plain", "", tier("ring-all", ann));
        talking(plain, ann);
        PlivoCall noQueue = server.newCall(plain);
        assertThat(noQueue.answer().xml().count("/Response/Record")).isEqualTo(1);
        assertThat(event(noQueue, "queue-skipped").get("reason").asText()).isEqualTo("disabled");
        Person bob = staff.user("Bob");
        PlivoCall ignored = server.newCall(staff.line("Ignored", queue(""), tier("ring-all", bob)));
        ignored.answer();
        assertThat(ignored.dialEnded(0, "no-answer").xml().count("/Response/Record")).isEqualTo(1);
        assertThat(event(ignored, "queue-skipped").get("reason").asText()).isEqualTo("nobody-busy");
    }

    @Test
    void callers_hear_their_position_and_move_up() {
        Person ann = staff.user("Ann");
        String line = staff.line("Rush", queue(""), tier("ring-all", ann));
        talking(line, ann);
        PlivoCall first = server.newCall(line);
        PlivoCall second = server.newCall(line);
        assertThat(first.answer().xml().string("//Speak")).contains("You are caller number 1.");
        assertThat(second.answer().xml().string("//Speak")).contains("You are caller number 2.");
        Http.Response again = second.waitEnded(0);
        assertThat(again.xml().string("//Speak")).startsWith("Thank you for holding.").contains("You are caller number 2.");
        first.hangup(20, "ORIGINATOR_CANCEL");
        assertThat(second.waitEnded(redirectStep(again)).xml().string("//Speak")).contains("You are caller number 1.");
        assertThat(event(second, "queue-announced").get("position").asInt()).isEqualTo(1);
    }

    @Test
    void the_wait_steps_redirect_rings_the_user_who_became_free_and_their_answer_ends_the_wait() {
        Person ann = staff.user("Ann");
        String line = staff.line("Desk", queue(""), tier("ring-all", ann));
        PlivoCall busy = talking(line, ann);
        PlivoCall caller = server.newCall(line);
        caller.answer();
        assertThat(caller.waitEnded(0).xml().count("/Response/Dial")).as("Ann is still busy").isZero();
        busy.hangup(60, "NORMAL_CLEARING");
        Xpath dial = caller.waitEnded(1).xml();
        assertThat(dial.strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        assertThat(dial.string("/Response/Dial/@action")).isEqualTo(TestServer.PUBLIC_URL + "/plivo/dial/2/action");
        assertThat(event(caller, "queue-offered").at("/users/0/name").asText()).isEqualTo("Ann");
        assertThat(queueOf(caller).at("/callers/0/offeredTo/0/name").asText()).isEqualTo("Ann");
        caller.answeredBy(2, ann.sipUri());
        assertThat(event(caller, "queue-left").get("outcome").asText()).isEqualTo("answered");
        assertThat(queueOf(caller).get("waiting").asInt()).isZero();
        caller.hangup(90, "NORMAL_CLEARING");
        JsonNode record = record(caller);
        assertThat(record.get("status").asText()).isEqualTo("answered");
        assertThat(record.at("/answeredBy/name").asText()).isEqualTo("Ann");
        assertThat(record.get("queueWaitSeconds").asInt()).isBetween(0, 10);
    }

    @Test
    void an_offer_that_rings_out_puts_the_caller_back_in_their_place_and_that_user_is_not_rung_again_for_retry_seconds() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        String line = staff.line("Loop", queue("\"retrySeconds\": 120"), tier("sequential", ann, bob));
        PlivoCall annBusy = talking(line, ann);
        talking(line, bob); // Ann busy: the sequential tier rings Bob
        PlivoCall first = server.newCall(line);
        PlivoCall second = server.newCall(line);
        first.answer();
        second.answer();
        annBusy.hangup(30, "NORMAL_CLEARING");
        assertThat(first.waitEnded(0).xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        Xpath back = first.dialEnded(1, "no-answer").xml();
        assertThat(back.count("/Response/Dial")).isZero();
        assertThat(back.string("//Speak")).contains("You are caller number 1.");
        assertThat(second.waitEnded(0).xml().strings("/Response/Dial/User")).as("Ann may take the next caller")
                .containsExactly(ann.sipUri());
        second.answeredBy(1, ann.sipUri());
        second.hangup(40, "NORMAL_CLEARING");
        assertThat(first.waitEnded(2).xml().count("/Response/Dial")).as("not Ann again within retrySeconds").isZero();
        server.jdbi().useHandle(h -> h.execute("update offers set ended_at = ended_at - interval '121 seconds'"
                + " where call_id = (select id from calls where call_uuid = ?)", first.uuid));
        assertThat(first.waitEnded(3).xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
    }

    @Test
    void the_longest_waiting_caller_of_the_lines_a_user_serves_is_offered_first() {
        Person ann = staff.user("Ann");
        String sales = staff.line("Sales", queue(""), tier("ring-all", ann));
        String billing = staff.line("Billing", queue(""), tier("ring-all", ann));
        PlivoCall busy = talking(sales, ann);
        PlivoCall older = server.newCall(sales);
        older.answer();
        PlivoCall newer = server.newCall(billing);
        newer.answer();
        busy.hangup(30, "NORMAL_CLEARING");
        assertThat(newer.waitEnded(0).xml().count("/Response/Dial")).as("the older caller on Sales comes first").isZero();
        assertThat(older.waitEnded(0).xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
    }

    @Test
    void a_full_queue_sends_the_next_caller_to_voicemail() {
        Person ann = staff.user("Ann");
        String line = staff.line("Small", queue("\"maxCallers\": 1"), tier("ring-all", ann));
        talking(line, ann);
        server.newCall(line).answer();
        PlivoCall third = server.newCall(line);
        assertThat(third.answer().xml().count("/Response/Record")).isEqualTo(1);
        assertThat(event(third, "queue-skipped").get("reason").asText()).isEqualTo("full");
    }

    @Test
    void at_max_wait_the_caller_is_asked_for_a_message() {
        Person ann = staff.user("Ann");
        String line = staff.line("Slow", queue("\"maxWaitSeconds\": 60"), tier("ring-all", ann));
        PlivoCall caller = waitingFor(line, ann);
        waitedLonger(caller, 61);
        Xpath vm = caller.waitEnded(0).xml();
        assertThat(vm.string("/Response/Speak")).startsWith("Sorry to keep you waiting");
        assertThat(vm.count("/Response/Record")).isEqualTo(1);
        assertThat(event(caller, "voicemail-offered").get("reason").asText()).isEqualTo("queue-timeout");
        assertThat(event(caller, "queue-left").get("outcome").asText()).isEqualTo("timeout");
        assertThat(event(caller, "queue-left").get("waitedSeconds").asInt()).isBetween(61, 70);
        JsonNode record = record(caller);
        assertThat(record.get("status").asText()).isEqualTo("in-voicemail");
        assertThat(record.get("queueWaitSeconds").asInt()).isBetween(61, 70);
    }

    @Test
    void a_wait_step_never_runs_past_max_wait() {
        Person ann = staff.user("Ann");
        String line = staff.line("Edge", queue("\"maxWaitSeconds\": 60, \"announceEverySeconds\": 60"), tier("ring-all", ann));
        PlivoCall caller = waitingFor(line, ann);
        waitedLonger(caller, 45);
        assertThat(caller.waitEnded(0).xml().string("//Play/@loop")).as("15 s left: one chime").isEqualTo("1");
    }
}
