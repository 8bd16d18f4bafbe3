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
    private static final String DIRECTORY_SCAN = "(?s).*Seq Scan on (lines|tiers|tier_members|users|apps|contacts|contact_numbers|menus) .*";

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
            scan(c, DbCeiling.CONTACT.explained(), Map.of("number", BenchDirectory.contact(middle)), "CallerDao.byNumber", scanning);
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

    private static void scan(Connection c, DaoSql explain, Map<String, ?> values, String name, List<String> scanning) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = explain.prepare(c, values); ResultSet rs = s.executeQuery()) {
            while (rs.next()) plan.append(rs.getString(1)).append('\n');
        }
        if (plan.toString().matches(DIRECTORY_SCAN)) scanning.add(name);
    }

    /** A DAO the bench may not name (package-private in its feature): its SQL is read all the same. */
    static Class<?> dao(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
