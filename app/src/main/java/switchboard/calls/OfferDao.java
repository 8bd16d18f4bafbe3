package switchboard.calls;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Who is reserved (rung) and busy (talking) for which call, and what follows when that ends. */
@RegisterConstructorMapper(OfferDao.MissedRow.class)
public interface OfferDao {
    /** A talking mark outlives the longest call Plivo allows (Dial timeLimit, 4 hours) by a minute. */
    int TALKING_TTL_SECONDS = 4 * 3600 + 60;

    @SqlUpdate("""
            insert into offers (call_id, step, user_id, expires_at)
            select :callId, :step, u, now() + make_interval(secs => :ttl) from unnest(:userIds) as u
            on conflict (call_id, step, user_id) do nothing""")
    void offer(@Bind("callId") long callId, @Bind("step") int step, @Bind("userIds") Long[] userIds,
               @Bind("ttl") int ttlSeconds);

    /** The user who answered is now busy; the others of that Dial are released (Plivo hangs them up). */
    @SqlUpdate("""
            update offers set answered_at = case when user_id = :userId then coalesce(answered_at, now()) end,
                              ended_at = case when user_id = :userId then null else now() end,
                              expires_at = case when user_id = :userId then now() + make_interval(secs => :ttl) else expires_at end
            where call_id = :callId and step = :step and ended_at is null""")
    void answered(@Bind("callId") long callId, @Bind("step") int step, @Bind("userId") long userId,
                  @Bind("ttl") int ttlSeconds);

    /** Ends open offers of a call (one step, or all when step is null); those who talked start their wrap-up. */
    @SqlUpdate("""
            with ended as (
                update offers set ended_at = now()
                where call_id = :callId and (cast(:step as int) is null or step = :step)
                  and (cast(:userId as bigint) is null or user_id = :userId) and ended_at is null
                returning user_id, answered_at)
            update users set last_call_ended_at = now()
            where id in (select user_id from ended where answered_at is not null)""")
    void end(@Bind("callId") long callId, @Bind("step") Integer step, @Bind("userId") Long userId);

    @SqlQuery("select user_id from offers where call_id = :callId and step = :step and answered_at is null")
    List<Long> unanswered(@Bind("callId") long callId, @Bind("step") int step);

    /** Counts a rung-out offer; a user reaching the line's threshold is set away. Returns who was. */
    @SqlQuery("""
            update users set consecutive_missed = case when consecutive_missed + 1 >= :threshold then 0 else consecutive_missed + 1 end,
                             status = case when consecutive_missed + 1 >= :threshold then 'away' else status end,
                             status_reason = case when consecutive_missed + 1 >= :threshold then 'missed-calls' else status_reason end,
                             status_updated_at = case when consecutive_missed + 1 >= :threshold then now() else status_updated_at end
            where id in (<ids>)
            returning id, name, (status = 'away' and status_reason = 'missed-calls' and consecutive_missed = 0) as went_away""")
    List<MissedRow> countMissed(@BindList("ids") List<Long> userIds, @Bind("threshold") int threshold);

    record MissedRow(long id, String name, boolean wentAway) {}

    @SqlUpdate("update users set consecutive_missed = 0 where id = :id")
    void resetMissed(@Bind("id") long userId);

    /** Round-robin: the next call of this tier starts one further along. */
    @SqlUpdate("update tiers set rotation = rotation + 1 where line_id = :lineId and position = :position")
    void rotate(@Bind("lineId") long lineId, @Bind("position") int position);
}
