package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ResponseJson;
import switchboard.testing.ServerTest;

/**
 * When the work of a webhook fails for a reason of its own (here: the database refuses the step of calls from one
 * caller), the caller still gets a voicemail prompt and the call is still in the log, to be completed by the
 * recording and hangup that follow.
 */
class RecordKeptTest extends ServerTest {
    static final String DOOMED = "sip:doomed@phone.plivo.com";

    @BeforeAll
    void stepsOfOneCallerFail() {
        server.jdbi().useHandle(h -> h.execute("""
                create function refuse_doomed() returns trigger language plpgsql as $$
                begin
                  if exists (select 1 from calls where id = new.call_id and from_uri = 'sip:doomed@phone.plivo.com') then
                    raise exception 'refused for the test';
                  end if;
                  return new;
                end $$;
                create trigger refuse_doomed before insert on call_steps for each row execute function refuse_doomed();
                """));
    }

    @Test
    void a_failed_answer_still_takes_a_message_and_logs_the_call() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com", DOOMED);
        Http.Response r = call.answer();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Record")).isEqualTo(1);
        assertThat(ResponseJson.of(server.api("/api/calls?callUuid=" + call.uuid)).get("items")).hasSize(1);
        call.recordAction("https://media.plivo.com/doomed.mp3", 11);
        call.hangup(40, "NORMAL_CLEARING");
        assertThat(ResponseJson.of(call.record()).get("status").asText()).isEqualTo("voicemail");
    }

    @Test
    void a_failed_dial_action_still_logs_the_call() {
        PlivoCall call = server.newCall("sip:sales@phone.plivo.com", DOOMED);
        Http.Response r = call.dialEnded(0, "no-answer");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.xml().count("/Response/Record")).isEqualTo(1);
        assertThat(ResponseJson.of(server.api("/api/calls?callUuid=" + call.uuid)).get("items")).hasSize(1);
    }
}
