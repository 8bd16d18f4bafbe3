package switchboard.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Each user's calendar feed: the public half of its token, and the published turns it shows. */
@RegisterConstructorMapper(CalendarDao.Feed.class)
@RegisterConstructorMapper(CalendarDao.Owner.class)
@RegisterConstructorMapper(CalendarDao.FeedTurn.class)
public interface CalendarDao {
    record Feed(long id, UUID calendarFeed) {}

    record Owner(long id, String name) {}

    record FeedTurn(long lineId, String lineName, String timeZone, LocalDate day, int startMinute, int endMinute,
                    Instant publishedAt, List<String> colleagues) {}

    @SqlQuery("select id, calendar_feed from users where id = any(:ids) and deleted_at is null")
    List<Feed> feeds(@Bind("ids") Long[] userIds);

    @SqlQuery("select id, name from users where calendar_feed = :feed and deleted_at is null")
    Optional<Owner> owner(@Bind("feed") UUID feed);

    /** A new public half: the old URL stops working at once. */
    @SqlQuery("update users set calendar_feed = gen_random_uuid() where id = :id and deleted_at is null returning id, calendar_feed")
    Optional<Feed> renew(@Bind("id") long userId);

    @SqlQuery("""
            select t.line_id, l.name as line_name, l.time_zone, t.day, t.start_minute, t.end_minute, w.published_at,
                   coalesce(array_agg(o.name order by o.name) filter (where o.id is not null), '{}') as colleagues
            from rota_turns t
            join rota_seats s on s.turn_id = t.id and s.user_id = :userId
            join rota_weeks w on w.week = t.week
            join lines l on l.id = t.line_id and l.deleted_at is null
            left join rota_seats os on os.turn_id = t.id and os.user_id <> :userId
            left join users o on o.id = os.user_id and o.deleted_at is null
            where t.copy = 'published' and t.day between :from and :to
            group by t.id, l.id, w.week
            order by t.day, t.start_minute, t.line_id""")
    List<FeedTurn> turns(@Bind("userId") long userId, @Bind("from") LocalDate from, @Bind("to") LocalDate to);
}
