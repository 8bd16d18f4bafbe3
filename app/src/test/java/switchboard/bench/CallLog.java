package switchboard.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import switchboard.apikeys.ApiKeys;
import switchboard.db.Database;

/** Reads the call log straight from the database: did every call the flows started end complete? How big is it? */
final class CallLog {
    // A call nobody answered, complete: voicemail left, hung up, three XML steps (Dial, Dial, Record) and
    // the timeline's entries for each webhook (started, two tiers ringing and their Dials ending, no queue to wait
    // in, voicemail offered and recorded, hangup).
    private static final String COMPLETE = """
            select count(*) from calls c
            where c.call_uuid = any(?) and c.status = 'voicemail' and c.ended_at is not null
              and c.voicemail_url is not null and c.duration_seconds = 75
              and (select count(*) from call_steps s where s.call_id = c.id) = 3
              and (select array_agg(e.type order by e.type) from call_events e where e.call_id = c.id
                   and e.type <> 'user-skipped' and e.type <> 'tier-skipped')
                  = array['call-started', 'dial-ended', 'dial-ended', 'hangup', 'queue-skipped', 'tier-ringing',
                          'tier-ringing', 'voicemail-offered', 'voicemail-recorded']""";

    private CallLog() {}

    static long completeCalls(BenchDirectory db, Collection<String> callUuids) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(COMPLETE)) {
            Array uuids = c.createArrayOf("text", callUuids.toArray());
            s.setArray(1, uuids);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Calls in the log. */
    static long size(BenchDirectory db) throws SQLException {
        return one(db, "select count(*) from calls");
    }

    /** The line with the most calls (the reports' busy line, once it is written). */
    static long busiestLine(BenchDirectory db) throws SQLException {
        return one(db, "select line_id from calls where line_id is not null group by line_id order by count(*) desc limit 1");
    }

    /** An admin API key, for the reads of the API. */
    static String apiKey(String jdbcUrl) {
        try (Database db = Database.connect(jdbcUrl)) {
            return new ApiKeys(db.jdbi()).create("bench-reads", "admin", null).key();
        }
    }

    private static long one(BenchDirectory db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
