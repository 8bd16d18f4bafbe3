package switchboard.metrics;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the gauges read (cached, see DbGauges) and what a call's meters need to know of it. */
@RegisterConstructorMapper(MetricsDao.Count.class)
@RegisterConstructorMapper(MetricsDao.Outbox.class)
@RegisterConstructorMapper(MetricsDao.CallLine.class)
@RegisterConstructorMapper(MetricsDao.Waited.class)
interface MetricsDao {
    record Count(String key, long count) {}

    record Outbox(long pending, double oldestSeconds) {}

    record CallLine(Long lineId, String status) {}

    record Waited(long lineId, double seconds) {}

    /** Every line with a queue (or someone still in one): how many wait now. */
    @SqlQuery("""
            select l.id::text as key, count(w.id) as count from lines l left join waiting_callers w on w.line_id = l.id
            where l.deleted_at is null and (l.queue_enabled or w.id is not null) group by l.id order by l.id""")
    List<Count> queueCallers();

    @SqlQuery("select status as key, count(*) as count from users where deleted_at is null group by status")
    List<Count> usersByPresence();

    @SqlQuery("""
            select count(*) as pending, coalesce(extract(epoch from now() - min(created_at)), 0) as oldest_seconds
            from outbox where delivered_at is null and abandoned_at is null""")
    Outbox outbox();

    /** The line a call is counted under (the one its routing followed, as in the reports) and its status now. */
    @SqlQuery("select coalesce(routed_line_id, line_id) as line_id, status from calls where id = :id")
    Optional<CallLine> callLine(@Bind("id") long callId);

    /** The call's wait in a queue, if it left the queue in this transaction (however it left: now() is the transaction's start). */
    @SqlQuery("""
            select line_id, greatest(0, extract(epoch from left_at - joined_at)) as seconds from queue_entries
            where call_id = :id and left_at = now()""")
    Optional<Waited> leftNow(@Bind("id") long callId);
}
