package switchboard.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A generated directory of n users, n apps and n lines. Line i has two tiers: users i and i+1 ring first,
 * then user i+2, so a call that nobody answers goes answer, Dial, Dial, voicemail.
 */
final class BenchDirectory {
    private final String jdbcUrl;
    private int size;

    BenchDirectory(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Replaces the directory (and the call log, which refers to it) with n generated users, apps and lines. */
    void reset(int n) throws SQLException {
        if (n < 3) throw new IllegalArgumentException("a line's tiers need three users");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("truncate call_events, call_steps, calls, tier_members, tiers, apps, lines, users"
                    + " restart identity cascade");
            s.execute("insert into users (name, title, email) select 'User ' || i, 'Agent', 'user' || i || '@bench.test'"
                    + " from generate_series(1, " + n + ") i");
            s.execute("insert into apps (user_id, label, sip_uri) select i, 'mobile', 'sip:app-' || i || '@phone.plivo.com'"
                    + " from generate_series(1, " + n + ") i");
            s.execute("insert into lines (name, sip_uri, ring_timeout_seconds) select 'Line ' || i,"
                    + " 'sip:line-' || i || '@phone.plivo.com', 20 from generate_series(1, " + n + ") i");
            s.execute("insert into tiers (line_id, position, ring_timeout_seconds) select i, p, 20"
                    + " from generate_series(1, " + n + ") i cross join generate_series(1, 2) p");
            // restart identity numbered users and lines 1..n, so member ids can be computed from the line id
            s.execute("insert into tier_members (tier_id, user_id, position)"
                    + " select t.id, (t.line_id - 1 + m.shift) % " + n + " + 1, m.pos from tiers t"
                    + " join (values (1, 0, 1), (1, 1, 2), (2, 2, 1)) m(tier, shift, pos) on m.tier = t.position");
            // What autovacuum does after a bulk load, and a checkpoint, so neither runs while we measure.
            s.execute("vacuum analyze");
            s.execute("checkpoint");
        }
        size = n;
    }

    /** A random line of the directory, as Plivo sends it in To. */
    String randomLine() {
        return line(ThreadLocalRandom.current().nextInt(size) + 1);
    }

    static String line(int i) {
        return "sip:line-" + i + "@phone.plivo.com";
    }

    int size() {
        return size;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }
}
