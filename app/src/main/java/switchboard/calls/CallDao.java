package switchboard.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import switchboard.db.Columns;

/** The call flow's writes. Every statement is safe to repeat: webhooks arrive twice, late, out of order. */
@RegisterRowMapper(CallDao.CallRowMapper.class)
@RegisterRowMapper(CallDao.StepMapper.class)
@RegisterConstructorMapper(CallDao.CallState.class)
public interface CallDao {

    /**
     * The call as the flow reads it (endedAt: the hangup came). routedLineId: the line a menu sent the call into (null: the dialled line), whose
     * tiers ring since routedAt. identityName and identityCompany: the caller as contacts or the lookup knew them.
     */
    record CallRow(long id, String callUuid, Long lineId, String fromUri, String toUri, String callerName, Instant startedAt,
                   Instant endedAt, Long routedLineId, Instant routedAt, String identityName, String identityCompany) {
        /** The line whose routing the call follows now. */
        public Long routingLineId() {
            return routedLineId != null ? routedLineId : lineId;
        }

        /** When the ringing of that line began (the menu's time does not count against its maxRingSeconds). */
        public Instant ringingSince() {
            return routedAt != null ? routedAt : startedAt;
        }
    }

    String COLUMNS = "id, call_uuid, line_id, from_uri, to_uri, caller_name, started_at, ended_at, routed_line_id, routed_at,"
            + " identity_name, identity_company";

    /** The facts reconciliation compares with Plivo's records. */
    record CallState(Instant answeredAt, Instant endedAt, String voicemailUrl) {}

