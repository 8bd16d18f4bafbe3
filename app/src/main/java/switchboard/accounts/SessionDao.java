package switchboard.accounts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sessions by the SHA-256 of their token; a session of a deleted user, or idle too long, is no session. */
@RegisterConstructorMapper(SessionDao.Row.class)
public interface SessionDao {

    record Row(long id, long userId, String name, String email, String role) {}

    @SqlQuery("insert into sessions (token_hash, user_id) values (:hash, :userId) returning id")
    long insert(@Bind("hash") String tokenHash, @Bind("userId") long userId);

    @SqlQuery("""
            select s.id, s.user_id, u.name, u.email, u.role from sessions s join users u on u.id = s.user_id
            where s.token_hash = :hash and u.deleted_at is null
              and s.last_seen_at > now() - make_interval(secs => :idleSeconds)""")
    Optional<Row> find(@Bind("hash") String tokenHash, @Bind("idleSeconds") long idleSeconds);

    /** At most once a minute per session: a page view is not a write. */
    @SqlUpdate("update sessions set last_seen_at = now() where id = :id and last_seen_at < now() - interval '1 minute'")
    int touch(@Bind("id") long id);

    @SqlUpdate("delete from sessions where id = :id")
    int delete(@Bind("id") long id);

    @SqlUpdate("delete from sessions where user_id = :userId")
    int deleteOfUser(@Bind("userId") long userId);

    @SqlUpdate("delete from sessions where last_seen_at < now() - make_interval(secs => :idleSeconds)")
    int deleteIdle(@Bind("idleSeconds") long idleSeconds);

    /** Which of these sessions still count (the board drops the streams of the others). */
    @SqlQuery("""
            select s.id from sessions s join users u on u.id = s.user_id
            where s.id in (<ids>) and u.deleted_at is null and s.last_seen_at > now() - make_interval(secs => :idleSeconds)""")
    List<Long> alive(@BindList("ids") List<Long> ids, @Bind("idleSeconds") long idleSeconds);
}
