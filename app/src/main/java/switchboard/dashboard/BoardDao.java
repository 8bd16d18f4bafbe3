package switchboard.dashboard;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the board shows: calls live now and who rings for them, and every user with their load. */
@RegisterConstructorMapper(BoardDao.LiveCall.class)
@RegisterConstructorMapper(BoardDao.Ringing.class)
@RegisterConstructorMapper(BoardDao.Person.class)
public interface BoardDao {

    record LiveCall(long id, String fromUri, String callerName, String status, Instant startedAt, Instant answeredAt,
                    String lineName, String answeredUserName, String answeredAppLabel) {}

    record Ringing(long callId, long userId, String name, String apps) {}

    record Person(long id, String name, String title, String status, String statusReason, Instant statusUpdatedAt,
                  int maxConcurrentCalls, String timeZone, String workingHours, String apps, int ringing, int talking,
                  Instant lastCallEndedAt, int wrapUpSeconds, String talkingWith, Instant talkingSince) {}

    /** Calls not hung up, started in the last 4 hours (Plivo's longest call): older ones lost their hangup. */
    @SqlQuery("""
            select c.id, c.from_uri, c.caller_name, c.status, c.started_at, c.answered_at, l.name as line_name,
                   u.name as answered_user_name, a.label as answered_app_label
            from calls c
            join lines l on l.id = c.line_id
            left join users u on u.id = c.answered_user_id
            left join apps a on a.id = c.answered_app_id
            where c.ended_at is null and c.started_at > now() - interval '4 hours'
            order by c.started_at, c.id
            limit 200""")
    List<LiveCall> liveCalls();

    /** Who is being rung for these calls now (open offers not yet answered), with their apps. */
    @SqlQuery("""
            select o.call_id, u.id as user_id, u.name,
                   coalesce((select string_agg(a.label, ', ' order by a.id) from apps a
                             where a.user_id = u.id and a.deleted_at is null), '') as apps
            from offers o join users u on u.id = o.user_id
            where o.call_id in (<ids>) and o.ended_at is null and o.answered_at is null and o.expires_at > now()
            order by o.call_id, o.step, u.name""")
    List<Ringing> ringing(@BindList("ids") List<Long> callIds);

    /** Every live user with what routing decides from: presence, hours, open offers, last call, their lines' wrap-up. */
    @SqlQuery("""
            select u.id, u.name, u.title, u.status, u.status_reason, u.status_updated_at, u.max_concurrent_calls,
                   u.time_zone, u.working_hours::text as working_hours,
                   coalesce(apps.labels, '') as apps, coalesce(load.ringing, 0) as ringing,
                   coalesce(load.talking, 0) as talking, u.last_call_ended_at, coalesce(wrap.seconds, 0) as wrap_up_seconds,
                   talk.from_uri as talking_with, talk.answered_at as talking_since
            from users u
            left join lateral (select string_agg(a.label, ', ' order by a.id) as labels from apps a
                               where a.user_id = u.id and a.deleted_at is null) apps on true
            left join lateral (select count(*) filter (where o.answered_at is null) as ringing,
                                      count(*) filter (where o.answered_at is not null) as talking
                               from offers o where o.user_id = u.id and o.ended_at is null and o.expires_at > now()) load on true
            left join lateral (select max(l.wrap_up_seconds) as seconds from tier_members m
                               join tiers t on t.id = m.tier_id join lines l on l.id = t.line_id and l.deleted_at is null
                               where m.user_id = u.id) wrap on true
            left join lateral (select c.from_uri, o.answered_at from offers o join calls c on c.id = o.call_id
                               where o.user_id = u.id and o.ended_at is null and o.answered_at is not null
                                 and o.expires_at > now()
                               order by o.answered_at desc limit 1) talk on true
            where u.deleted_at is null
            order by lower(u.name), u.id
            limit 500""")
    List<Person> people();
}
