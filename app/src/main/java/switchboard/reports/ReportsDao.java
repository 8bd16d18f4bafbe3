package switchboard.reports;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The summary, added up from the roll-up the database keeps (migration V14): report_calls holds each ended call's
 * figures, report_days and report_day_seconds their sums per line and local day, report_changes what is not folded
 * into those yet. A range's whole local days are read from the roll-up; the calls outside them (the range's edges,
 * or all of them by hour or for a user) one at a time.
 */
@RegisterConstructorMapper(Row.class)
interface ReportsDao {
    /** The counts of rows of calls' figures (report_changes' columns), each weighted: 1 a call, -1 figures it no longer has. */
    String COUNTS = """

            sum(weight) as offered, sum(weight * (outcome = 'answered')::int) as answered,
            sum(weight * (outcome = 'voicemail')::int) as voicemail, sum(weight * (outcome = 'missed')::int) as missed,
            sum(weight * (outcome = 'abandoned')::int) as abandoned,
            sum(weight * (outcome = 'shortAbandoned')::int) as short_abandoned,
            sum(weight * (outcome = 'closed')::int) as closed, sum(weight * (outcome = 'nobodyAvailable')::int) as nobody_available,
            sum(weight * (outcome = 'ringOut')::int) as ring_out, sum(weight * (outcome = 'menu')::int) as menu,
            sum(weight * (queue_seconds is not null)::int) as queued, sum(weight * coalesce(queue_seconds, 0)) as queue_seconds,
            max(queue_seconds) filter (where weight > 0) as queue_longest,
            sum(weight * rung) as offered_to_user, sum(weight * by_user::int) as answered_by_user,
            sum(weight * case when by_user then coalesce(talk_seconds, 0) else 0 end) as talk_seconds,
            sum(weight * (callback_status is not null)::int) as callbacks_opened,
            sum(weight * (callback_status is not distinct from 'done')::int) as callbacks_done
            """;
    /** The same rows' seconds, a row per kind: what the histograms of report_day_seconds count. */
    String SECONDS = """

            cross join lateral (values ('answer', answer_seconds),
                ('abandoned', case when outcome in ('abandoned', 'shortAbandoned') then queue_seconds end)) as k (kind, seconds)
            where k.seconds is not null
            """;
    /** A row's key, from its local_start, line_id and user_id. */
    String KEY = """

            case :groupBy when 'hour' then to_char(date_trunc('hour', local_start), 'YYYY-MM-DD"T"HH24:00')
                          when 'day' then to_char(local_start, 'YYYY-MM-DD')
                          when 'week' then to_char(date_trunc('week', local_start), 'YYYY-MM-DD')
                          when 'line' then line_id::text when 'user' then user_id::text else '' end collate "C"
            """;
    /**
     * A row's key as typed values (its period, its line or user), cheaper to sort and group than KEY's text; KEY over
     * them (period as local_start, owner as line_id and user_id) gives the same text.
     */
    String PERIOD_OWNER = """

            case :groupBy when 'hour' then date_trunc('hour', local_start) when 'day' then date_trunc('day', local_start)
                          when 'week' then date_trunc('week', local_start) end as period,
            case :groupBy when 'line' then line_id when 'user' then user_id end as owner
            """;
    /** A call's rows for the user asked for (once), or for everyone it rang (by user), or one row (user_id null). */
    String USER_SCOPE = """

            cross join lateral (
                select u from unnest(f.users) u where (cast(:userId as bigint) is null and :groupBy = 'user') or u = :userId
                union all select null where cast(:userId as bigint) is null and :groupBy <> 'user'
            ) as p (user_id)
            """;
    /** A day's longest queue wait read from its calls (r: line_id, day, simulated): a maximum cannot be taken back. */
    String DAY_LONGEST_WAIT = """

            (select max(f.queue_seconds) from report_calls f
             where f.line_id = r.line_id and f.simulated = r.simulated and f.local_start >= r.day and f.local_start < r.day + 1
               and f.started_at >= r.day - interval '2 days' and f.started_at < r.day + interval '3 days')
            """;
    /** Whether a day (r) has a queue wait withdrawn since the fold: its roll-up's longest wait may be gone. */
    String WAIT_WITHDRAWN = """

            exists (select 1 from report_changes w where w.line_id = r.line_id and w.day = r.day and w.simulated = r.simulated
                    and w.weight < 0 and w.queue_seconds is not null)
            """;
    /** The roll-up's days of the lines asked for. */
    String WHOLE_DAYS = """

            join spans s on s.line = r.line_id
            where r.day >= s.first_day and r.day < s.end_day and (:simulated or not r.simulated)
            """;

