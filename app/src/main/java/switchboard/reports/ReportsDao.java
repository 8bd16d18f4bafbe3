package switchboard.reports;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The summary, in one query over the log. A call belongs to the line whose routing it followed (a menu's choice, else
 * the dialled line) and to that line's time zone. groupBy "user" keys a call under every user it rang or who answered
 * it; "total" keys every call under "".
 */
@RegisterConstructorMapper(Row.class)
interface ReportsDao {
    /**
     * In the summary's transaction: the planner cannot know how many calls a range holds when it plans the CTEs' joins,
     * and a nested loop over two large CTE scans takes minutes; hash joins take milliseconds whatever the count.
     */
    @SqlUpdate("set local enable_nestloop = off")
    void planForLargeRanges();

    @SqlQuery("""
            with c0 as (
                select c.id, coalesce(c.routed_line_id, c.line_id) as line_id, l.service_level_seconds as sl,
                       c.started_at, c.started_at at time zone l.time_zone as local_start, c.answered_at, c.answered_user_id,
                       c.ended_at, c.voicemail_url, c.voicemail_offered_at, q.joined_at as queued_at, q.outcome as queue_outcome,
                       greatest(0, floor(extract(epoch from c.answered_at - coalesce(c.routed_at, c.started_at))))::int as answer_seconds,
                       greatest(0, floor(extract(epoch from c.ended_at - c.answered_at)))::int as talk_seconds,
                       greatest(0, floor(extract(epoch from coalesce(q.left_at, c.ended_at) - q.joined_at)))::int as queue_seconds
                from calls c
                join lines l on l.id = coalesce(c.routed_line_id, c.line_id)
                left join queue_entries q on q.call_id = c.id
                where c.line_id is not null and c.started_at >= :from and c.started_at < :to
                  and (cast(:lineId as bigint) is null or coalesce(c.routed_line_id, c.line_id) = :lineId)
                  and (:simulated or not c.simulated)
                  and (cast(:userId as bigint) is null or c.answered_user_id = :userId
                       or exists (select 1 from offers o where o.call_id = c.id and o.user_id = :userId))
            ),
            f as ( -- each call's outcome, one reason per unanswered call (null: not over yet)
                select c0.*, case
                    when answered_at is not null then 'answered'
                    when ended_at is null then null
                    when voicemail_url is not null then 'voicemail'
                    when (select s.kind from call_steps s where s.call_id = c0.id order by s.step desc limit 1) = 'menu' then 'menu'
                    when queue_outcome = 'abandoned' and queue_seconds < 10 then 'shortAbandoned'
                    when queue_outcome = 'abandoned' then 'abandoned'
                    when exists (select 1 from call_events e where e.call_id = c0.id and e.dedupe_key = 'closed') then 'closed'
                    when voicemail_offered_at is not null and exists (select 1 from offers o where o.call_id = c0.id) then 'ringOut'
                    when voicemail_offered_at is not null then 'nobodyAvailable'
                    else 'missed' end as outcome
                from c0
            ),
            pairs as ( -- who each call rang, and who answered it
                select o.call_id, o.user_id from offers o join f on f.id = o.call_id
                where cast(:userId as bigint) is null or o.user_id = :userId
                union
                select f.id, f.answered_user_id from f
                where f.answered_user_id is not null and (cast(:userId as bigint) is null or f.answered_user_id = :userId)
            ),
            keyed as (
                select case :groupBy when 'hour' then to_char(date_trunc('hour', local_start), 'YYYY-MM-DD"T"HH24:00')
                                     when 'day' then to_char(local_start, 'YYYY-MM-DD')
                                     when 'week' then to_char(date_trunc('week', local_start), 'YYYY-MM-DD')
                                     when 'line' then line_id::text else '' end as key, f.id as call_id
                from f where :groupBy <> 'user'
                union all
                select p.user_id::text, p.call_id from pairs p where :groupBy = 'user'
            ),
            by_call as (
                select k.key, count(f.outcome) as offered,
                       count(*) filter (where outcome = 'answered') as answered,
                       count(*) filter (where outcome = 'answered' and answer_seconds <= sl) as answered_within,
                       count(*) filter (where outcome in ('abandoned', 'shortAbandoned') and queue_seconds <= sl) as abandoned_within,
                       avg(answer_seconds) filter (where outcome = 'answered') as asa,
                       percentile_disc(0.9) within group (order by answer_seconds) filter (where outcome = 'answered') as p90,
                       avg(queue_seconds) filter (where queued_at is not null and outcome is not null) as queue_average,
                       max(queue_seconds) filter (where queued_at is not null and outcome is not null) as queue_longest,
                       count(*) filter (where outcome = 'voicemail') as voicemail,
                       count(*) filter (where outcome = 'missed') as missed,
                       count(*) filter (where outcome = 'abandoned') as abandoned,
                       count(*) filter (where outcome = 'shortAbandoned') as short_abandoned,
                       count(*) filter (where outcome = 'closed') as closed,
                       count(*) filter (where outcome = 'nobodyAvailable') as nobody_available,
                       count(*) filter (where outcome = 'ringOut') as ring_out,
                       count(*) filter (where outcome = 'menu') as menu,
                       count(cb.status) as callbacks_opened,
                       count(*) filter (where cb.status = 'done') as callbacks_done,
                       percentile_disc(0.5) within group (order by floor(extract(epoch from cb.done_at - f.started_at))::int)
                           filter (where cb.status = 'done') as callback_median
                from keyed k join f on f.id = k.call_id
                left join lateral ( -- the callback this call opened (the first of its calls)
                    select b.status, b.done_at from callback_calls cc join callbacks b on b.id = cc.callback_id
                    where cc.call_id = f.id
                      and cc.call_id = (select min(x.call_id) from callback_calls x where x.callback_id = cc.callback_id)
                ) cb on true
                group by k.key
            ),
            by_user as (
                select k.key, count(*) as offered_to_user,
                       count(*) filter (where f.answered_user_id = p.user_id) as answered_by_user,
                       sum(f.talk_seconds) filter (where f.answered_user_id = p.user_id) as talk,
                       avg(f.talk_seconds) filter (where f.answered_user_id = p.user_id) as talk_average
                from keyed k join pairs p on p.call_id = k.call_id and (:groupBy <> 'user' or p.user_id::text = k.key)
                join f on f.id = p.call_id
                group by k.key
            )
            select c.key,
                   case :groupBy when 'line' then (select name from lines where id = cast(c.key as bigint))
                                 when 'user' then (select name from users where id = cast(c.key as bigint)) end as name,
                   c.offered, c.answered, c.answered_within as answered_within_service_level,
                   round(c.answered_within::numeric / nullif(c.answered, 0), 3) as service_level,
                   round((c.answered_within + c.abandoned_within)::numeric
                         / nullif(c.answered + c.abandoned + c.short_abandoned, 0), 3) as service_level_with_abandoned,
                   round(c.asa, 1) as average_speed_of_answer_seconds, c.p90 as p90_speed_of_answer_seconds,
                   round(c.queue_average, 1) as average_queue_wait_seconds, c.queue_longest as longest_queue_wait_seconds,
                   c.voicemail, c.missed, c.abandoned, c.short_abandoned, c.closed, c.nobody_available, c.ring_out, c.menu,
                   coalesce(u.offered_to_user, 0) as offered_to_user, coalesce(u.answered_by_user, 0) as answered_by_user,
                   round(u.answered_by_user::numeric / nullif(u.offered_to_user, 0), 3) as answer_rate,
                   coalesce(u.talk, 0) as talk_seconds, round(u.talk_average, 1) as average_talk_seconds,
                   coalesce(u.offered_to_user - u.answered_by_user, 0) as missed_while_offered,
                   c.callbacks_opened, c.callbacks_done, c.callback_median as median_callback_seconds
            from by_call c left join by_user u on u.key = c.key
            order by lpad(c.key, 20, '0')""")
    List<Row> summary(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to, @Bind("lineId") Long lineId,
                      @Bind("userId") Long userId, @Bind("simulated") boolean simulated, @Bind("groupBy") String groupBy);
}
