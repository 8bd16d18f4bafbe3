package switchboard.accounts;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The sign-in side of users: email, role, password hash. */
@RegisterConstructorMapper(AccountDao.Account.class)
public interface AccountDao {

    record Account(long id, String name, String email, String role, String passwordHash) {}

    String SELECT = "select id, name, email, role, password_hash from users ";

    @SqlQuery(SELECT + "where lower(email) = lower(:email) and deleted_at is null")
    Optional<Account> byEmail(@Bind("email") String email);

    @SqlQuery(SELECT + "where id = :id and deleted_at is null for update")
    Optional<Account> lock(@Bind("id") long id);

    @SqlUpdate("update users set password_hash = :hash where id = :id and deleted_at is null")
    int setPassword(@Bind("id") long id, @Bind("hash") String hash);

    @SqlUpdate("update users set password_hash = :hash where id = :id and password_hash is null and deleted_at is null")
    int setFirstPassword(@Bind("id") long id, @Bind("hash") String hash);

    @SqlUpdate("update users set role = :role where id = :id and deleted_at is null")
    int setRole(@Bind("id") long id, @Bind("role") String role);

    @SqlQuery(SELECT + "where role = 'admin' and password_hash is null and deleted_at is null order by id")
    java.util.List<Account> adminsWithoutPassword();
}
