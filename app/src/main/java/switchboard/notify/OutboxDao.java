package switchboard.notify;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Outgoing events (webhooks to receivers) and mails waiting to go out, written in the transaction of the change they report. */
@RegisterConstructorMapper(OutboxDao.Row.class)
public interface OutboxDao {

    /** A row's kind: an outgoing event posted to a receiver (WEBHOOK_URLS), or a mail to a recipient. */
    String EVENT = "webhook";
    String MAIL = "mail";

    record Row(long id, String kind, String eventId, String target, String payload, int attempts) {}

    /** Queuing the same event for the same place twice is a no-op. */
    @SqlUpdate("""
            insert into outbox (kind, event_id, target, payload) values (:kind, :eventId, :target, :payload)
            on conflict (kind, event_id, target) do nothing""")
    int add(@Bind("kind") String kind, @Bind("eventId") String eventId, @Bind("target") String target,
            @Bind("payload") String payload);

    /**
     * The longest-due row no other worker holds; it stays locked until this transaction ends. Ordered as
     * outbox_due is, so the claim reads one index entry instead of sorting the whole backlog.
     */
    @SqlQuery("""
            select id, kind, event_id, target, payload, attempts from outbox
            where delivered_at is null and abandoned_at is null and next_attempt_at <= :now
            order by next_attempt_at, id limit 1
            for update skip locked""")
    Optional<Row> claimNext(@Bind("now") Instant now);

    @SqlUpdate("update outbox set delivered_at = :now, attempts = attempts + 1, last_error = null where id = :id")
    void delivered(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("update outbox set attempts = attempts + 1, last_error = :error, next_attempt_at = :next where id = :id")
    void retryAt(@Bind("id") long id, @Bind("error") String error, @Bind("next") Instant next);

    @SqlUpdate("update outbox set attempts = attempts + 1, last_error = :error, abandoned_at = :now where id = :id")
    void abandon(@Bind("id") long id, @Bind("error") String error, @Bind("now") Instant now);
}
