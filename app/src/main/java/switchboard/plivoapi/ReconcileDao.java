package switchboard.plivoapi;

import java.time.Instant;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The few facts reconciliation needs beyond CallDao's: what a call lacks, and times taken from Plivo's records. */
@RegisterConstructorMapper(ReconcileDao.CallState.class)
public interface ReconcileDao {

    record CallState(Instant answeredAt, Instant endedAt, String voicemailUrl) {}

    @SqlQuery("select answered_at, ended_at, voicemail_url from calls where id = :id")
    CallState state(@Bind("id") long callId);

    /** A call we just created from Plivo's record started when Plivo says, not now. */
    @SqlUpdate("update calls set started_at = coalesce(cast(:at as timestamptz), started_at) where id = :id")
    void startedAt(@Bind("id") long callId, @Bind("at") Instant at);

    /** Who answered, at the time Plivo's record says; facts already known are kept. */
    @SqlUpdate("""
            update calls set (answered_at, answered_user_id, answered_app_id) = (coalesce(answered_at, cast(:at as timestamptz),
                now()), coalesce(answered_user_id, :userId), coalesce(answered_app_id, :appId)) where id = :id""")
    void answeredAt(@Bind("id") long callId, @Bind("at") Instant at, @Bind("userId") Long userId,
                    @Bind("appId") Long appId);
}
