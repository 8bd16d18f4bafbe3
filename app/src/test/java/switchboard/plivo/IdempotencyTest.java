package switchboard.plivo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import switchboard.testing.Http;
import switchboard.testing.PlivoCall;
import switchboard.testing.ServerTest;

/** Plivo retries, duplicates and reorders webhooks: each must change nothing the second time. */
class IdempotencyTest extends ServerTest {
    static final String MAIN = "sip:main-office@phone.plivo.com";

    @Test
    void retried_answer_returns_the_same_xml_and_logs_one_call() {
        PlivoCall call = server.newCall(MAIN);
        String first = call.answer().body();
        String second = call.answer().body();
        assertThat(second).isEqualTo(first);
        assertThat(count("select count(*) from calls where call_uuid = ?", call.uuid)).isEqualTo(1);
        assertThat(eventCount(call, "tier-ringing")).isEqualTo(1);
    }

    @Test
    void retried_dial_action_does_not_skip_a_tier() {
        PlivoCall call = server.newCall(MAIN);
        call.answer();
        String tier2 = call.dialEnded(0, "no-answer").body();
        String retry = call.dialEnded(0, "no-answer").body();
        assertThat(retry).isEqualTo(tier2);
        assertThat(call.dialEnded(1, "no-answer").xml().strings("/Response/Dial/User"))
                .containsExactlyInAnyOrder("sip:jane-mobile@phone.plivo.com", "sip:jane-desktop@phone.plivo.com");
        assertThat(eventCount(call, "dial-ended")).isEqualTo(2);
    }

    @Test
    void retry_returns_the_stored_document_even_after_the_directory_changed() {
        PlivoCall call = server.newCall(MAIN);
        String first = call.answer().body();
        server.jdbi().useHandle(h -> h.execute("update tiers set ring_timeout_seconds = 45"
                + " where line_id = (select id from lines where sip_uri = ?)", MAIN));
        try {
            assertThat(call.answer().body()).isEqualTo(first);
        } finally {
            server.jdbi().useHandle(h -> h.execute("update tiers set ring_timeout_seconds = 20"
                    + " where line_id = (select id from lines where sip_uri = ?)", MAIN));
        }
    }

    @Test
    void repeated_callbacks_and_hangups_add_nothing_the_second_time() {
        PlivoCall call = server.newCall(MAIN);
        call.answer();
        call.dialEnded(0, "no-answer");
        call.dialEnded(1, "no-answer");
        call.dialEnded(2, "no-answer");
        for (int i = 0; i < 3; i++) {
            call.recordAction("https://media.plivo.com/a.mp3", 7);
            call.recordCallback("https://media.plivo.com/a.mp3", 7);
            call.hangup(33, "NORMAL_CLEARING");
        }
        assertThat(eventCount(call, "voicemail-recorded")).isEqualTo(1);
        assertThat(eventCount(call, "hangup")).isEqualTo(1);
        assertThat(count("select count(*) from call_events e join calls c on c.id = e.call_id where c.call_uuid = ?",
                call.uuid)).isEqualTo(11); // with queue-skipped: Main Office has no queue
    }

    @Test
    void concurrent_duplicate_answers_create_one_call_and_agree_on_the_xml() throws Exception {
        PlivoCall call = server.newCall(MAIN);
        List<String> bodies = concurrently(16, call::answer);
        assertThat(bodies).containsOnly(bodies.get(0));
        assertThat(bodies.get(0)).contains("<Dial");
        assertThat(count("select count(*) from calls where call_uuid = ?", call.uuid)).isEqualTo(1);
        assertThat(eventCount(call, "call-started")).isEqualTo(1);
    }

    @Test
    void concurrent_duplicate_dial_actions_ring_the_next_tier_once() throws Exception {
        PlivoCall call = server.newCall(MAIN);
        call.answer();
        List<String> bodies = concurrently(16, () -> call.dialEnded(0, "busy"));
        assertThat(bodies).containsOnly(bodies.get(0));
        assertThat(count("select count(*) from call_steps s join calls c on c.id = s.call_id where c.call_uuid = ?",
                call.uuid)).isEqualTo(2);
        assertThat(eventCount(call, "tier-ringing")).isEqualTo(2);
    }

    private List<String> concurrently(int n, Callable<Http.Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Http.Response>> futures = IntStream.range(0, n).mapToObj(i -> pool.submit(request)).toList();
            List<String> bodies = new java.util.ArrayList<>();
            for (Future<Http.Response> f : futures) {
                Http.Response r = f.get();
                assertThat(r.status()).isEqualTo(200);
                bodies.add(r.body());
            }
            return bodies;
        } finally {
            pool.shutdownNow();
        }
    }

    private int eventCount(PlivoCall call, String type) {
        return count("select count(*) from call_events e join calls c on c.id = e.call_id where c.call_uuid = ? and e.type = '"
                + type + "'", call.uuid);
    }

    private int count(String sql, String uuid) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).bind(0, uuid).mapTo(Integer.class).one());
    }
}
