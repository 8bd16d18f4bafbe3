package switchboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import switchboard.calls.CallDao;
import switchboard.calls.OfferDao;
import switchboard.directory.DirectoryDao;
import switchboard.plivo.xml.CallXml;

/**
 * The database's ceiling: the statements CallFlow.answer runs for a call to a line whose first tier rings
 * everyone (the caller's contact lookup, which the server runs just before the transaction; DirectoryDao.lineBySipUri,
 * which also says the line has no menu and no rota, so neither is read; CallDao.insertIfAbsent, DirectoryDao.lockMembers
 * and routingRows, OfferDao.offer, CallDao.addStepAndEvents; with no webhook receivers the follow-ups observer reads
 * nothing after an answer), in one transaction, over plain JDBC. No HTTP, no Jdbi, no routing or XML work: PostgreSQL, its driver, the commit.
 */
final class DbCeiling implements Load.Worker {
    private static final DaoSql FIND_LINE = DaoSql.of(DirectoryDao.class, "lineBySipUri");
    private static final DaoSql INSERT_CALL = DaoSql.of(CallDao.class, "insertIfAbsent");
    static final DaoSql CONTACT = DaoSql.of(Plans.dao("switchboard.contacts.CallerDao"), "byNumber");
    private static final DaoSql LOCK_MEMBERS = DaoSql.of(DirectoryDao.class, "lockMembers");
    static final DaoSql ROUTING = DaoSql.of(DirectoryDao.class, "routingRows");
    private static final DaoSql OFFER = DaoSql.of(OfferDao.class, "offer");
    private static final DaoSql STEP_AND_EVENTS = DaoSql.of(CallDao.class, "addStepAndEvents");

    // a document of the size the server stores for a two-user tier
    private static final String XML = new CallXml("http://127.0.0.1:8080").ring(0, List.of(
            "sip:app-1@phone.plivo.com", "sip:app-2@phone.plivo.com"), 20, "sip:caller-1234abcd@phone.plivo.com",
            "Bench Caller");

    private final BenchDirectory directory;
    private final Connection c;

    DbCeiling(BenchDirectory directory) throws SQLException {
        this.directory = directory;
        this.c = directory.connect();
        c.setAutoCommit(false);
    }

    @Override
    public boolean once() throws SQLException {
        Webhooks.Call call = Webhooks.Call.to(directory.randomLine());
        try {
            all(CONTACT, "number", call.from());
            long lineId = first(FIND_LINE, "sipUri", call.to());
            long callId = first(INSERT_CALL, "uuid", call.uuid(), "lineId", lineId, "from", call.from(), "to", call.to(),
                    "callerName", "Bench Caller", "caller.number", call.from(), "caller.contactId", null, "caller.name", null,
                    "caller.company", null, "caller.url", null, "caller.source", null);
            all(LOCK_MEMBERS, "lineId", lineId);
            List<Long> firstTier = new ArrayList<>();
            OffsetDateTime dayStart = OffsetDateTime.of(LocalDate.now(ZoneOffset.UTC).atStartOfDay(), ZoneOffset.UTC);
            try (PreparedStatement s = ROUTING.prepare(c, Map.of("lineId", lineId, "dayStart", dayStart));
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) if (rs.getInt("tier_position") == 1) firstTier.add(rs.getLong("user_id"));
            }
            batch(OFFER, List.of(values("callId", callId, "step", 0, "userIds", firstTier.toArray(Long[]::new), "ttl", 50)));
            all(STEP_AND_EVENTS, "callId", callId, "step.number", 0, "step.kind", "dial", "step.tierPosition", 1, "step.xml", XML,
                    "step.userOrder", null, "step.orderIndex", null, "types", new String[] {"call-started", "tier-ringing"},
                    "dedupeKeys", new String[] {"started", "ring:0"}, "details", new String[] {
                            "{\"from\":\"" + call.from() + "\",\"to\":\"" + call.to() + "\",\"lineId\":" + lineId + "}",
                            "{\"step\":0,\"tier\":1,\"strategy\":\"ring-all\",\"timeoutSeconds\":20,\"users\":[{\"userId\":1,"
                                    + "\"name\":\"User 1\",\"apps\":[\"sip:app-1@phone.plivo.com\"]},{\"userId\":2,"
                                    + "\"name\":\"User 2\",\"apps\":[\"sip:app-2@phone.plivo.com\"]}]}"});
            c.commit();
            return firstTier.size() == 2;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private long first(DaoSql sql, Object... namesAndValues) throws SQLException {
        try (PreparedStatement s = sql.prepare(c, values(namesAndValues)); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) throw new SQLException("no row");
            return rs.getLong(1);
        }
    }

    private void all(DaoSql sql, Object... namesAndValues) throws SQLException {
        try (PreparedStatement s = sql.prepare(c, values(namesAndValues)); ResultSet rs = s.executeQuery()) {
            while (rs.next()) { } // read every row, as the server does
        }
    }

    private void batch(DaoSql sql, List<Map<String, ?>> rows) throws SQLException {
        try (PreparedStatement s = sql.prepareBatch(c, rows)) {
            s.executeBatch();
        }
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return m;
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
