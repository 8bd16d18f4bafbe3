package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;
import switchboard.testing.Staff;
import switchboard.testing.Staff.Person;

/** An answer (or a Dial action) that arrives after the call's hangup rings nobody and reserves nobody. */
class LateAnswerTest extends ServerTest {

    @Test
    void an_answer_after_the_hangup_gets_a_hangup_document_and_is_logged() {
        Person ann = staff.user("Ann", "\"maxConcurrentCalls\": 1");
        PlivoCall call = server.newCall(staff.line("Late", "", Staff.tier("ring-all", ann)));
        assertThat(call.hangup(4, "ORIGINATOR_CANCEL").status()).isEqualTo(200);
        Http.Response r = call.answer();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Hangup")).isEqualTo(1);
        assertThat(r.xml().count("/Response/Dial")).isZero();
        assertThat(offers(call)).isZero();
        assertThat(call.record().body()).contains("after-hangup").contains("\"status\":\"missed\"");
        assertThat(call.answer().body()).as("a retry gets the same document").isEqualTo(r.body());
    }

    @Test
    void late_answers_do_not_reserve_the_users_the_next_real_call_needs() {
        Person bo = staff.user("Bo", "\"maxConcurrentCalls\": 1");
        Person cy = staff.user("Cy", "\"maxConcurrentCalls\": 1");
        String line = staff.line("Busy", "", Staff.tier("ring-all", bo, cy));
        for (int i = 0; i < 3; i++) {
            PlivoCall ghost = server.newCall(line);
            ghost.hangup(1, "ORIGINATOR_CANCEL");
            ghost.answer();
        }
        Http.Response real = server.newCall(line).answer();
        assertThat(real.xml().count("/Response/Dial/User")).isEqualTo(2);
    }

    @Test
    void a_dial_action_after_the_hangup_rings_no_further_tier() {
        Person di = staff.user("Di", "\"maxConcurrentCalls\": 1");
        Person ed = staff.user("Ed", "\"maxConcurrentCalls\": 1");
        PlivoCall call = server.newCall(staff.line("Gone", "", Staff.tier("ring-all", di), Staff.tier("ring-all", ed)));
        call.answer();
        call.hangup(20, "ORIGINATOR_CANCEL");
        Http.Response r = call.dialEnded(0, "no-answer");
        assertThat(r.xml().count("/Response/Dial")).isZero();
        assertThat(r.xml().count("/Response/Hangup")).isEqualTo(1);
        assertThat(server.newCall(staff.line("Ed only", "", Staff.tier("ring-all", ed))).answer().xml()
                .count("/Response/Dial/User")).isEqualTo(1);
    }

    private int offers(PlivoCall call) {
        return server.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from offers o join calls c on c.id = o.call_id where c.call_uuid = ?")
                .bind(0, call.uuid).mapTo(Integer.class).one());
    }
}
