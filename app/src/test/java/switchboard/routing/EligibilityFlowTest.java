package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.Staff.Person;

/** Only people who can answer are rung; every skip is in the timeline with its reason. Through the real webhooks. */
class EligibilityFlowTest extends ServerTest {
    @Test
    void away_and_offline_users_are_skipped_and_the_timeline_says_why() {
        Person ann = staff.user("Ann", "\"status\": \"away\"");
        Person bob = staff.user("Bob", "\"status\": \"offline\"");
        Person cy = staff.user("Cy");
        String line = staff.line("Presence", "", tier("ring-all", ann, bob, cy));
        PlivoCall call = server.newCall(line);
        assertThat(call.answer().xml().strings("/Response/Dial/User")).containsExactly(cy.sipUri());
        assertThat(skips(call)).containsExactly("Ann:away", "Bob:offline");
    }

    @Test
    void a_ringing_user_is_reserved_and_a_talking_user_is_busy() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        String line = staff.line("Capacity", "", tier("ring-all", ann), tier("ring-all", bob));
        PlivoCall first = server.newCall(line);
        first.answer();
        PlivoCall second = server.newCall(line);
        assertThat(second.answer().xml().strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        assertThat(skips(second)).containsExactly("Ann:reserved");
        first.answeredBy(0, ann.sipUri());
        PlivoCall third = server.newCall(line);
        third.answer();
        assertThat(skips(third)).contains("Ann:busy");
    }

    @Test
    void a_user_allowed_two_calls_is_offered_a_second() {
        Person ann = staff.user("Ann", "\"maxConcurrentCalls\": 2");
        String line = staff.line("Two", "", tier("ring-all", ann));
        server.newCall(line).answer();
        assertThat(server.newCall(line).answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        assertThat(server.newCall(line).answer().xml().count("/Response/Dial")).isZero();
    }

    @Test
    void the_reservation_ends_with_the_dial_and_the_busy_mark_with_the_leg() {
        Person ann = staff.user("Ann");
        String line = staff.line("Release", "", tier("ring-all", ann));
        PlivoCall first = server.newCall(line);
        first.answer();
        first.dialEnded(0, "no-answer");
        PlivoCall second = server.newCall(line);
        assertThat(second.answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        second.answeredBy(0, ann.sipUri());
        assertThat(server.newCall(line).answer().xml().count("/Response/Dial")).isZero();
        second.legEnded(0, ann.sipUri(), 40);
        assertThat(server.newCall(line).answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
    }

    @Test
    void the_callers_hangup_releases_everyone_the_call_held() {
        Person ann = staff.user("Ann");
        String line = staff.line("Hangup", "", tier("ring-all", ann));
        PlivoCall first = server.newCall(line);
        first.answer();
        first.hangup(5, "ORIGINATOR_CANCEL");
        assertThat(server.newCall(line).answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
    }

    @Test
    void a_mark_whose_ending_webhook_never_came_expires() {
        Person ann = staff.user("Ann");
        String line = staff.line("Stale", "", tier("ring-all", ann));
        PlivoCall lost = server.newCall(line);
        lost.answer();
        lost.answeredBy(0, ann.sipUri()); // and then no Dial action, leg hangup or hangup ever arrives
        assertThat(server.newCall(line).answer().xml().count("/Response/Dial")).isZero();
        server.jdbi().useHandle(h -> h.execute("update offers set expires_at = now() - interval '1 second' where user_id = ?", ann.id()));
        assertThat(server.newCall(line).answer().xml().strings("/Response/Dial/User")).containsExactly(ann.sipUri());
    }

    @Test
    void wrap_up_holds_a_user_back_after_a_call() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        String line = staff.line("Wrap", "\"wrapUpSeconds\": 120", tier("ring-all", ann, bob));
        PlivoCall first = server.newCall(line);
        first.answer();
        first.answeredBy(0, ann.sipUri());
        first.dialEnded(0, "completed");
        first.hangup(60, "NORMAL_CLEARING");
        PlivoCall second = server.newCall(line);
        assertThat(second.answer().xml().strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        assertThat(skips(second)).containsExactly("Ann:wrap-up");
    }

    @Test
    void outside_working_hours_a_user_is_skipped() {
        Person ann = staff.user("Ann", Staff.hoursNotNow().formatted("workingHours"));
        Person bob = staff.user("Bob");
        String line = staff.line("Hours", "", tier("ring-all", ann), tier("ring-all", bob));
        PlivoCall call = server.newCall(line);
        assertThat(call.answer().xml().strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        assertThat(skips(call)).containsExactly("Ann:off-hours");
        assertThat(call.record().body()).contains("\"type\":\"tier-skipped\"").contains("nobody-eligible");
    }

    @Test
    void users_who_let_calls_ring_out_are_set_away() {
        Person ann = staff.user("Ann");
        String line = staff.line("Missed", "\"missedCallsBeforeAway\": 2", tier("ring-all", ann));
        for (int i = 0; i < 2; i++) {
            PlivoCall call = server.newCall(line);
            call.answer();
            call.dialEnded(0, "no-answer");
            call.hangup(30, "NORMAL_CLEARING");
        }
        JsonNode user = ResponseJson.of(server.api("/api/users/" + ann.id()));
        assertThat(user.get("status").asText()).isEqualTo("away");
        assertThat(user.get("statusReason").asText()).isEqualTo("missed-calls");
        PlivoCall next = server.newCall(line);
        next.answer();
        assertThat(skips(next)).containsExactly("Ann:away");
    }

    @Test
    void an_answer_resets_the_missed_count() {
        Person ann = staff.user("Ann");
        String line = staff.line("Reset", "\"missedCallsBeforeAway\": 2", tier("ring-all", ann));
        PlivoCall missed = server.newCall(line);
        missed.answer();
        missed.dialEnded(0, "no-answer");
        PlivoCall taken = server.newCall(line);
        taken.answer();
        taken.answeredBy(0, ann.sipUri());
        taken.dialEnded(0, "completed");
        PlivoCall missedAgain = server.newCall(line);
        missedAgain.answer();
        missedAgain.dialEnded(0, "no-answer");
        assertThat(ResponseJson.of(server.api("/api/users/" + ann.id())).get("status").asText()).isEqualTo("available");
    }

    /** "name:reason" for each user-skipped event of the call. */
    private List<String> skips(PlivoCall call) {
        JsonNode events = ResponseJson.of(call.record()).get("events");
        List<String> out = new java.util.ArrayList<>();
        if (events == null) return out;
        events.forEach(e -> {
            if (e.get("type").asText().equals("user-skipped")) out.add(e.at("/detail/user").asText() + ":" + e.at("/detail/reason").asText());
        });
        return out;
    }
}
