package switchboard.escalation;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import switchboard.calls.CallDao;

/** What an escalation reads about a call, under the call's row lock. */
@RegisterRowMapper(CallDao.CallRowMapper.class)
@RegisterConstructorMapper(EscalationDao.Answered.class)
interface EscalationDao {

    /** Who answered the call (null: nobody), and the line it was routed through (a menu may have chosen it). */
    record Answered(Long userId, Long lineId, String lineName) {}

    @SqlQuery("""
            select c.answered_user_id as user_id, coalesce(c.routed_line_id, c.line_id) as line_id, l.name as line_name
            from calls c left join lines l on l.id = coalesce(c.routed_line_id, c.line_id) where c.id = :id""")
    Optional<Answered> answered(@Bind("id") long callId);

    @SqlQuery("select distinct position from tiers where line_id = :lineId order by position")
    List<Integer> tierPositions(@Bind("lineId") long lineId);

    @SqlQuery("select " + CallDao.COLUMNS + " from calls where id = :id for update")
    Optional<CallDao.CallRow> lockById(@Bind("id") long callId);

    @SqlQuery("select status from calls where id = :id")
    String status(@Bind("id") long callId);

    /** -1 when the call has no step yet. */
    @SqlQuery("select coalesce(max(step), -1) from call_steps where call_id = :id")
    int lastStep(@Bind("id") long callId);

    /** The tier of the last Dial: a tier's, or the queue's offer (the tier of the user it rang). */
    @SqlQuery("select tier_position from call_steps where call_id = :id and kind in ('dial', 'queue-offer') order by step desc limit 1")
    Optional<Integer> lastTierRung(@Bind("id") long callId);

    /** The XML of a step, only if it belongs to the call with this UUID. */
    @SqlQuery("""
            select s.xml from call_steps s join calls c on c.id = s.call_id
            where c.id = :id and c.call_uuid = :uuid and s.step = :step""")
    Optional<String> stepXml(@Bind("id") long callId, @Bind("uuid") String callUuid, @Bind("step") int step);
}
