package switchboard.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A generated directory of n users, n apps and n lines. Line i has two tiers: users i and i+1 ring first,
 * then user i+2, so a call that nobody answers goes answer, Dial, Dial, voicemail. It only grows: the call
 * log refers to it and is kept, as on a live database. Users take up to 50 calls at once (the most allowed),
 * so the load, not the capacity rules, decides who rings.
 */
final class BenchDirectory {
    private final String jdbcUrl;
    private int size;
    private int contacts;

    BenchDirectory(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Adds users, apps and lines up to n (the first call empties the tables and numbers them from 1). */
    void growTo(int n) throws SQLException {
        if (n < 3 || n < size) throw new IllegalArgumentException("the directory only grows, to at least 3");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (size == 0) {
                s.execute("truncate call_events, call_steps, calls, tier_members, tiers, apps, lines, users, contact_numbers,"
                        + " contacts restart identity cascade");
            }
            String range = " from generate_series(" + (size + 1) + ", " + n + ") i";
            s.execute("insert into users (name, title, email, max_concurrent_calls)"
                    + " select 'User ' || i, 'Agent', 'user' || i || '@bench.test', 50" + range);
            s.execute("insert into apps (user_id, label, sip_uri) select i, 'mobile', 'sip:app-' || i || '@phone.plivo.com'"
                    + range);
            s.execute("insert into lines (name, sip_uri, ring_timeout_seconds) select 'Line ' || i,"
                    + " 'sip:line-' || i || '@phone.plivo.com', 20" + range);
            s.execute("insert into tiers (line_id, position, ring_timeout_seconds) select i, p, 20"
                    + range + " cross join generate_series(1, 2) p");
            // users and lines are numbered 1..n, so a tier's members can be computed from its line's id
            s.execute("insert into tier_members (tier_id, user_id, position)"
                    + " select t.id, (t.line_id - 1 + m.shift) % " + n + " + 1, m.pos from tiers t"
                    + " join (values (1, 0, 1), (1, 1, 2), (2, 2, 1)) m(tier, shift, pos) on m.tier = t.position"
                    + " where t.line_id > " + size);
        }
        size = n;
        settle();
    }

    /** n contacts, contact i with the number contact(i); callers can then be known ones. */
    void addContacts(int n) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("insert into contacts (name, company) select 'Contact ' || i, 'Company ' || (i % 997)"
                    + " from generate_series(1, " + n + ") i");
            s.execute("insert into contact_numbers (number, contact_id, position)"
                    + " select '+3315' || lpad(id::text, 7, '0'), id, 1 from contacts");
        }
        contacts = n;
        settle();
    }

    /** Contact i's number, as Plivo sends it in From. */
    static String contact(int i) {
        return String.format("+3315%07d", i);
    }

    String randomContact() {
        return contact(ThreadLocalRandom.current().nextInt(contacts) + 1);
    }

    /** What autovacuum does after a bulk load, and a checkpoint, so neither runs while we measure. */
    void settle() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
            s.execute("checkpoint");
        }
    }

    /**
     * Ends every open offer (a user reserved by a ringing Dial) ten times a second, standing in for the Dial
     * actions that end the ringing of real calls: without it the answer-only loads would leave every user
     * reserved within a second and calls would skip to voicemail. It runs during every measurement.
     */
    AutoCloseable releaseOffers() throws SQLException {
        Connection c = connect();
        ScheduledExecutorService every = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "release-offers");
            t.setDaemon(true);
            return t;
        });
        every.scheduleWithFixedDelay(() -> {
            try (Statement s = c.createStatement()) {
                // skip rows a webhook has locked: waiting on them while holding others could deadlock with it
                s.execute("update offers set ended_at = now() where id in"
                        + " (select id from offers where ended_at is null for update skip locked)");
            } catch (SQLException e) {
                System.err.println("could not end offers: " + e.getMessage());
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        return () -> {
            every.shutdownNow();
            every.awaitTermination(5, TimeUnit.SECONDS);
            c.close();
        };
    }

    /**
     * Lines whose callers all wait: each has its queue on (500 callers at most, announcing every 120 s, waits of up to
     * two hours) and one agent on a call that never ends, so every caller joins the queue and stays in it.
     */
    List<String> queueLines(int count) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (int i = 1; i <= count; i++) {
                long user = id(s, "insert into users (name, max_concurrent_calls) values ('Queue agent " + i + "', 1) returning id");
                s.execute("insert into apps (user_id, label, sip_uri) values (" + user + ", 'mobile', 'sip:queue-agent-" + i
                        + "@phone.plivo.com')");
                String sip = "sip:queue-" + i + "@phone.plivo.com";
                long line = id(s, "insert into lines (name, sip_uri, queue_enabled, queue_max_callers, queue_max_wait_seconds,"
                        + " queue_announce_every_seconds) values ('Queue " + i + "', '" + sip + "', true, 500, 7200, 120) returning id");
                long tier = id(s, "insert into tiers (line_id, position, ring_timeout_seconds) values (" + line + ", 1, 20) returning id");
                s.execute("insert into tier_members (tier_id, user_id, position) values (" + tier + ", " + user + ", 1)");
                long call = id(s, "insert into calls (call_uuid, line_id, answered_at, answered_user_id) values ('bench-agent-" + i
                        + "', " + line + ", now(), " + user + ") returning id");
                s.execute("insert into offers (call_id, step, user_id, answered_at, expires_at) values (" + call + ", 0, " + user
                        + ", now(), now() + interval '1 day')");
                lines.add(sip);
            }
        }
        return lines;
    }

    private static long id(Statement s, String insert) throws SQLException {
        try (var rs = s.executeQuery(insert)) {
            rs.next();
            return rs.getLong(1);
        }
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
