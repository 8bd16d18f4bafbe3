package switchboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import switchboard.plivo.CallXml;
import switchboard.routing.LineRouting;

/**
 * The database's ceiling: the statements CallService.answer runs for a call to a line with tiers
 * (CallDao, DirectoryDao), in one transaction, over plain JDBC with statements prepared once per connection.
 * No HTTP, no Jdbi, no routing or XML work: what is left is PostgreSQL, its driver and the commit.
 */
final class DbCeiling implements Load.Worker {
    static final String FIND_LINE = "select id, name, sip_uri, voicemail_prompt, ring_timeout_seconds, wrap_up_seconds,"
            + " missed_calls_before_away, time_zone, business_hours::text, closures::text, closed_message, max_ring_seconds"
            + " from lines where sip_uri = ? and deleted_at is null";
    private static final String INSERT_CALL = "insert into calls (call_uuid, line_id, from_uri, to_uri, caller_name)"
            + " values (?, ?, ?, ?, ?) on conflict (call_uuid) do nothing returning id";
    private static final String LOCK_CALL = "select id, call_uuid, line_id, from_uri, to_uri, caller_name, started_at"
            + " from calls where call_uuid = ? for update";
    static final String ROUTING = """
            select t.position as tier_position, t.ring_timeout_seconds, t.strategy, t.rotation,
                   u.id as user_id, u.name as user_name, u.status, u.max_concurrent_calls, u.time_zone,
                   u.working_hours::text as working_hours,
                   a.id as app_id, a.label as app_label, a.sip_uri as app_sip_uri
            from tiers t
            left join tier_members m on m.tier_id = t.id
            left join users u on u.id = m.user_id and u.deleted_at is null
            left join apps a on a.user_id = u.id and a.deleted_at is null
            where t.line_id = ?
            order by t.position, m.position, a.id""";
    private static final String LOCK_USERS = "select id from users where id = any(?) order by id for update";
    private static final String LOADS = """
            select u.id as user_id,
                   (select count(*) from offers o where o.user_id = u.id and o.ended_at is null
                        and o.expires_at > now() and o.answered_at is null) as ringing,
                   (select count(*) from offers o where o.user_id = u.id and o.ended_at is null
                        and o.expires_at > now() and o.answered_at is not null) as talking,
                   u.last_call_ended_at,
                   (select count(*) from offers o where o.user_id = u.id and o.answered_at >= now() - interval '1 day') as answered_today
            from users u where u.id = any(?)""";
    private static final String INSERT_OFFER = "insert into offers (call_id, step, user_id, expires_at)"
            + " values (?, 0, ?, now() + interval '50 seconds') on conflict (call_id, step, user_id) do nothing";
    private static final String INSERT_STEP = "insert into call_steps (call_id, step, kind, tier_position, xml, user_order, order_index)"
            + " values (?, 0, 'dial', ?, ?, null, null)";
    private static final String INSERT_EVENT = "insert into call_events (call_id, type, detail, dedupe_key)"
            + " values (?, ?, cast(? as jsonb), ?) on conflict (call_id, dedupe_key) do nothing";
    // the follow-ups observer reads the call back after the timeline is written
    private static final String CALL_ENTRY = """
            select c.id, c.call_uuid, c.line_id, l.name as line_name, c.from_uri, c.to_uri, c.status, c.answered_user_id,
                   u.name, c.answered_app_id, a.label, a.sip_uri, c.voicemail_url, c.voicemail_duration_seconds,
                   c.started_at, c.answered_at, c.ended_at, c.duration_seconds, c.hangup_cause
            from calls c left join lines l on l.id = c.line_id left join users u on u.id = c.answered_user_id
            left join apps a on a.id = c.answered_app_id where c.id = ?""";

    // a document of the size the server stores for a two-user tier
    private static final String XML = new CallXml("http://127.0.0.1:8080").ring(0, List.of(
            new LineRouting.App(1, "mobile", "sip:app-1@phone.plivo.com"), new LineRouting.App(2, "mobile", "sip:app-2@phone.plivo.com")),
            20, "sip:caller-1234abcd@phone.plivo.com", "Bench Caller");

    private final BenchDirectory directory;
    private final Connection c;
    private final PreparedStatement findLine, insertCall, lockCall, routing, lockUsers, loads, insertOffer, insertStep,
            insertEvent, callEntry;

    DbCeiling(BenchDirectory directory) throws SQLException {
        this.directory = directory;
        this.c = directory.connect();
        c.setAutoCommit(false);
        findLine = c.prepareStatement(FIND_LINE);
        insertCall = c.prepareStatement(INSERT_CALL);
        lockCall = c.prepareStatement(LOCK_CALL);
        routing = c.prepareStatement(ROUTING);
        lockUsers = c.prepareStatement(LOCK_USERS);
        loads = c.prepareStatement(LOADS);
        insertOffer = c.prepareStatement(INSERT_OFFER);
        callEntry = c.prepareStatement(CALL_ENTRY);
        insertStep = c.prepareStatement(INSERT_STEP);
        insertEvent = c.prepareStatement(INSERT_EVENT);
    }

    @Override
    public boolean once() throws SQLException {
        Webhooks.Call call = Webhooks.Call.to(directory.randomLine());
        try {
            findLine.setString(1, call.to());
            long lineId = single(findLine);
            insertCall.setString(1, call.uuid());
            insertCall.setLong(2, lineId);
            insertCall.setString(3, call.from());
            insertCall.setString(4, call.to());
            insertCall.setString(5, "Bench Caller");
            long callId = single(insertCall);
            lockCall.setString(1, call.uuid());
            single(lockCall);
            routing.setLong(1, lineId);
            int rows = 0;
            java.util.Set<Long> users = new java.util.TreeSet<>();
            try (ResultSet rs = routing.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    if (rs.getObject("user_id") != null) users.add(rs.getLong("user_id"));
                }
            }
            java.sql.Array ids = c.createArrayOf("bigint", users.toArray());
            lockUsers.setArray(1, ids);
            drain(lockUsers);
            loads.setArray(1, ids);
            drain(loads);
            for (long user : users) {
                insertOffer.setLong(1, callId);
                insertOffer.setLong(2, user);
                insertOffer.addBatch();
            }
            insertOffer.executeBatch();
            insertStep.setLong(1, callId);
            insertStep.setInt(2, 1);
            insertStep.setString(3, XML);
            insertStep.executeUpdate();
            event(callId, "call-started", "started", "{\"from\":\"" + call.from() + "\",\"to\":\"" + call.to()
                    + "\",\"lineId\":" + lineId + ",\"line\":\"Line " + lineId + "\"}");
            event(callId, "tier-ringing", "ring:0", "{\"step\":0,\"tier\":1,\"timeoutSeconds\":20,\"users\":["
                    + "{\"userId\":1,\"name\":\"User 1\",\"apps\":[\"sip:app-1@phone.plivo.com\"]},"
                    + "{\"userId\":2,\"name\":\"User 2\",\"apps\":[\"sip:app-2@phone.plivo.com\"]}]}");
            insertEvent.executeBatch();
            callEntry.setLong(1, callId);
            drain(callEntry);
            c.commit();
            return rows == 3;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private void event(long callId, String type, String dedupeKey, String json) throws SQLException {
        insertEvent.setLong(1, callId);
        insertEvent.setString(2, type);
        insertEvent.setString(3, json);
        insertEvent.setString(4, dedupeKey);
        insertEvent.addBatch();
    }

    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) { } // read every row, as the server does
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) throw new SQLException("no row");
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
