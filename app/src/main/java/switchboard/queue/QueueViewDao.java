package switchboard.queue;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What GET /api/queue shows: the lines with a queue (or callers still in one), and who waits in each, in order. */
@RegisterConstructorMapper(QueueViewDao.LineRow.class)
@RegisterConstructorMapper(QueueViewDao.CallerRow.class)
@RegisterConstructorMapper(QueueViewDao.OfferRow.class)
interface QueueViewDao {
    record LineRow(long id, String name, boolean enabled, int maxCallers) {}

    record CallerRow(long lineId, long callId, String callUuid, String fromUri, int priority, int waitedSeconds, int position) {}

    record OfferRow(long callId, long userId, String name) {}

    @SqlQuery("""
            select id, name, queue_enabled as enabled, queue_max_callers as max_callers from lines
            where deleted_at is null and (queue_enabled or id in (select line_id from waiting_callers))
            order by id""")
    List<LineRow> lines();

    @SqlQuery("""
            select e.line_id, e.call_id, c.call_uuid, c.from_uri, e.priority,
                   greatest(0, floor(extract(epoch from now() - e.joined_at)))::int as waited_seconds,
                   row_number() over (partition by e.line_id order by e.priority desc, e.joined_at, e.id) as position
            from waiting_callers e join calls c on c.id = e.call_id
            order by e.line_id, position""")
    List<CallerRow> callers();

    /** Whom each waiting caller is being offered to right now (the users their current Dial rings). */
    @SqlQuery("""
            select o.call_id, u.id as user_id, u.name from waiting_callers e
            join offers o on o.call_id = e.call_id and o.step = e.offer_step and o.ended_at is null
            join users u on u.id = o.user_id
            order by o.call_id, u.id""")
    List<OfferRow> offers();
}
