package switchboard.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import switchboard.access.Principal;

@RegisterConstructorMapper(ApiKeyDao.KeyInfo.class)
@RegisterConstructorMapper(Principal.class)
public interface ApiKeyDao {

    /** What `apikey list` shows: never the key. */
    record KeyInfo(long id, String name, String role, Long userId, Instant createdAt, Instant revokedAt) {}

    @SqlQuery("insert into api_keys (name, role, user_id, key_hash) values (:name, :role, :userId, :hash)"
            + " returning id, name, role, user_id, created_at, revoked_at")
    KeyInfo insert(@Bind("name") String name, @Bind("role") String role, @Bind("userId") Long userId,
                   @Bind("hash") String keyHash);

    @SqlQuery("select id, name, role, user_id, created_at, revoked_at from api_keys order by id")
    List<KeyInfo> all();

    @SqlUpdate("update api_keys set revoked_at = now() where name = :name and revoked_at is null")
    int revoke(@Bind("name") String name);

    /** A user key is bound to a live user. */
    @SqlQuery("select exists (select 1 from users where id = :id and deleted_at is null)")
    boolean userExists(@Bind("id") long userId);

    @SqlQuery("""
            select k.name, k.role, k.user_id from api_keys k
            left join users u on u.id = k.user_id
            where k.key_hash = :hash and k.revoked_at is null and (k.user_id is null or u.deleted_at is null)""")
    Optional<Principal> findLive(@Bind("hash") String keyHash);
}
