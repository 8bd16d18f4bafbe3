package switchboard.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.Staff.tier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.Staff.Person;
import switchboard.testing.Xpath;

/** Strategies, business hours and the ring cap, through the real webhooks. */
class StrategyFlowTest extends ServerTest {
    @Test
    void sequential_rings_one_user_per_step_for_the_tiers_timeout_then_the_next_tier() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        Person cy = staff.user("Cy");
        String line = staff.line("Seq", "", "{\"strategy\": \"sequential\", \"ringTimeoutSeconds\": 15, \"userIds\": ["
                + ann.id() + ", " + bob.id() + "]}", tier("ring-all", cy));
        PlivoCall call = server.newCall(line);
        Xpath first = call.answer().xml();
        assertThat(first.strings("/Response/Dial/User")).containsExactly(ann.sipUri());
        assertThat(first.string("/Response/Dial/@timeout")).isEqualTo("15");
        assertThat(call.dialEnded(0, "no-answer").xml().strings("/Response/Dial/User")).containsExactly(bob.sipUri());
        assertThat(call.dialEnded(1, "busy").xml().strings("/Response/Dial/User")).containsExactly(cy.sipUri());
        assertThat(call.dialEnded(2, "no-answer").xml().count("/Response/Record")).isEqualTo(1);
    }

    @Test
    void sequential_skips_a_user_who_became_busy_meanwhile() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        Person cy = staff.user("Cy");
        String line = staff.line("SeqBusy", "", tier("sequential", ann, bob, cy));
        PlivoCall call = server.newCall(line);
        call.answer();
        server.api("PUT", "/api/users/" + bob.id() + "/status", "{\"status\": \"away\"}");
        assertThat(call.dialEnded(0, "no-answer").xml().strings("/Response/Dial/User")).containsExactly(cy.sipUri());
    }

    @Test
    void round_robin_starts_with_the_next_user_on_each_call() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        Person cy = staff.user("Cy");
        String line = staff.line("Robin", "", tier("round-robin", ann, bob, cy));
        List<String> firsts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PlivoCall call = server.newCall(line);
            firsts.add(call.answer().xml().string("/Response/Dial/User"));
            call.hangup(3, "ORIGINATOR_CANCEL");
        }
        assertThat(firsts).containsExactly(ann.sipUri(), bob.sipUri(), cy.sipUri(), ann.sipUri());
    }

    @Test
    void longest_idle_rings_who_has_waited_longest_and_fewest_calls_who_took_fewest() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        String warmUp = staff.line("Warm", "", tier("ring-all", ann));
        PlivoCall taken = server.newCall(warmUp);
        taken.answer();
        taken.answeredBy(0, ann.sipUri());
        taken.dialEnded(0, "completed");
        taken.hangup(20, "NORMAL_CLEARING");
        String idle = staff.line("Idle", "", tier("longest-idle", ann, bob));
        assertThat(hangUpAfterAnswer(idle)).isEqualTo(bob.sipUri());
        String fewest = staff.line("Fewest", "", tier("fewest-calls", ann, bob));
        assertThat(hangUpAfterAnswer(fewest)).isEqualTo(bob.sipUri());
    }

    @Test
    void random_rings_one_member_of_the_tier() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        String line = staff.line("Dice", "", tier("random", ann, bob));
        Xpath xml = server.newCall(line).answer().xml();
        assertThat(xml.strings("/Response/Dial/User")).hasSize(1).containsAnyOf(ann.sipUri(), bob.sipUri());
    }

    @Test
    void a_closed_line_plays_its_message_and_takes_a_voicemail() {
        Person ann = staff.user("Ann");
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        String line = staff.line("Holiday", "\"timeZone\": \"Asia/Tokyo\", \"closedMessage\": \"Closed for the holiday.\","
                + " \"closures\": [{\"date\": \"" + today + "\", \"reason\": \"Founders day\"}]", tier("ring-all", ann));
        PlivoCall call = server.newCall(line);
        Xpath xml = call.answer().xml();
        assertThat(xml.count("/Response/Dial")).isZero();
        assertThat(xml.string("/Response/Speak")).isEqualTo("Closed for the holiday.");
        assertThat(xml.count("/Response/Record")).isEqualTo(1);
        assertThat(call.record().body()).contains("\"type\":\"closed\"").contains("Founders day");
    }

    @Test
    void outside_business_hours_the_line_is_closed() {
        Person ann = staff.user("Ann");
        String line = staff.line("Night", Staff.hoursNotNow().formatted("businessHours"), tier("ring-all", ann));
        PlivoCall call = server.newCall(line);
        assertThat(call.answer().xml().count("/Response/Record")).isEqualTo(1);
        assertThat(call.record().body()).contains("outside business hours");
    }

    @Test
    void max_ring_time_caps_the_dial_and_then_goes_to_voicemail_whatever_tiers_remain() {
        Person ann = staff.user("Ann");
        Person bob = staff.user("Bob");
        String line = staff.line("Capped", "\"maxRingSeconds\": 12", tier("ring-all", ann), tier("ring-all", bob));
        PlivoCall call = server.newCall(line);
        assertThat(call.answer().xml().string("/Response/Dial/@timeout")).isEqualTo("12");
        server.jdbi().useHandle(h -> h.execute("update calls set started_at = now() - interval '13 seconds' where call_uuid = ?", call.uuid));
        assertThat(call.dialEnded(0, "no-answer").xml().count("/Response/Record")).isEqualTo(1);
        assertThat(ResponseJson.of(call.record()).get("events").toString()).contains("max-ring-time");
    }

    private String hangUpAfterAnswer(String line) {
        PlivoCall call = server.newCall(line);
        String first = call.answer().xml().string("/Response/Dial/User");
        call.hangup(2, "ORIGINATOR_CANCEL");
        return first;
    }
}