    /**
     * Moves up to {@code batch} changes into the roll-up and returns how many it moved. Changes another fold has
     * taken are skipped, not waited for; each is deleted by the statement that adds it, so none counts twice.
     */
    @SqlQuery("""
            with moved as (
                delete from report_changes where id in (select id from report_changes order by id limit :batch for update skip locked)
                returning *
            ), days as (
                insert into report_days as d (line_id, day, simulated, offered, answered, voicemail, missed, abandoned,
                    short_abandoned, closed, nobody_available, ring_out, menu, queued, queue_seconds, queue_longest,
                    offered_to_user, answered_by_user, talk_seconds, callbacks_opened, callbacks_done)
                select line_id, day, simulated,""" + COUNTS + """
                from moved group by line_id, day, simulated
                order by line_id, day, simulated -- two folds lock the days they share in one order: neither waits forever
                on conflict (line_id, day, simulated) do update set offered = d.offered + excluded.offered,
                    answered = d.answered + excluded.answered, voicemail = d.voicemail + excluded.voicemail,
                    missed = d.missed + excluded.missed, abandoned = d.abandoned + excluded.abandoned,
                    short_abandoned = d.short_abandoned + excluded.short_abandoned, closed = d.closed + excluded.closed,
                    nobody_available = d.nobody_available + excluded.nobody_available, ring_out = d.ring_out + excluded.ring_out,
                    menu = d.menu + excluded.menu, queued = d.queued + excluded.queued,
                    queue_seconds = d.queue_seconds + excluded.queue_seconds,
                    queue_longest = greatest(d.queue_longest, excluded.queue_longest), offered_to_user = d.offered_to_user + excluded.offered_to_user,
                    answered_by_user = d.answered_by_user + excluded.answered_by_user,
                    talk_seconds = d.talk_seconds + excluded.talk_seconds,
                    callbacks_opened = d.callbacks_opened + excluded.callbacks_opened,
                    callbacks_done = d.callbacks_done + excluded.callbacks_done
            ), seconds as (
                insert into report_day_seconds as h (line_id, day, simulated, kind, seconds, calls)
                select line_id, day, simulated, k.kind, k.seconds, sum(weight) from moved""" + SECONDS + """
                group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
                on conflict (line_id, day, simulated, kind, seconds) do update set calls = h.calls + excluded.calls
            )
            select line_id, day, simulated, count(*) as changes,
                   bool_or(weight < 0 and queue_seconds is not null) as wait_withdrawn
            from moved group by line_id, day, simulated""")
    @RegisterConstructorMapper(Folded.class)
    List<Folded> fold(@Bind("batch") int batch);

    /** What a fold moved for one line and day; a withdrawn queue wait may have been that day's longest. */
    record Folded(long lineId, java.time.LocalDate day, boolean simulated, long changes, boolean waitWithdrawn) {}

    /** A day's longest queue wait, read again from its calls: a maximum cannot be taken back by adding. */
    @SqlUpdate("""
            update report_days r set queue_longest =""" + DAY_LONGEST_WAIT + """
            where r.line_id = :lineId and r.day = :day and r.simulated = :simulated""")
    void measureLongestWait(@BindMethods Folded day);

