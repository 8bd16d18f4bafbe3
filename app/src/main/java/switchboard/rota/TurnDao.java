package switchboard.rota;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each line's weekly turns. */
@RegisterConstructorMapper(TurnDao.Row.class)
public interface TurnDao {
    record Row(int day, int startMinute, int endMinute, int needed) {}

    @SqlQuery("select id from lines where id = :id and deleted_at is null")
    Optional<Long> line(@Bind("id") long lineId);

    /** Replacing a line's turns holds the line, so two replacements do not interleave. */
    @SqlQuery("select id from lines where id = :id and deleted_at is null for no key update")
    Optional<Long> lockLine(@Bind("id") long lineId);

    @SqlQuery("select day, start_minute, end_minute, needed from line_turns where line_id = :id order by day, start_minute, end_minute")
    List<Row> of(@Bind("id") long lineId);

    @SqlUpdate("delete from line_turns where line_id = :id")
    void clear(@Bind("id") long lineId);

    @SqlUpdate("""
            insert into line_turns (line_id, day, start_minute, end_minute, needed)
            select :id, t.day, t.start_minute, t.end_minute, t.needed
            from unnest(:days, :starts, :ends, :needed) as t(day, start_minute, end_minute, needed)""")
    void add(@Bind("id") long lineId, @Bind("days") int[] days, @Bind("starts") int[] starts, @Bind("ends") int[] ends,
             @Bind("needed") int[] needed);
}
