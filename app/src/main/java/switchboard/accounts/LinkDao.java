package switchboard.accounts;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** One-time sign-in links by the SHA-256 of their token. */
@RegisterConstructorMapper(LinkDao.Link.class)
public interface LinkDao {

    record Link(long userId, String purpose, String name, String email, Instant expiresAt) {}

    @SqlQuery("""
            insert into sign_in_links (user_id, token_hash, purpose, created_by, expires_at)
            values (:userId, :hash, :purpose, :createdBy, now() + make_interval(secs => :ttlSeconds)) returning expires_at""")
    Instant insert(@Bind("userId") long userId, @Bind("hash") String tokenHash, @Bind("purpose") String purpose,
                   @Bind("createdBy") String createdBy, @Bind("ttlSeconds") long ttlSeconds);

    /** A new link replaces the user's earlier unused ones. */
    @SqlUpdate("update sign_in_links set expires_at = least(expires_at, now()) where user_id = :userId and used_at is null")
    int expireUnused(@Bind("userId") long userId);

    String VALID = """
             from sign_in_links k join users u on u.id = k.user_id
            where k.token_hash = :hash and k.used_at is null and k.expires_at > now() and u.deleted_at is null""";

    @SqlQuery("select k.user_id, k.purpose, u.name, u.email, k.expires_at" + VALID)
    Optional<Link> find(@Bind("hash") String tokenHash);

    /** Uses the link once: of two requests racing with the same link, one gets it. */
    @SqlQuery("""
            update sign_in_links k set used_at = now() from users u
            where u.id = k.user_id and k.token_hash = :hash and k.used_at is null and k.expires_at > now()
              and u.deleted_at is null
            returning k.user_id, k.purpose, u.name, u.email, k.expires_at""")
    Optional<Link> use(@Bind("hash") String tokenHash);
}
