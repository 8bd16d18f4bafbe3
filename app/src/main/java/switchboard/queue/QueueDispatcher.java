package switchboard.queue;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread offering waiting callers to users who became free: woken at once when a call, leg or offer
 * ends on this instance, and every interval anyway (wrap-up passing, a user back to available, other instances).
 * A pass with nobody waiting is one empty index scan.
 */
public final class QueueDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QueueDispatcher.class);

    private final Semaphore wakeUps = new Semaphore(0);
    private final Duration interval;
    private volatile boolean running = true;
    private Thread thread;

    public QueueDispatcher(Duration interval) {
        this.interval = interval;
    }

    /** Safe from any thread, any number of times: wake-ups before the next pass make one pass. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) wakeUps.release();
    }

    public QueueDispatcher start(Queues queues) {
        thread = new Thread(() -> run(queues), "queue-dispatcher");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void run(Queues queues) {
        while (running) {
            try {
                wakeUps.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (running) queues.dispatch();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) { // a database blip: the next pass tries again
                log.warn("queue dispatch pass failed, will retry: {}", e.toString());
            }
        }
    }

    /** Lets the pass in flight finish. */
    @Override
    public void close() {
        running = false;
        if (thread == null) return;
        wakeUps.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
