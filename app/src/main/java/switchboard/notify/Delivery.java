package switchboard.notify;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import switchboard.config.NotifyConfig;
import switchboard.db.SharedDaos;

/**
 * Delivers what the outbox holds. Each row is claimed with FOR UPDATE SKIP LOCKED, sent, and marked in
 * the same transaction, so several instances never send one row at once and a delivered row is never
 * sent again. A failure is retried with exponential backoff, and given up after about three days.
 */
public final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    static final int MAX_ATTEMPTS = 80;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final Jdbi jdbi;
    private final Mailer mailer;
    private final EventSender events;
    private final Clock clock;

    public record Pass(int delivered, int failed) {}

    Delivery(Jdbi jdbi, Mailer mailer, EventSender events, Clock clock) {
        this.jdbi = jdbi;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    public static Delivery create(NotifyConfig config, Jdbi jdbi, Clock clock) {
        Mailer mailer = config.smtp().<Mailer>map(url -> SmtpMailer.over(url, config.mailFrom().orElseThrow(), clock))
                .orElseGet(LogMailer::new);
        return new Delivery(jdbi, mailer, new EventSender(config.webhookSecret().orElse("")), clock);
    }

    /** Sends every row that is due now. */
    public Pass deliverDue() {
        return deliverDue(() -> true);
    }

    /**
     * Sends due rows one at a time, each in its own transaction, while {@code goOn} holds (the worker stops
     * between rows on shutdown). One handle for the pass: the DAO is attached once, not per row.
     */
    public Pass deliverDue(BooleanSupplier goOn) {
        int delivered = 0;
        int failed = 0;
        try (Handle handle = jdbi.open()) {
            OutboxDao outbox = SharedDaos.of(handle, OutboxDao.class);
            while (goOn.getAsBoolean()) {
                Optional<Boolean> sent = handle.inTransaction(h -> deliverNext(outbox));
                if (sent.isEmpty()) break;
                if (sent.get()) delivered++; else failed++;
            }
        }
        return new Pass(delivered, failed);
    }

    /** Empty when nothing is due; otherwise whether the claimed row went out. */
    private Optional<Boolean> deliverNext(OutboxDao outbox) {
        Optional<OutboxDao.Row> claimed = outbox.claimNext(clock.instant());
        if (claimed.isEmpty()) return Optional.empty();
        OutboxDao.Row row = claimed.get();
        try {
            send(row);
            outbox.delivered(row.id(), clock.instant());
            return Optional.of(true);
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            error = error.length() > 500 ? error.substring(0, 500) : error;
            int attempt = row.attempts() + 1;
            if (attempt >= MAX_ATTEMPTS) {
                outbox.abandon(row.id(), error, clock.instant());
                log.error("gave up on {} {} to {} after {} attempts: {}", row.kind(), row.eventId(), where(row), attempt, error);
            } else {
                Duration wait = backoff(attempt);
                outbox.retryAt(row.id(), error, clock.instant().plus(wait));
                log.warn("{} {} to {} failed (attempt {}), next try in {}s: {}", row.kind(), row.eventId(), where(row),
                        attempt, wait.toSeconds(), error);
            }
            return Optional.of(false);
        }
    }

    private void send(OutboxDao.Row row) throws Exception {
        switch (row.kind()) {
            case OutboxDao.MAIL -> mailer.send(row.eventId(), Mail.fromOutbox(row.target(), row.payload()));
            case OutboxDao.EVENT -> events.post(URI.create(row.target()), row.eventId(), row.payload());
            default -> throw new IllegalStateException("unknown outbox kind " + row.kind());
        }
    }

    /** 10 s after the first failure, doubling, at most an hour apart. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(attempts - 1, 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String where(OutboxDao.Row row) {
        return row.kind().equals(OutboxDao.EVENT) ? EventSender.safeForLog(URI.create(row.target())) : row.target();
    }
}
