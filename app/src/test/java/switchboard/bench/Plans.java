package switchboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Asks PostgreSQL how it runs the call flow's directory lookups: with a large directory none may read a whole table. */
final class Plans {
    private static final String APP_BY_SIP_URI = """
            select a.id as app_id, a.label, u.id as user_id, u.name as user_name
            from apps a join users u on u.id = a.user_id
            where a.sip_uri = ? and a.deleted_at is null""";
    private static final String LINE_BY_ID = "select id, name, sip_uri, voicemail_prompt, ring_timeout_seconds"
            + " from lines where id = ? and deleted_at is null";
    private static final String DIRECTORY_SCAN = "(?s).*Seq Scan on (lines|tiers|tier_members|users|apps) .*";

    private Plans() {}

    /** The lookups (as DirectoryDao writes them) whose plan reads a whole directory table; empty is good. */
    static List<String> sequentialScans(BenchDirectory db) throws SQLException {
        Map<String, Object[]> lookups = Map.of(
                "line by SIP URI", new Object[] {DbCeiling.FIND_LINE, BenchDirectory.line(db.size() / 2)},
                "line by id", new Object[] {LINE_BY_ID, (long) db.size() / 2},
                "routing of a line", new Object[] {DbCeiling.ROUTING, (long) db.size() / 2},
                "app by SIP URI", new Object[] {APP_BY_SIP_URI, "sip:app-" + db.size() / 2 + "@phone.plivo.com"});
        List<String> scanning = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (var lookup : lookups.entrySet()) {
                Object[] sqlAndArgs = lookup.getValue();
                try (PreparedStatement s = c.prepareStatement("explain " + sqlAndArgs[0])) {
                    for (int i = 1; i < sqlAndArgs.length; i++) s.setObject(i, sqlAndArgs[i]);
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) plan.append(rs.getString(1)).append('\n');
                    }
                    if (plan.toString().matches(DIRECTORY_SCAN)) scanning.add(lookup.getKey());
                }
            }
        }
        return scanning;
    }
}