    @SqlQuery("""
            with spans as ( -- each line's whole local days in [from, to): the roll-up's (none unless :rollup)
                select l.id as line, l.time_zone as tz, l.service_level_seconds as sl,
                       case when :rollup then ((cast(:from as timestamptz) at time zone l.time_zone)
                                               + interval '1 day' - interval '1 microsecond')::date
                            else 'infinity'::date end as first_day,
                       case when :rollup then (cast(:to as timestamptz) at time zone l.time_zone)::date
                            else 'infinity'::date end as end_day
                from lines l where cast(:lineId as bigint) is null or l.id = :lineId
            ),
            units as ( -- calls one at a time: those of the range outside its whole days, and the changes not folded yet
                select f.local_start, f.line_id, p.user_id, s.sl, 1 as weight, f.outcome, f.answer_seconds, f.queue_seconds,
                       f.talk_seconds, f.callback_status, false as wait_withdrawn,
                       case when p.user_id is null then f.answered_user_id is not null
                            else f.answered_user_id is not distinct from p.user_id end as by_user,
                       case when p.user_id is null then cardinality(f.users) else 1 end as rung
                from spans s
                cross join lateral (values -- before the whole days' second day and after their last but one
                    (cast(:from as timestamptz), least(cast(:to as timestamptz), (s.first_day + 1)::timestamp at time zone s.tz)),
                    (greatest(cast(:from as timestamptz), (s.first_day + 1)::timestamp at time zone s.tz,
                              (s.end_day - 1)::timestamp at time zone s.tz), cast(:to as timestamptz))) as edge (lo, hi)
                cross join lateral ( -- each edge an index range: offset 0 keeps the planner from joining the line's whole log
                    select * from report_calls f where f.line_id = s.line and f.started_at >= edge.lo and f.started_at < edge.hi
                    offset 0) f""" + USER_SCOPE + """
                where (f.local_start < s.first_day or f.local_start >= s.end_day) and (:simulated or not f.simulated)
                union all
                select r.day, r.line_id, null, s.sl, r.weight, r.outcome, r.answer_seconds, r.queue_seconds, r.talk_seconds,
                       r.callback_status,""" + WAIT_WITHDRAWN + """
                       , r.by_user, r.rung
                from report_changes r""" + WHOLE_DAYS + """
            ),
            counted as (
                select""" + KEY + """
                as key,""" + COUNTS + """
                from units group by 1
                union all
                select""" + KEY + """
                , offered, answered, voicemail, missed, abandoned, short_abandoned, closed, nobody_available, ring_out, menu,
                  queued, queue_seconds, queue_longest, offered_to_user, answered_by_user, talk_seconds, callbacks_opened,
                  callbacks_done
                from (select r.*, r.day::timestamp as local_start, null::bigint as user_id from report_days r) r""" + WHOLE_DAYS + """
            ),
            totals as (
                select key, sum(offered) as offered, sum(answered) as answered, sum(voicemail) as voicemail, sum(missed) as missed,
                       sum(abandoned) as abandoned, sum(short_abandoned) as short_abandoned, sum(closed) as closed,
                       sum(nobody_available) as nobody_available, sum(ring_out) as ring_out, sum(menu) as menu,
                       sum(queued) as queued, sum(queue_seconds) as queue_seconds,
                       sum(offered_to_user) as offered_to_user, sum(answered_by_user) as answered_by_user,
                       sum(talk_seconds) as talk_seconds, sum(callbacks_opened) as callbacks_opened,
                       sum(callbacks_done) as callbacks_done
                from counted group by key
            ),
            longest as ( -- the longest wait: a day whose waits were withdrawn since the fold is read from its calls again
                select key, max(seconds) as seconds from (
                    select""" + KEY + """
                    as key, queue_seconds as seconds from units where weight > 0 and not wait_withdrawn
                    union all
                    select""" + KEY + """
                    , r.queue_longest
                    from (select r.*, r.day::timestamp as local_start, null::bigint as user_id from report_days r) r"""
            + WHOLE_DAYS + " and not" + WAIT_WITHDRAWN + """
                    union all
                    select""" + KEY + """
                    ,""" + DAY_LONGEST_WAIT + """
                    from (select distinct r.line_id, r.day, r.simulated, r.day::timestamp as local_start, null::bigint as user_id
                          from report_changes r""" + WHOLE_DAYS + """
                            and r.weight < 0 and r.queue_seconds is not null) r
                ) x group by key
            ),
            seconds as ( -- per key: how many calls took so many seconds, and of those how many within their line's threshold
                select key, kind, seconds, sum(calls) as calls, sum(calls) filter (where seconds <= sl) as within from (
                    select""" + KEY + """
                    as key, k.kind, k.seconds, weight as calls, sl from units""" + SECONDS + """
                    union all
                    select""" + KEY + """
                    , r.kind, r.seconds, r.calls, s.sl
                    from (select r.*, r.day::timestamp as local_start, null::bigint as user_id from report_day_seconds r) r"""
            + WHOLE_DAYS + """
                ) x group by 1, 2, 3 having sum(calls) <> 0
            ),
            durations as ( -- the p90 as percentile_disc's: the first value whose share of the calls reaches 90%
                select key, sum(within) filter (where kind = 'answer') as answered_within,
                       sum(within) filter (where kind = 'abandoned') as abandoned_within,
                       (sum(seconds * calls) filter (where kind = 'answer'))::numeric
                           / nullif(sum(calls) filter (where kind = 'answer'), 0) as asa,
                       min(seconds) filter (where kind = 'answer' and upto * 10 >= total_calls * 9) as p90
                from (select *, sum(calls) over (partition by key, kind order by seconds) as upto,
                             sum(calls) over (partition by key, kind) as total_calls from seconds) spread
                group by key
            ),
            callbacks as ( -- the median time to a callback done, from each call's own figures, grouped by typed keys
                select""" + KEY + """
                as key, median from (
                    select period as local_start, owner as line_id, owner as user_id,
                           percentile_disc(0.5) within group (order by callback_seconds) as median
                    from (select""" + PERIOD_OWNER + """
                          , callback_seconds from (
                              select f.local_start, f.line_id, null::bigint as user_id, f.callback_seconds from spans s
                              join report_calls f on f.line_id = s.line and f.started_at >= :from and f.started_at < :to
                              where f.callback_status = 'done' and (:simulated or not f.simulated)
                                and cast(:userId as bigint) is null and :groupBy <> 'user'
                              union all -- a user's calls, or everyone's by user: through the users each call rang
                              select f.local_start, f.line_id, p.user_id, f.callback_seconds from spans s
                              join report_calls f on f.line_id = s.line and f.started_at >= :from and f.started_at < :to""" + USER_SCOPE + """
                              where f.callback_status = 'done' and (:simulated or not f.simulated)
                                and (cast(:userId as bigint) is not null or :groupBy = 'user')) f) g
                    group by period, owner) m
            )
            select c.key,
                   case :groupBy when 'line' then (select name from lines where id = cast(c.key as bigint))
                                 when 'user' then (select name from users where id = cast(c.key as bigint)) end as name,
                   c.offered, c.answered, coalesce(d.answered_within, 0) as answered_within_service_level,
                   round(coalesce(d.answered_within, 0)::numeric / nullif(c.answered, 0), 3) as service_level,
                   round((coalesce(d.answered_within, 0) + coalesce(d.abandoned_within, 0))::numeric
                         / nullif(c.answered + c.abandoned + c.short_abandoned, 0), 3) as service_level_with_abandoned,
                   round(d.asa, 1) as average_speed_of_answer_seconds, d.p90 as p90_speed_of_answer_seconds,
                   round(c.queue_seconds::numeric / nullif(c.queued, 0), 1) as average_queue_wait_seconds,
                   case when c.queued > 0 then g.seconds end as longest_queue_wait_seconds,
                   c.voicemail, c.missed, c.abandoned, c.short_abandoned, c.closed, c.nobody_available, c.ring_out, c.menu,
                   c.offered_to_user, c.answered_by_user,
                   round(c.answered_by_user::numeric / nullif(c.offered_to_user, 0), 3) as answer_rate,
                   c.talk_seconds, round(c.talk_seconds::numeric / nullif(c.answered_by_user, 0), 1) as average_talk_seconds,
                   c.offered_to_user - c.answered_by_user as missed_while_offered,
                   c.callbacks_opened, c.callbacks_done, b.median as median_callback_seconds
            from totals c left join durations d on d.key = c.key left join longest g on g.key = c.key
            left join callbacks b on b.key = c.key
            where c.offered <> 0
            order by lpad(c.key, 20, '0')""")
    List<Row> summary(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to, @Bind("lineId") Long lineId,
                      @Bind("userId") Long userId, @Bind("simulated") boolean simulated, @Bind("groupBy") String groupBy,
                      @Bind("rollup") boolean rollup);
}
