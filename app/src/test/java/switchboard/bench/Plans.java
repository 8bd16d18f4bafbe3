package switchboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import switchboard.directory.DirectoryDao;

/** Asks PostgreSQL how it runs the call flow's directory lookups: with a large directory none may read a whole table. */
final class Plans {
    private static final String DIRECTORY_SCAN = "(?s).*Seq Scan on (lines|tiers|tier_members|users|apps) .*";

    private Plans() {}

    /** The DirectoryDao lookups whose plan reads a whole directory table; empty is good. */
    static List<String> sequentialScans(BenchDirectory db) throws SQLException {
        int middle = db.size() / 2;
        Map<String, Map<String, ?>> lookups = Map.of(
                "lineBySipUri", Map.of("sipUri", BenchDirectory.line(middle)),
                "lineById", Map.of("id", (long) middle),
                "routingRows", Map.of("lineId", (long) middle, "dayStart", OffsetDateTime.now(ZoneOffset.UTC).minusHours(8)),
                "appBySipUri", Map.of("sipUri", "sip:app-" + middle + "@phone.plivo.com"),
                "lockMembers", Map.of("lineId", (long) middle));
        List<String> scanning = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (var lookup : lookups.entrySet()) {
                DaoSql explain = DaoSql.of(DirectoryDao.class, lookup.getKey()).explained();
                StringBuilder plan = new StringBuilder();
                try (PreparedStatement s = explain.prepare(c, lookup.getValue()); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) plan.append(rs.getString(1)).append('\n');
                }
                if (plan.toString().matches(DIRECTORY_SCAN)) scanning.add(lookup.getKey());
            }
        }
        return scanning;
    }
}
