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
import switchboard.db.Columns;

/** The call history, as the API shows it. Newest first, keyset-paginated on id. */
@RegisterRowMapper(CallLogDao.CallEntryMapper.class)
@RegisterConstructorMapper(CallLogDao.EventEntry.class)
public interface CallLogDao {

    record CallEntry(long id, String callUuid, Long lineId, String lineName, String fromUri, String toUri,
                     String status, Long answeredUserId, String answeredUserName, Long answeredAppId,
                     String answeredAppLabel, String answeredAppSipUri, String voicemailUrl,
                     Integer voicemailDurationSeconds, String voicemailTranscription, Instant startedAt, Instant answeredAt, Instant endedAt,
                     Integer durationSeconds, String hangupCause, boolean simulated, Integer queueWaitSeconds,
                     Long routedLineId, String routedLineName, String lastStepKind, Long contactId, String identityName,
                     String identityCompany, String identityUrl, String identitySource) {
        /** The line whose people follow the call up: the one a menu sent it into, else the dialled one. */
        public Long followUpLineId() {
            return routedLineId != null ? routedLineId : lineId;
        }
    }

    record EventEntry(Instant at, String type, String detail) {}

    /** By hand: the follow-ups observer reads the call back after most webhooks. */
    final class CallEntryMapper implements RowMapper<CallEntry> {
        @Override
        public CallEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CallEntry(rs.getLong("id"), rs.getString("call_uuid"), Columns.nullableLong(rs, "line_id"),
                    rs.getString("line_name"), rs.getString("from_uri"), rs.getString("to_uri"), rs.getString("status"),
                    Columns.nullableLong(rs, "answered_user_id"), rs.getString("answered_user_name"),
                    Columns.nullableLong(rs, "answered_app_id"), rs.getString("answered_app_label"),
                    rs.getString("answered_app_sip_uri"), rs.getString("voicemail_url"),
                    Columns.nullableInt(rs, "voicemail_duration_seconds"), rs.getString("voicemail_transcription"),
                    Columns.instant(rs, "started_at"), Columns.instant(rs, "answered_at"), Columns.instant(rs, "ended_at"),
                    Columns.nullableInt(rs, "duration_seconds"), rs.getString("hangup_cause"), rs.getBoolean("simulated"),
                    Columns.nullableInt(rs, "queue_wait_seconds"),
                    Columns.nullableLong(rs, "routed_line_id"), rs.getString("routed_line_name"), rs.getString("last_step_kind"),
                    Columns.nullableLong(rs, "contact_id"), rs.getString("identity_name"), rs.getString("identity_company"),
                    rs.getString("identity_url"), rs.getString("identity_source"));
        }
    }

    /** simulated: only the simulator's calls (true), only real ones (false), or both (null). */
    record Filter(Long lineId, String status, String callUuid, Long userId, String from, Instant since, Instant until,
                  Boolean simulated) {}

    String SELECT = """
            select c.id, c.call_uuid, c.line_id, l.name as line_name, c.from_uri, c.to_uri, c.status,
                   c.answered_user_id, u.name as answered_user_name, c.answered_app_id,
                   a.label as answered_app_label, a.sip_uri as answered_app_sip_uri,
                   c.voicemail_url, c.voicemail_duration_seconds, c.voicemail_transcription, c.started_at, c.answered_at, c.ended_at,
                   c.duration_seconds, c.hangup_cause, c.simulated,
                   greatest(0, floor(extract(epoch from coalesce(c.queue_left_at, c.ended_at, now()) - c.queue_joined_at)))::int
                       as queue_wait_seconds,
                   c.routed_line_id, rl.name as routed_line_name,
                   case when c.status = 'missed' then (select s.kind from call_steps s where s.call_id = c.id
                                                       order by s.step desc limit 1) end as last_step_kind,
                   c.contact_id, c.identity_name, c.identity_company, c.identity_url, c.identity_source
            from calls c
            left join lines l on l.id = c.line_id
            left join lines rl on rl.id = c.routed_line_id
            left join users u on u.id = c.answered_user_id
            left join apps a on a.id = c.answered_app_id
            """;

    @SqlQuery(SELECT + """
            where (cast(:lineId as bigint) is null or c.line_id = :lineId)
              and (cast(:status as text) is null or c.status = :status)
              and (cast(:callUuid as text) is null or c.call_uuid = :callUuid)
              and (cast(:userId as bigint) is null or c.answered_user_id = :userId)
              and (cast(:from as text) is null or c.from_uri = :from)
              and (cast(:simulated as boolean) is null or c.simulated = :simulated)
              and (cast(:since as timestamptz) is null or c.started_at >= :since)
              and (cast(:until as timestamptz) is null or c.started_at < :until)
              and (cast(:before as bigint) is null or c.id < :before)
            order by c.id desc
            limit :limit""")
    List<CallEntry> page(@BindMethods Filter filter, @Bind("before") Long beforeId, @Bind("limit") int limit);

    @SqlQuery(SELECT + "where c.id = :id")
    Optional<CallEntry> byId(@Bind("id") long id);

    @SqlQuery("select at, type, detail::text as detail from call_events where call_id = :id order by id")
    List<EventEntry> events(@Bind("id") long callId);
}
