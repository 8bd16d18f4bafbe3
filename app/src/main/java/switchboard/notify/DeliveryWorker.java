package switchboard.notify;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A background thread that runs a delivery pass every interval; close() lets the row in flight finish. */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-delivery"));
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Delivery delivery;

    private DeliveryWorker(Delivery delivery) {
        this.delivery = delivery;
    }

    public static DeliveryWorker start(Delivery delivery, Duration interval) {
        DeliveryWorker worker = new DeliveryWorker(delivery);
        worker.executor.scheduleWithFixedDelay(worker::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return worker;
    }

    private void pass() {
        try {
            delivery.deliverDue(running::get);
        } catch (RuntimeException e) { // a thrown pass would cancel the schedule: log it, try again next time
            log.warn("outbox delivery pass failed, will retry: {}", e.toString());
        }
    }

    public boolean isStopped() {
        return executor.isTerminated();
    }

    @Override
    public void close() {
        running.set(false);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(8, TimeUnit.SECONDS)) executor.shutdownNow(); // within the 25 s of a graceful stop
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
