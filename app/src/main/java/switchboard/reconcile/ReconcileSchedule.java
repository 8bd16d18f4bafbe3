package switchboard.reconcile;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.plivoapi.PlivoApiError;

/**
 * RECONCILE_EVERY: reconciliation inside `serve`, on one background thread. Each run looks back twice the
 * interval, so a call that ends just as a run starts is still seen by the next; repairs are idempotent.
 */
public final class ReconcileSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReconcileSchedule.class);

    private final ScheduledExecutorService executor;

    private ReconcileSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static ReconcileSchedule start(Duration every, Reconciliation reconciliation, Clock clock) {
        log.info("Reconciling with Plivo's call records every {}", every.toString().substring(2).toLowerCase());
        return start(every, () -> runOnce(reconciliation, clock, every.multipliedBy(2)));
    }

    /** Runs {@code run} every {@code every} (first after one interval); a failed run is logged, the next one still comes. */
    static ReconcileSchedule start(Duration every, Runnable run) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reconcile");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                run.run();
            } catch (RuntimeException e) {
                log.error("scheduled reconciliation failed", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return new ReconcileSchedule(executor);
    }

    private static void runOnce(Reconciliation reconciliation, Clock clock, Duration window) {
        try {
            Reconciliation.Report report = reconciliation.run(clock.instant().minus(window));
            if (report.repaired().isEmpty()) return;
            log.info("Reconciled with Plivo: repaired {} call(s): {}", report.repaired().size(), report.repaired().stream()
                    .map(r -> r.callUuid() + " " + r.repairs()).collect(Collectors.joining(", ")));
        } catch (PlivoApiError e) {
            log.warn("Scheduled reconciliation skipped: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
