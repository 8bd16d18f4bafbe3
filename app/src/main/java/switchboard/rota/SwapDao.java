package switchboard.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Turns offered from one user to a colleague. */
@RegisterConstructorMapper(SwapDao.Row.class)
public interface SwapDao {
    String COLUMNS = """
            id, week, line_id, day, start_minute, end_minute, from_user_id, to_user_id, return_line_id, return_day,
            return_start_minute, return_end_minute, note, status, created_at, decided_at, decided_by""";

    record Row(long id, String week, long lineId, LocalDate day, int startMinute, int endMinute, long fromUserId,
               long toUserId, Long returnLineId, LocalDate returnDay, Integer returnStartMinute, Integer returnEndMinute,
               String note, String status, Instant createdAt, Instant decidedAt, String decidedBy) {}

    @SqlQuery("insert into rota_swaps (week, line_id, day, start_minute, end_minute, from_user_id, to_user_id, return_line_id,"
            + " return_day, return_start_minute, return_end_minute, note) values (:week, :lineId, cast(:day as date), :start, :end,"
            + " :from, :to, :returnLineId, cast(:returnDay as date), :returnStart, :returnEnd, :note) returning " + COLUMNS)
    Row insert(@Bind("week") String week, @Bind("lineId") long lineId, @Bind("day") String day, @Bind("start") int start,
               @Bind("end") int end, @Bind("from") long fromUserId, @Bind("to") long toUserId,
               @Bind("returnLineId") Long returnLineId, @Bind("returnDay") String returnDay,
               @Bind("returnStart") Integer returnStart, @Bind("returnEnd") Integer returnEnd, @Bind("note") String note);

    @SqlQuery("select " + COLUMNS + " from rota_swaps where week = :week and id > :after order by id limit :limit")
    List<Row> page(@Bind("week") String week, @Bind("after") long afterId, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from rota_swaps where id = :id and week = :week for update")
    Optional<Row> lock(@Bind("id") long id, @Bind("week") String week);

    @SqlQuery("update rota_swaps set status = :status, decided_at = now(), decided_by = :by where id = :id returning " + COLUMNS)
    Row decide(@Bind("id") long id, @Bind("status") String status, @Bind("by") String by);
}
