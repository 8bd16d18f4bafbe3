package switchboard.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import switchboard.calls.CallDao;

/**
 * The waiting callers. An entry changes only under its call's row lock; who may be offered whom is read under
 * the users' locks (DirectoryDao.lockMembers). Order everywhere: priority (higher first), joined_at, id.
 */
@RegisterConstructorMapper(QueueDao.Entry.class)
@RegisterConstructorMapper(QueueDao.Candidate.class)
@RegisterRowMapper(CallDao.CallRowMapper.class)
public interface QueueDao {
    String ENTRY = "id, call_id, line_id, priority, joined_at, step, offer_step, left_at, outcome,"
            + " greatest(0, floor(extract(epoch from now() - joined_at)))::int as waited_seconds,"
            + " greatest(0, ceil(extract(epoch from next_step_at - now())))::int as due_in_seconds";
    /** Entry o is ahead of entry e. */
    String AHEAD = "(o.priority > e.priority or (o.priority = e.priority and (o.joined_at, o.id) < (e.joined_at, e.id)))";

    record Entry(long id, long callId, long lineId, int priority, Instant joinedAt, int step, Integer offerStep,
                 Instant leftAt, String outcome, int waitedSeconds, int dueInSeconds) {
        boolean waiting() {
            return leftAt == null;
        }
    }

    /** A waiting caller and a user who looks free for them (working hours not yet checked). */
    record Candidate(long entryId, long callId, long userId, String timeZone, String workingHours) {}

    /** Empty when the call has waited already (a call waits in a queue once). priority: higher is served first (VIP). */
    @SqlQuery("insert into queue_entries (call_id, line_id, priority, step, next_step_at)"
            + " values (:callId, :lineId, :priority, :step, now() + make_interval(secs => :dueIn))"
            + " on conflict (call_id) do nothing returning " + ENTRY)
    Optional<Entry> join(@Bind("callId") long callId, @Bind("lineId") long lineId, @Bind("priority") int priority,
                         @Bind("step") int step, @Bind("dueIn") int dueInSeconds);

    @SqlUpdate("update calls set queue_joined_at = (select joined_at from queue_entries where call_id = :callId) where id = :callId")
    void markJoined(@Bind("callId") long callId);

    @SqlQuery("select " + ENTRY + " from queue_entries where call_id = :callId")
    Optional<Entry> ofCall(@Bind("callId") long callId);

    @SqlQuery("select count(*) + 1 from waiting_callers o join queue_entries e on e.id = :id"
            + " where o.line_id = e.line_id and o.id <> e.id and " + AHEAD)
    int position(@Bind("id") long entryId);

    @SqlQuery("select count(*) from waiting_callers where line_id = :lineId")
    int callers(@Bind("lineId") long lineId);

    /** The caller's latest queue step; offerStep: the Dial offering them (null: waiting); dueIn: their next webhook. */
    @SqlUpdate("update queue_entries set step = :step, offer_step = :offerStep, next_step_at = now() + make_interval(secs => :dueIn)"
            + " where id = :id")
    void progress(@Bind("id") long entryId, @Bind("step") int step, @Bind("offerStep") Integer offerStep,
                  @Bind("dueIn") int dueInSeconds);

    /** at: when (null: now). Returns 0 when the caller had left already. */
    @SqlUpdate("update queue_entries set left_at = coalesce(cast(:at as timestamptz), now()), outcome = :outcome, offer_step = null"
            + " where id = :id and left_at is null")
    int leave(@Bind("id") long entryId, @Bind("outcome") String outcome, @Bind("at") Instant at);

    /** Left other than by hanging up: the call is no longer waiting, and not abandoned. */
    @SqlUpdate("update calls set queue_left_at = coalesce(queue_left_at, cast(:at as timestamptz), now()) where id = :callId")
    void markLeft(@Bind("callId") long callId, @Bind("at") Instant at);

    @SqlQuery("select answered_at from calls where id = :callId and answered_at is not null")
    Optional<Instant> answeredAt(@Bind("callId") long callId);

    /** The line's latest answered waits in seconds, newest first: what the expected wait is estimated from. */
    @SqlQuery("""
            select greatest(0, floor(extract(epoch from left_at - joined_at)))::int from queue_entries
            where line_id = :lineId and outcome = 'answered' order by left_at desc limit 20""")
    List<Integer> answeredWaits(@Bind("lineId") long lineId);

