package switchboard.directory;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(User.class)
public interface UserDao {
    String COLUMNS = "id, name, title, email, status, status_reason, status_updated_at, max_concurrent_calls, time_zone,"
            + " working_hours::text as working_hours";

    @SqlQuery("select " + COLUMNS + " from users where deleted_at is null and id > :after order by id limit :limit")
    List<User> page(@Bind("after") long afterId, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from users where id = :id and deleted_at is null")
    Optional<User> find(@Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from users where id = :id and deleted_at is null for update")
    Optional<User> lock(@Bind("id") long id);

    @SqlQuery("select id from users where deleted_at is null and id in (<ids>)")
    List<Long> existing(@BindList("ids") List<Long> ids);

    @SqlQuery("insert into users (name, title, email, status, status_reason, max_concurrent_calls, time_zone, working_hours)"
            + " values (:name, :title, :email, :status, :statusReason, :maxConcurrentCalls, :timeZone, cast(:workingHours as jsonb))"
            + " returning " + COLUMNS)
    User insert(@BindMethods User user);

    @SqlQuery("update users set name = :name, title = :title, email = :email, max_concurrent_calls = :maxConcurrentCalls,"
            + " time_zone = :timeZone, working_hours = cast(:workingHours as jsonb) where id = :id returning " + COLUMNS)
    User update(@BindMethods User user);

    @SqlQuery("update users set status = :status, status_reason = :reason, status_updated_at = now(), consecutive_missed = 0"
            + " where id = :id returning " + COLUMNS)
    User setStatus(@Bind("id") long id, @Bind("status") String status, @Bind("reason") String reason);

    @SqlUpdate("update users set deleted_at = now() where id = :id and deleted_at is null")
    int softDelete(@Bind("id") long id);

    @SqlUpdate("update apps set deleted_at = now() where user_id = :id and deleted_at is null")
    void softDeleteApps(@Bind("id") long userId);

    @SqlUpdate("delete from tier_members where user_id = :id")
    void removeFromTiers(@Bind("id") long userId);
}