    // Hand-written: every webhook reads these, and reflective mapping re-matches columns on each query.
    final class CallRowMapper implements RowMapper<CallRow> {
        @Override
        public CallRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CallRow(rs.getLong("id"), rs.getString("call_uuid"), Columns.nullableLong(rs, "line_id"),
                    rs.getString("from_uri"), rs.getString("to_uri"), rs.getString("caller_name"), Columns.instant(rs, "started_at"),
                    Columns.instant(rs, "ended_at"), Columns.nullableLong(rs, "routed_line_id"), Columns.instant(rs, "routed_at"),
                    rs.getString("identity_name"), rs.getString("identity_company"));
        }
    }

    final class StepMapper implements RowMapper<Step> {
        @Override
        public Step map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Step(rs.getInt("step"), rs.getString("kind"), Columns.nullableInt(rs, "tier_position"),
                    rs.getString("xml"), rs.getString("user_order"), Columns.nullableInt(rs, "order_index"));
        }
    }

    /** The new call, already locked by its insert; empty when it exists (a retried or concurrent duplicate answer). */
    @SqlQuery("""
            insert into calls (call_uuid, line_id, from_uri, to_uri, caller_name, caller_number, contact_id, identity_name,
                               identity_company, identity_url, identity_source)
            values (:uuid, :lineId, :from, :to, :callerName, :caller.number, :caller.contactId, :caller.name,
                    :caller.company, :caller.url, :caller.source)
            on conflict (call_uuid) do nothing
            returning\s""" + COLUMNS)
    Optional<CallRow> insertIfAbsent(@Bind("uuid") String uuid, @Bind("lineId") Long lineId, @Bind("from") String from,
                                  @Bind("to") String to, @Bind("callerName") String callerName,
                                  @BindMethods("caller") Callers.Caller caller);

    /**
     * For webhooks that can arrive for a call we never saw (answered by the fallback, or a lost answer), and for
     * calls reconciliation learns of: startedAt is Plivo's time when known, else now.
     */
    @SqlUpdate("""
            insert into calls (call_uuid, line_id, from_uri, to_uri, started_at)
            select :uuid, (select id from lines where sip_uri = :toSipUri and deleted_at is null), :from, :to,
                   coalesce(cast(:startedAt as timestamptz), now())
            on conflict (call_uuid) do nothing""")
    void insertFindingLine(@Bind("uuid") String uuid, @Bind("from") String from, @Bind("to") String to,
                           @Bind("toSipUri") String normalizedTo, @Bind("startedAt") Instant startedAt);

    /** Serialises all webhooks of one call, across threads and app instances. */
    @SqlQuery("select " + COLUMNS + " from calls where call_uuid = :uuid for update")
    Optional<CallRow> lock(@Bind("uuid") String uuid);

    /** A menu sent the (locked) call into this line: its routing, from now on. */
    @SqlQuery("update calls set routed_line_id = :lineId, routed_at = now() where id = :id returning " + COLUMNS)
    CallRow route(@Bind("id") long callId, @Bind("lineId") long lineId);

    @SqlQuery("select step, kind, tier_position, xml, user_order, order_index from call_steps where call_id = :callId and step = :step")
    Optional<Step> step(@Bind("callId") long callId, @Bind("step") int step);

    /** Steps from..to (a Dial action reads the step that rang and the one it may already have answered with). */
    @SqlQuery("select step, kind, tier_position, xml, user_order, order_index from call_steps where call_id = :callId and step between :from and :to")
    List<Step> steps(@Bind("callId") long callId, @Bind("from") int from, @Bind("to") int to);

    @SqlUpdate("""
            insert into call_steps (call_id, step, kind, tier_position, xml, user_order, order_index)
            values (:callId, :number, :kind, :tierPosition, :xml, :userOrder, :orderIndex)""")
    void addStep(@Bind("callId") long callId, @BindMethods Step step);

    /** A webhook's entries, in order, skipping those already written; returns the dedupe keys that were new. */
    String ADD_EVENTS = """

            insert into call_events (call_id, type, detail, dedupe_key)
            select :callId, e.type, cast(e.detail as jsonb), e.dedupe_key
            from unnest(:types, :details, :dedupeKeys) with ordinality as e(type, detail, dedupe_key, n)
            order by e.n
            on conflict (call_id, dedupe_key) do nothing
            returning dedupe_key""";

    /** A webhook's entries in one statement, in order; returns the dedupe keys that were new (a repeat's are not). */
    @SqlQuery(ADD_EVENTS)
    List<String> addEvents(@Bind("callId") long callId, @Bind("types") String[] types, @Bind("details") String[] details,
                           @Bind("dedupeKeys") String[] dedupeKeys);

    /** A step and the webhook's entries in one statement (one round trip, where most webhooks end); as addEvents. */
    @SqlQuery("""
            with step as (
                insert into call_steps (call_id, step, kind, tier_position, xml, user_order, order_index)
                values (:callId, :step.number, :step.kind, :step.tierPosition, :step.xml, :step.userOrder, :step.orderIndex))"""
            + ADD_EVENTS)
    List<String> addStepAndEvents(@Bind("callId") long callId, @BindMethods("step") Step step, @Bind("types") String[] types,
                                  @Bind("details") String[] details, @Bind("dedupeKeys") String[] dedupeKeys);

    @SqlUpdate("update calls set voicemail_offered_at = coalesce(voicemail_offered_at, now()) where id = :id")
    void markVoicemailOffered(@Bind("id") long callId);

    /** Who answered, when: {@code at} is Plivo's time when known (reconciliation), else now; facts already known are kept. */
    @SqlUpdate("""
            update calls set answered_at = coalesce(answered_at, cast(:at as timestamptz), now()),
                             answered_user_id = coalesce(answered_user_id, :userId),
                             answered_app_id = coalesce(answered_app_id, :appId)
            where id = :id""")
    void markAnswered(@Bind("id") long callId, @Bind("at") Instant at, @Bind("userId") Long userId, @Bind("appId") Long appId);

    /** Keeps the longest recording seen: the action and the callback may report different lengths. */
    @SqlUpdate("""
            update calls set voicemail_url = :url, voicemail_recording_id = :recordingId,
                             voicemail_duration_seconds = :seconds
            where id = :id and (voicemail_duration_seconds is null or voicemail_duration_seconds < :seconds)""")
    void recordVoicemail(@Bind("id") long callId, @Bind("url") String url, @Bind("recordingId") String recordingId,
                         @Bind("seconds") int seconds);

    @SqlUpdate("""
            update calls set ended_at = coalesce(ended_at, cast(:endedAt as timestamptz), now()),
                             duration_seconds = coalesce(duration_seconds, :duration),
                             hangup_cause = coalesce(hangup_cause, :cause)
            where id = :id""")
    void markEnded(@Bind("id") long callId, @Bind("endedAt") Instant endedAt, @Bind("duration") Integer duration,
                   @Bind("cause") String cause);

    @SqlQuery("select answered_at, ended_at, voicemail_url from calls where id = :id")
    CallState state(@Bind("id") long callId);
}
