package switchboard.rota;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A week's rota (its draft and published copies, its change log) and what it is computed from. */
@RegisterConstructorMapper(RotaDao.WeekRow.class)
@RegisterConstructorMapper(RotaDao.LineRow.class)
@RegisterConstructorMapper(RotaDao.LineTurnRow.class)
@RegisterConstructorMapper(RotaDao.MemberRow.class)
@RegisterConstructorMapper(RotaDao.PersonRow.class)
@RegisterConstructorMapper(RotaDao.SeatedTurnRow.class)
@RegisterConstructorMapper(RotaDao.ChangeRow.class)
public interface RotaDao {
    String DRAFT = "draft";
    String PUBLISHED = "published";

    record WeekRow(String week, Instant generatedAt, boolean cutShort, int publication, Instant publishedAt) {}

    record LineRow(long id, String name, String timeZone) {}

    record LineTurnRow(long lineId, int day, int startMinute, int endMinute, int needed) {}

    record MemberRow(long lineId, long userId) {}

    record PersonRow(long id, String name, String email, String slots, String absences, Integer targetTurnsPerWeek,
                     Integer maxTurnsPerDay) {}

    record SeatedTurnRow(long lineId, LocalDate day, int startMinute, int endMinute, int needed, List<Long> userIds) {}

    /** One entry of a week's change log, as the API shows it. */
    record ChangeRow(long id, Instant at, String byName, Long byUserId, String kind, @JsonRawValue String detail) {}

    // --- what a rota is computed from

    @SqlQuery("""
            select l.id, l.name, l.time_zone from lines l
            where l.deleted_at is null and exists (select 1 from line_turns t where t.line_id = l.id) order by l.id""")
    List<LineRow> linesWithTurns();

    @SqlQuery("select id, name, time_zone from lines where id = any(:ids) and deleted_at is null order by id")
    List<LineRow> lines(@Bind("ids") Long[] lineIds);

    @SqlQuery("""
            select line_id, day, start_minute, end_minute, needed from line_turns where line_id = any(:ids)
            order by line_id, day, start_minute, end_minute""")
    List<LineTurnRow> lineTurns(@Bind("ids") Long[] lineIds);

    /** The users in any tier of these lines: who may take their turns. */
    @SqlQuery("""
            select distinct t.line_id, m.user_id from tiers t
            join tier_members m on m.tier_id = t.id join users u on u.id = m.user_id and u.deleted_at is null
            where t.line_id = any(:ids) order by t.line_id, m.user_id""")
    List<MemberRow> members(@Bind("ids") Long[] lineIds);

    @SqlQuery("""
            select u.id, u.name, u.email, a.slots::text as slots, a.absences::text as absences, a.target_turns_per_week,
                   a.max_turns_per_day
            from users u left join availability a on a.user_id = u.id
            where u.id = any(:ids) and u.deleted_at is null order by u.id""")
    List<PersonRow> people(@Bind("ids") Long[] userIds);

    // --- the week

    @SqlUpdate("insert into rota_weeks (week) values (:week) on conflict (week) do nothing")
    void ensureWeek(@Bind("week") String week);

    @SqlQuery("select week, generated_at, cut_short, publication, published_at from rota_weeks where week = :week")
    Optional<WeekRow> week(@Bind("week") String week);

    /** Every change to a week's rota holds its row: edits, publications and swaps of one week happen one at a time. */
    @SqlQuery("select week, generated_at, cut_short, publication, published_at from rota_weeks where week = :week for update")
    Optional<WeekRow> lockWeek(@Bind("week") String week);

    @SqlUpdate("update rota_weeks set generated_at = now(), cut_short = :cutShort where week = :week")
    void generated(@Bind("week") String week, @Bind("cutShort") boolean cutShort);

    @SqlQuery("update rota_weeks set publication = publication + 1, published_at = now() where week = :week returning publication")
    int published(@Bind("week") String week);

    // --- the draft and the published copy

    /** A copy's turns in rota order, each with the live users on it; turns of deleted lines are gone. */
    @SqlQuery("""
            select t.line_id, t.day, t.start_minute, t.end_minute, t.needed,
                   coalesce(array_agg(u.id order by u.id) filter (where u.id is not null), '{}') as user_ids
            from rota_turns t join lines l on l.id = t.line_id and l.deleted_at is null
            left join rota_seats s on s.turn_id = t.id
            left join users u on u.id = s.user_id and u.deleted_at is null
            where t.week = :week and t.copy = :copy
            group by t.id order by t.day, t.start_minute, t.end_minute, t.line_id""")
    List<SeatedTurnRow> copy(@Bind("week") String week, @Bind("copy") String copy);

    @SqlUpdate("delete from rota_turns where week = :week and copy = :copy")
    void clear(@Bind("week") String week, @Bind("copy") String copy);

    @SqlUpdate("""
            insert into rota_turns (week, copy, line_id, day, start_minute, end_minute, needed)
            select :week, :copy, t.line_id, cast(t.day as date), t.start_minute, t.end_minute, t.needed
            from unnest(:lines, :days, :starts, :ends, :needed) as t(line_id, day, start_minute, end_minute, needed)""")
    void addTurns(@Bind("week") String week, @Bind("copy") String copy, @Bind("lines") Long[] lineIds,
                  @Bind("days") String[] days, @Bind("starts") Integer[] starts, @Bind("ends") Integer[] ends,
                  @Bind("needed") Integer[] needed);

    @SqlUpdate("""
            insert into rota_seats (turn_id, user_id)
            select t.id, s.user_id
            from unnest(:lines, :days, :starts, :ends, :users) as s(line_id, day, start_minute, end_minute, user_id)
            join rota_turns t on t.week = :week and t.copy = :copy and t.line_id = s.line_id and t.day = cast(s.day as date)
                and t.start_minute = s.start_minute and t.end_minute = s.end_minute""")
    void addSeats(@Bind("week") String week, @Bind("copy") String copy, @Bind("lines") Long[] lineIds,
                  @Bind("days") String[] days, @Bind("starts") Integer[] starts, @Bind("ends") Integer[] ends,
                  @Bind("users") Long[] userIds);

    // --- the change log

    @SqlUpdate("""
            insert into rota_changes (week, by_name, by_user_id, kind, detail)
            values (:week, :byName, :byUserId, :kind, cast(:detail as jsonb))""")
    void logChange(@Bind("week") String week, @Bind("byName") String byName, @Bind("byUserId") Long byUserId,
                   @Bind("kind") String kind, @Bind("detail") String detail);

    @SqlQuery("""
            select id, at, by_name, by_user_id, kind, detail::text as detail from rota_changes
            where week = :week and id > :after order by id limit :limit""")
    List<ChangeRow> changes(@Bind("week") String week, @Bind("after") long afterId, @Bind("limit") int limit);
}
