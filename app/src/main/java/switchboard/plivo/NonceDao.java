package switchboard.plivo;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The nonces of recent signed webhooks, shared by every instance. */
interface NonceDao {
    /**
     * The hash this nonce was first seen with: this one if it is new; empty when a concurrent first use is not yet
     * visible. One statement, committed on its own (outside any transaction): losing the last nonces in a crash costs
     * nothing worth a disk flush on every webhook, so its commit does not wait for one (set_config, local to it).
     */
    @SqlQuery("""
            with relaxed as (select set_config('synchronous_commit', 'off', true)),
            inserted as (
                insert into webhook_nonces (nonce, request_hash) values (:nonce, :hash)
                on conflict (nonce) do nothing
                returning request_hash)
            select request_hash from inserted, relaxed
            union all
            select request_hash from webhook_nonces where nonce = :nonce
            limit 1""")
    Optional<byte[]> remember(@Bind("nonce") String nonce, @Bind("hash") byte[] requestHash);

    @SqlQuery("select request_hash from webhook_nonces where nonce = :nonce")
    Optional<byte[]> hashOf(@Bind("nonce") String nonce);

    @SqlUpdate("delete from webhook_nonces where seen_at < now() - make_interval(secs => :seconds)")
    int forgetOlderThan(@Bind("seconds") long seconds);
}
