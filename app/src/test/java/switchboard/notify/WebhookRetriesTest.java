package switchboard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.testing.FollowUpCalls.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import switchboard.testing.PlivoCall;
import switchboard.testing.WebhookReceiver;

/** A receiver that is down or failing gets every event once it recovers, and never one twice. */
class WebhookRetriesTest extends WebhookServerTest {

    @BeforeAll
    void webhooksOnly() { // users without an email address get no mail, so every outbox row is an event
        server.jdbi().useHandle(h -> h.execute("update users set email = null"));
    }

    @BeforeEach
    void healthyAndDrained() {
        receiver.answer(200);
        receiver.slow(0);
        clock.advance(Duration.ofDays(1));
        delivery.deliverDue();
    }

    @Test
    void a_receiver_that_is_down_gets_every_event_once_it_is_back() {
        receiver.down();
        List<PlivoCall> calls = List.of(missed(server.newCall(SALES)), missed(server.newCall(MAIN)), missed(server.newCall(SUPPORT)));
        Delivery.Pass whileDown = delivery.deliverDue();
        assertThat(whileDown.delivered()).isZero();
        assertThat(whileDown.failed()).isEqualTo(9); // each call: started, callback.updated, ended
        receiver.up();
        clock.advance(Duration.ofHours(1));
        Delivery afterRestart = newDelivery(); // the outbox is in the database: a new process picks it up
        assertThat(afterRestart.deliverDue().delivered()).isEqualTo(9);
        clock.advance(Duration.ofHours(2));
        assertThat(afterRestart.deliverDue()).isEqualTo(new Delivery.Pass(0, 0));
        List<String> ids = calls.stream().flatMap(c -> receiver.about(c.uuid).stream()).map(WebhookReceiver.Received::id).toList();
        assertThat(ids).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void a_failing_receiver_is_retried_with_doubling_waits_and_never_sent_again_after_a_success() {
        receiver.answer(503);
        PlivoCall call = server.newCall(MAIN);
        call.answer();
        assertThat(delivery.deliverDue()).isEqualTo(new Delivery.Pass(0, 1));
        assertThat(delivery.deliverDue()).as("waits 10 s").isEqualTo(new Delivery.Pass(0, 0));
        clock.advance(Duration.ofSeconds(11));
        assertThat(delivery.deliverDue()).isEqualTo(new Delivery.Pass(0, 1));
        clock.advance(Duration.ofSeconds(11));
        assertThat(delivery.deliverDue()).as("now waits 20 s").isEqualTo(new Delivery.Pass(0, 0));
        receiver.answer(200);
        clock.advance(Duration.ofSeconds(10));
        assertThat(delivery.deliverDue()).isEqualTo(new Delivery.Pass(1, 0));
        clock.advance(Duration.ofDays(3));
        assertThat(delivery.deliverDue()).isEqualTo(new Delivery.Pass(0, 0));
        assertThat(receiver.about(call.uuid)).hasSize(1);
        assertThat(outbox("attempts || ' ' || (delivered_at is not null) || ' ' || coalesce(last_error, '-')",
                "call-" + callId(call) + "-started")).isEqualTo("3 true -");
    }

    @Test
    void a_row_that_keeps_failing_is_given_up_after_the_last_attempt() {
        receiver.answer(500);
        PlivoCall call = server.newCall(SUPPORT);
        call.answer();
        String eventId = "call-" + callId(call) + "-started";
        server.jdbi().useHandle(h -> h.execute("update outbox set attempts = ? where event_id = ?", Delivery.MAX_ATTEMPTS - 1, eventId));
        assertThat(delivery.deliverDue()).isEqualTo(new Delivery.Pass(0, 1));
        receiver.answer(200);
        clock.advance(Duration.ofDays(30));
        assertThat(delivery.deliverDue()).isEqualTo(new Delivery.Pass(0, 0));
        assertThat(receiver.about(call.uuid)).isEmpty();
        assertThat(outbox("(abandoned_at is not null)::text", eventId)).isEqualTo("true");
    }

    @Test
    void two_instances_delivering_at_once_never_send_the_same_event_twice() {
        receiver.down();
        List<PlivoCall> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) calls.add(missed(server.newCall(i % 2 == 0 ? SALES : MAIN)));
        receiver.up();
        receiver.slow(5);
        Delivery one = newDelivery();
        Delivery two = newDelivery();
        CompletableFuture<Delivery.Pass> first = CompletableFuture.supplyAsync(one::deliverDue);
        CompletableFuture<Delivery.Pass> second = CompletableFuture.supplyAsync(two::deliverDue);
        int delivered = first.join().delivered() + second.join().delivered();
        assertThat(delivered).isEqualTo(24);
        List<String> ids = calls.stream().flatMap(c -> receiver.about(c.uuid).stream()).map(WebhookReceiver.Received::id).toList();
        assertThat(ids).hasSize(24).doesNotHaveDuplicates();
    }

    @Test
    void the_worker_thread_delivers_in_the_background_and_stops_when_closed() throws InterruptedException {
        PlivoCall call;
        try (DeliveryWorker worker = DeliveryWorker.start(newDelivery(), Duration.ofMillis(50))) {
            call = missed(server.newCall(SALES));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (receiver.about(call.uuid).size() < 3 && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(worker.isStopped()).isFalse();
            worker.close();
            assertThat(worker.isStopped()).isTrue();
        }
        assertThat(receiver.about(call.uuid)).extracting(WebhookReceiver.Received::type)
                .containsExactly("call.started", "callback.updated", "call.ended");
    }

    private String outbox(String expression, String eventId) {
        return server.jdbi().withHandle(h -> h.createQuery("select " + expression + " from outbox where event_id = ?")
                .bind(0, eventId).mapTo(String.class).one());
    }
}