    /**
     * Of these users, those who may not be offered this caller now: they let this caller ring out within the line's
     * retrySeconds, or a waiting caller ahead of this one, on any line they serve and not being offered right now,
     * has the first claim on them (unless that caller rang out on them lately, or they are in that line's wrap-up).
     * Read under the users' locks, which every offer of them takes: two instances agree on who comes first.
     * (A zero retry or wrap-up is checked as off: now() is this transaction's start, older than a concurrent end.)
     */
    @SqlQuery("""
            select u.id from unnest(cast(:userIds as bigint[])) as u(id)
            join queue_entries e on e.id = :entryId
            join lines el on el.id = e.line_id
            where exists (select 1 from offers f where el.queue_retry_seconds > 0 and f.call_id = e.call_id and f.user_id = u.id
                            and f.answered_at is null and f.ended_at > now() - make_interval(secs => el.queue_retry_seconds))
               or exists (select 1 from waiting_callers o join lines ol on ol.id = o.line_id
                          where o.offer_step is null and o.id <> e.id and\s""" + AHEAD + """
                            and exists (select 1 from tiers t join tier_members m on m.tier_id = t.id
                                        where t.line_id = o.line_id and m.user_id = u.id)
                            and not exists (select 1 from offers f where ol.queue_retry_seconds > 0 and f.call_id = o.call_id
                                              and f.user_id = u.id and f.answered_at is null
                                              and f.ended_at > now() - make_interval(secs => ol.queue_retry_seconds))
                            and not exists (select 1 from users x where ol.wrap_up_seconds > 0 and x.id = u.id
                                              and x.last_call_ended_at > now() - make_interval(secs => ol.wrap_up_seconds)))""")
    List<Long> blocked(@Bind("entryId") long entryId, @Bind("userIds") Long[] userIds);

    /**
     * For the dispatcher: the users who look free now (available, with an app, below their maximum), each evaluated
     * once, among the members of lines where callers wait; then the callers they could take (not being offered, their
     * next wait step not imminent, outside the line's wrap-up and retry), in queue order then tier order. Nobody
     * waiting, or nobody free: no caller row is read.
     */
    @SqlQuery("""
            with waiting_lines as (
                select distinct line_id from waiting_callers
                where offer_step is null and next_step_at > now() + make_interval(secs => :notWithin)),
            free as (
                select distinct u.id, u.time_zone, u.working_hours::text as working_hours, u.last_call_ended_at
                from waiting_lines w
                join tiers t on t.line_id = w.line_id
                join tier_members m on m.tier_id = t.id
                join users u on u.id = m.user_id and u.deleted_at is null and u.status = 'available'
                where exists (select 1 from apps a where a.user_id = u.id and a.deleted_at is null)
                  and (select count(*) from offers o where o.user_id = u.id and o.ended_at is null and o.expires_at > now())
                      < u.max_concurrent_calls)
            select e.id as entry_id, e.call_id, f.id as user_id, f.time_zone, f.working_hours
            from free f
            join tier_members m on m.user_id = f.id
            join tiers t on t.id = m.tier_id
            join lines l on l.id = t.line_id
            join waiting_callers e on e.line_id = t.line_id
            where e.offer_step is null and e.next_step_at > now() + make_interval(secs => :notWithin)
              and (l.wrap_up_seconds = 0 or f.last_call_ended_at is null
                   or f.last_call_ended_at <= now() - make_interval(secs => l.wrap_up_seconds))
              and not exists (select 1 from offers x where l.queue_retry_seconds > 0 and x.call_id = e.call_id
                                and x.user_id = f.id and x.answered_at is null
                                and x.ended_at > now() - make_interval(secs => l.queue_retry_seconds))
            order by e.priority desc, e.joined_at, e.id, t.position, m.position
            limit 500""")
    List<Candidate> candidates(@Bind("notWithin") int notWithinSeconds);

    /** The call, locked, unless a webhook holds it right now (the dispatcher then leaves it to that webhook). */
    @SqlQuery("select " + CallDao.COLUMNS + " from calls where id = :id for update skip locked")
    Optional<CallDao.CallRow> lockIfFree(@Bind("id") long callId);
}
