package switchboard.followups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Callbacks and the calls behind them. */
@RegisterConstructorMapper(CallbackDao.Row.class)
@RegisterConstructorMapper(CallbackDao.CallRef.class)
public interface CallbackDao {
    String COLUMNS = "id, line_id, caller, voicemail_url, transcription, status, assignee_id, version, created_at, updated_at,"
            + " source";

    record Row(long id, long lineId, String caller, String voicemailUrl, String transcription, String status,
               Long assigneeId, int version, Instant createdAt, Instant updatedAt, String source) {}

    record CallRef(long callbackId, long callId, String callUuid) {}

    /** assigneeId is a user id, or with {@code unassigned} only callbacks nobody owns; from is the caller. */
    record Filter(String status, Long assigneeId, boolean unassigned, Long lineId, String from) {}

    /** Empty when the caller already has an open callback on the line (maybe opened this very moment). */
    @SqlQuery("""
            insert into callbacks (line_id, caller, voicemail_url, source) values (:lineId, :caller, :voicemailUrl, :source)
            on conflict (line_id, caller) where status in ('open', 'in-progress') and caller <> '' do nothing
            returning id""")
    Optional<Long> openIfNone(@Bind("lineId") long lineId, @Bind("caller") String caller,
                              @Bind("voicemailUrl") String voicemailUrl, @Bind("source") String source);

    /** The caller asked the queue for a callback: their open one is listed first from now on. */
    @SqlUpdate("update callbacks set source = 'queue' where id = :id")
    void requestedFromQueue(@Bind("id") long id);

    @SqlQuery("select id from callbacks where line_id = :lineId and caller = :caller and status in ('open', 'in-progress')")
    Optional<Long> openFor(@Bind("lineId") long lineId, @Bind("caller") String caller);

    @SqlQuery("insert into callbacks (line_id, caller, assignee_id, source) values (:lineId, :caller, :assigneeId, 'manual') returning id")
    long insert(@Bind("lineId") long lineId, @Bind("caller") String caller, @Bind("assigneeId") Long assigneeId);

    @SqlQuery("select callback_id from callback_calls where call_id = :callId")
    Optional<Long> ofCall(@Bind("callId") long callId);

    /** The primary key on call_id: a call joins at most one callback, ever. */
    @SqlUpdate("insert into callback_calls (call_id, callback_id) values (:callId, :callbackId)")
    void attach(@Bind("callbackId") long callbackId, @Bind("callId") long callId);

    @SqlQuery("select " + COLUMNS + " from callbacks where id = :id")
    Optional<Row> find(@Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from callbacks where id = :id for update")
    Optional<Row> lock(@Bind("id") long id);

    /** Every change bumps the version: it names the change's event. */
    @SqlQuery("""
            update callbacks set status = :status, assignee_id = :assigneeId,
                                 voicemail_url = coalesce(:voicemailUrl, voicemail_url),
                                 version = version + 1, updated_at = now()
            where id = :id returning\s""" + COLUMNS)
    Row update(@Bind("id") long id, @Bind("status") String status, @Bind("assigneeId") Long assigneeId,
               @Bind("voicemailUrl") String voicemailUrl);

    @SqlQuery("update callbacks set version = version + 1, updated_at = now() where id = :id returning " + COLUMNS)
    Row touch(@Bind("id") long id);

    @SqlQuery("select " + COLUMNS + """
             from callbacks
            where (cast(:status as text) is null or status = :status)
              and (cast(:assigneeId as bigint) is null or assignee_id = :assigneeId)
              and (not :unassigned or assignee_id is null)
              and (cast(:lineId as bigint) is null or line_id = :lineId)
              and (cast(:from as text) is null or caller = :from)
              and ((source <> 'queue'), id) > (coalesce((select a.source <> 'queue' from callbacks a where a.id = :after), false), :after)
            order by (source <> 'queue'), id limit :limit""")
    List<Row> page(@BindMethods Filter filter, @Bind("after") long afterId, @Bind("limit") int limit);

    /** The calls of each callback, the opening one first. */
    @SqlQuery("""
            select cc.callback_id, c.id as call_id, c.call_uuid
            from callback_calls cc join calls c on c.id = cc.call_id
            where cc.callback_id in (<ids>)
            order by cc.attached_at, cc.call_id""")
    List<CallRef> calls(@BindList("ids") List<Long> callbackIds);
}
