package switchboard.followups;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What follow-ups read from the directory: who gets mailed (live users with an email), what exists. */
@RegisterConstructorMapper(FollowUpDirectoryDao.Recipient.class)
public interface FollowUpDirectoryDao {

    record Recipient(long userId, String name, String email) {}

    /** The users of the line's first tier, in tier order. */
    @SqlQuery("""
            select u.id as user_id, u.name, u.email
            from tiers t join tier_members m on m.tier_id = t.id join users u on u.id = m.user_id
            where t.line_id = :lineId and u.deleted_at is null and u.email is not null
              and t.position = (select min(position) from tiers where line_id = :lineId)
            order by m.position""")
    List<Recipient> firstTier(@Bind("lineId") long lineId);

    @SqlQuery("select id as user_id, name, email from users where id = :id and deleted_at is null and email is not null")
    Optional<Recipient> user(@Bind("id") long userId);

    /**
     * The lock a reference to the user takes anyway (key share), taken first: the call flow locks users
     * before callbacks, so the API must too, or the two can deadlock. Empty when there is no such user.
     */
    @SqlQuery("select id from users where id = :id and deleted_at is null for key share")
    Optional<Long> holdUser(@Bind("id") long userId);

    @SqlQuery("select name from lines where id = :id")
    Optional<String> lineName(@Bind("id") long lineId);

    @SqlQuery("select exists (select 1 from lines where id = :id and deleted_at is null)")
    boolean lineExists(@Bind("id") long lineId);
}
