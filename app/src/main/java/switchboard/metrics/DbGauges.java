package switchboard.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.db.SharedDaos;
import switchboard.web.LogText;

/**
 * The gauges read from the database, refreshed at most every few seconds and only when scraped: a scrape costs the
 * webhooks nothing, and many scrapers cost the database one read per interval.
 */
final class DbGauges {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final List<String> PRESENCES = List.of("available", "away", "offline");

    private final Jdbi jdbi;
    private final MultiGauge queueCallers;
    private final MultiGauge users;
    private final AtomicLong outboxPending = new AtomicLong();
    private final AtomicReference<Double> outboxOldest = new AtomicReference<>(0.0);
    private static final Logger log = LoggerFactory.getLogger(DbGauges.class);
    private long readAt = Long.MIN_VALUE;

    DbGauges(Jdbi jdbi, MeterRegistry registry) {
        this.jdbi = jdbi;
        this.queueCallers = MultiGauge.builder("switchboard.queue.callers").description("Callers waiting in each line's queue now")
                .register(registry);
        this.users = MultiGauge.builder("switchboard.users").description("Users by presence").register(registry);
        Gauge.builder("switchboard.outbox.pending", outboxPending, AtomicLong::get)
                .description("Webhook events and mails not yet delivered (nor given up)").register(registry);
        Gauge.builder("switchboard.outbox.oldest", outboxOldest, AtomicReference::get).baseUnit("seconds")
                .description("Age of the oldest undelivered outbox row").register(registry);
    }

    /** Reads the database again unless the last read is younger than FRESH_FOR. */
    synchronized void refreshIfStale() {
        long now = System.nanoTime();
        if (readAt != Long.MIN_VALUE && now - readAt < FRESH_FOR.toNanos()) return;
        readAt = now; // failed or not: the next read waits as long
        try {
            read();
        } catch (RuntimeException e) { // the database is down: the scrape still answers, with the last values
            log.warn("metrics: the database gauges keep their last values: {}", LogText.of(e));
        }
    }

    private void read() {
        SharedDaos.use(jdbi, MetricsDao.class, dao -> {
            queueCallers.register(dao.queueCallers().stream()
                    .map(c -> MultiGauge.Row.of(Tags.of("line", c.key()), c.count())).toList(), true);
            Map<String, Long> byPresence = new java.util.HashMap<>();
            dao.usersByPresence().forEach(c -> byPresence.put(c.key(), c.count()));
            users.register(PRESENCES.stream()
                    .map(p -> MultiGauge.Row.of(Tags.of("presence", p), byPresence.getOrDefault(p, 0L))).toList(), true);
            MetricsDao.Outbox outbox = dao.outbox();
            outboxPending.set(outbox.pending());
            outboxOldest.set(outbox.oldestSeconds());
        });
    }
}
