package switchboard.reconcile;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FakePlivo.ACCOUNT;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import switchboard.testing.FakePlivo;
import switchboard.testing.ResponseJson;
import switchboard.testing.TestServer;

/** RECONCILE_EVERY: reconciliation on a schedule inside the server. */
class ReconcileScheduleTest {

    @Test
    void a_failed_run_is_logged_and_the_next_run_still_comes() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        try (ReconcileSchedule schedule = ReconcileSchedule.start(Duration.ofMillis(20), () -> {
            three.countDown();
            if (runs.incrementAndGet() == 1) throw new IllegalStateException("first run fails");
        })) {
            assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void closing_the_schedule_stops_its_runs() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        ReconcileSchedule schedule = ReconcileSchedule.start(Duration.ofMillis(20), runs::incrementAndGet);
        Thread.sleep(100);
        schedule.close();
        Thread.sleep(50);
        int afterClose = runs.get();
        Thread.sleep(100);
        assertThat(runs.get()).isEqualTo(afterClose);
    }

    @Test
    void the_server_reconciles_on_its_own_when_reconcile_every_is_set() throws InterruptedException {
        try (FakePlivo plivo = FakePlivo.start()) {
            // WireMock fills in the time of each request: whenever the run comes, the call has just ended.
            String justNow = "{{now timezone='UTC' format='yyyy-MM-dd HH:mm:ss'}}";
            plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Call/")).willReturn(FakePlivo.list(List.of(
                    FakePlivo.fill("callRecord.json", "call_uuid", "lost-call-1", "direction", "inbound", "parent_call_uuid", null,
                            "from", "sip:customer@phone.plivo.com", "to", "sip:sales@phone.plivo.com", "duration", 12,
                            "answer_time", justNow, "initiation_time", justNow, "end_time", justNow,
                            "hangup_cause", "NORMAL_CLEARING"))).withTransformers("response-template")));
            plivo.wiremock().stubFor(get(urlPathEqualTo(ACCOUNT + "Recording/")).willReturn(FakePlivo.list(List.of())));
            Map<String, String> env = new HashMap<>(plivo.env());
            env.put("RECONCILE_EVERY", "1s");
            try (TestServer server = TestServer.start(env)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (ResponseJson.of(server.api("/api/calls?callUuid=lost-call-1")).get("items").isEmpty()) {
                    assertThat(System.nanoTime()).as("the scheduled run created the lost call").isLessThan(deadline);
                    Thread.sleep(200);
                }
            }
        }
    }
}
