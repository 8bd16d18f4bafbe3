package switchboard.accounts;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Failed sign-ins in a sliding window, per account and per address. */
public interface FailureDao {

    @SqlUpdate("insert into sign_in_failures (account, address) values (:account, :address)")
    void add(@Bind("account") String account, @Bind("address") String address);

    @SqlQuery("select count(*) from sign_in_failures where account = :account and at > now() - make_interval(secs => :window)")
    int ofAccount(@Bind("account") String account, @Bind("window") long windowSeconds);

    @SqlQuery("select count(*) from sign_in_failures where address = :address and at > now() - make_interval(secs => :window)")
    int ofAddress(@Bind("address") String address, @Bind("window") long windowSeconds);

    /** A success clears the account's failures; rows older than a day are of no use to any limit. */
    @SqlUpdate("delete from sign_in_failures where account = :account or at < now() - interval '1 day'")
    void clear(@Bind("account") String account);
}
