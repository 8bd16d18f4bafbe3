package switchboard.rota;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each user's declared availability for the rota. */
@RegisterConstructorMapper(AvailabilityDao.Row.class)
public interface AvailabilityDao {
    record Row(String slots, String absences, int targetTurnsPerWeek, int maxTurnsPerDay) {}

    @SqlQuery("select id from users where id = :id and deleted_at is null")
    Optional<Long> user(@Bind("id") long userId);

    @SqlQuery("select id from users where id = :id and deleted_at is null for no key update")
    Optional<Long> lockUser(@Bind("id") long userId);

    @SqlQuery("""
            select slots::text as slots, absences::text as absences, target_turns_per_week, max_turns_per_day
            from availability where user_id = :id""")
    Optional<Row> find(@Bind("id") long userId);

    @SqlUpdate("""
            insert into availability (user_id, slots, absences, target_turns_per_week, max_turns_per_day)
            values (:id, cast(:slots as jsonb), cast(:absences as jsonb), :target, :maxPerDay)
            on conflict (user_id) do update set slots = excluded.slots, absences = excluded.absences,
                target_turns_per_week = excluded.target_turns_per_week, max_turns_per_day = excluded.max_turns_per_day,
                updated_at = now()""")
    void save(@Bind("id") long userId, @Bind("slots") String slots, @Bind("absences") String absences,
              @Bind("target") int target, @Bind("maxPerDay") int maxPerDay);
}
