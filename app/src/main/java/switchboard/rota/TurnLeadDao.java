package switchboard.rota;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What routing asks at every step of a call: who is on the line's published turn at this local time. */
@RegisterConstructorMapper(TurnLeadDao.FirstTier.class)
public interface TurnLeadDao {
    record FirstTier(String strategy, int ringTimeoutSeconds) {}

    /** The people on every published turn of the line covering that minute, in the line's tier order (then by id). */
    @SqlQuery("""
            select s.user_id from rota_turns t
            join rota_seats s on s.turn_id = t.id
            left join (tiers tr join tier_members m on m.tier_id = tr.id) on tr.line_id = t.line_id and m.user_id = s.user_id
            where t.copy = 'published' and t.line_id = :lineId and t.day = :day
              and t.start_minute <= :minute and t.end_minute > :minute
            group by s.user_id
            order by min(tr.position * 10000 + m.position) nulls last, s.user_id""")
    List<Long> onTurn(@Bind("lineId") long lineId, @Bind("day") LocalDate day, @Bind("minute") int minuteOfDay);

    @SqlQuery("select strategy, ring_timeout_seconds from tiers where line_id = :lineId order by position limit 1")
    Optional<FirstTier> firstTier(@Bind("lineId") long lineId);
}
