package switchboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.LongSupplier;
import switchboard.apikeys.ApiKeys;
import switchboard.db.Database;
import switchboard.reports.GroupBy;
import switchboard.reports.Reports;
import switchboard.reports.Summary;

/**
 * The reports on a year of one busy line: about 1,000,000 calls (smoke: 20,000) written straight into the log with
 * their offers, steps, queue entries and callbacks in realistic shares, then GET /api/reports/summary by day over the
 * year, timed end to end over HTTP (the median of five, after one to warm up).
 */
final class ReportBench {
    private static final int RUNS = 5;

    private ReportBench() {}

    static Properties measure(String jdbcUrl, int port, int clockTicks, boolean smoke) throws Exception {
        int calls = smoke ? 20_000 : 1_000_000;
        long line;
        long ann;
        Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        Instant from = to.minus(365, ChronoUnit.DAYS);
        long generated;
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            long start = System.nanoTime();
            line = id(s, "insert into lines (name, sip_uri, time_zone, queue_enabled) values ('Busy line',"
                    + " 'sip:busy-line-reports@phone.plivo.com', 'Europe/Paris', true) returning id");
            ann = id(s, "insert into users (name) values ('Report Ann') returning id");
            long bob = id(s, "insert into users (name) values ('Report Bob') returning id");
            // The log is written with the triggers off, then the calls' figures in one statement: per-row triggers
            // would refresh each call once per table (hours at this size); the result is the same rows.
            s.execute("set session_replication_role = replica");
            fill(s, calls, line, ann, bob, from);
            s.execute("set session_replication_role = origin");
            s.execute("insert into report_calls select * from report_call_facts where line_id = " + line);
            s.execute("analyze");
            generated = (System.nanoTime() - start) / 1_000_000;
        }
        String key;
        long folded;
        try (Database db = Database.connect(jdbcUrl)) {
            key = new ApiKeys(db.jdbi()).create("report-bench", "user", ann).key();
            long start = System.nanoTime();
            new Reports(db.jdbi()).fold(); // what the first summary would do
            folded = (System.nanoTime() - start) / 1_000_000;
        }
        long vacuumed;
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            long start = System.nanoTime();
            s.execute("vacuum analyze"); // what autovacuum does after such a batch (a year is not written in a minute)
            s.execute("checkpoint"); // and the checkpoint that follows it: no gigabyte of dirty pages being written meanwhile
            vacuumed = (System.nanoTime() - start) / 1_000_000;
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/reports/summary?groupBy=day&lineId="
                + line + "&from=" + from + "&to=" + to)).header("Authorization", "Bearer " + key).build();
        List<Long> ms = new ArrayList<>();
        String body = "";
        Properties out = new Properties();
        out.setProperty("reports.calls", Integer.toString(calls));
        out.setProperty("reports.generated.ms", Long.toString(generated));
        out.setProperty("reports.folded.ms", Long.toString(folded));
        out.setProperty("reports.vacuumed.ms", Long.toString(vacuumed));
        LongSupplier machineCpu = Cpu.machine(clockTicks);
        long cpuBefore = 0;
        long wallBefore = 0;
        for (int i = 0; i <= RUNS; i++) {
            if (i == 1) {
                cpuBefore = machineCpu.getAsLong();
                wallBefore = System.nanoTime();
            }
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                out.setProperty("reports.error", r.statusCode() + " after " + (System.nanoTime() - start) / 1_000_000 + " ms: "
                        + r.body().substring(0, Math.min(200, r.body().length())));
                return out;
            }
            if (i > 0) ms.add((System.nanoTime() - start) / 1_000_000);
            body = r.body();
        }
        // What the whole machine spent meanwhile, in cores busy: a summary keeps at most one of them busy.
        double cores = (machineCpu.getAsLong() - cpuBefore) / ((System.nanoTime() - wallBefore) / 1e6);
        out.setProperty("reports.cores", String.format("%.2f", cores));
        out.setProperty("reports.direct.ms", Long.toString(direct(jdbcUrl, line, from, to)));
        Collections.sort(ms);
        out.setProperty("reports.median.ms", Long.toString(ms.get(ms.size() / 2)));
        out.setProperty("reports.range.ms", ms.get(0) + "-" + ms.get(ms.size() - 1));
        out.setProperty("reports.rows", Long.toString(body.split("\"key\"").length - 1));
        out.setProperty("reports.offered", body.replaceAll("(?s).*\"total\":\\{\"offered\":(\\d+).*", "$1"));
        return out;
    }

    /** The same summary in this JVM, the median of five: the database's part of it, without the server or HTTP. */
    private static long direct(String jdbcUrl, long line, Instant from, Instant to) {
        List<Long> ms = new ArrayList<>();
        try (Database db = Database.connect(jdbcUrl)) {
            Reports reports = new Reports(db.jdbi());
            for (int i = 0; i <= RUNS; i++) {
                long start = System.nanoTime();
                reports.summary(new Summary.Query(from, to, line, null, false, GroupBy.DAY));
                if (i > 0) ms.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Collections.sort(ms);
        return ms.get(ms.size() / 2);
    }

    /**
     * One call every 31.5 s for a year (a busy line): 80% answered (by Ann or Bob, after 0-39 s), 5% voicemail,
     * 5% rang out, 5% abandoned in the queue, 5% hung up while ringing; every unanswered call opens a callback,
     * half of them done. Two offers per call (both rung), one or two steps.
     */
    private static void fill(Statement s, int calls, long line, long ann, long bob, Instant from) throws Exception {
        double every = 365.0 * 86400 / calls;
        s.execute("create temporary table g as select i, timestamptz '" + from + "' + make_interval(secs => i * " + every + ") as t,"
                + " i % 20 as k from generate_series(1, " + calls + ") i");
        s.execute("insert into calls (call_uuid, line_id, from_uri, to_uri, started_at, answered_at, answered_user_id,"
                + " voicemail_offered_at, voicemail_url, ended_at, duration_seconds, queue_joined_at)"
                + " select 'bench-report-' || i, " + line + ", 'sip:caller-' || (i % 40000) || '@phone.plivo.com',"
                + " 'sip:busy-line-reports@phone.plivo.com', t,"
                + " case when k < 16 then t + make_interval(secs => i % 40) end, case when k < 16 then (case when i % 2 = 0 then "
                + ann + " else " + bob + " end) end,"
                + " case when k in (16, 17) then t + interval '30 seconds' end, case when k = 16 then 'https://media.example/' || i || '.mp3' end,"
                + " t + interval '3 minutes', 180, case when k = 18 then t end from g");
        s.execute("insert into offers (call_id, step, user_id, offered_at, answered_at, ended_at, expires_at)"
                + " select c.id, 0, u, c.started_at, case when c.answered_user_id = u then c.answered_at end, c.ended_at, c.ended_at"
                + " from calls c cross join unnest(array[" + ann + ", " + bob + "]) u"
                + " where c.line_id = " + line + " and c.queue_joined_at is null");
        s.execute("insert into call_steps (call_id, step, kind, tier_position, xml, created_at)"
                + " select id, 0, case when queue_joined_at is null then 'dial' else 'queue-wait' end, 1, '<Response/>', started_at"
                + " from calls where line_id = " + line);
        s.execute("insert into call_steps (call_id, step, kind, xml, created_at) select id, 1, 'voicemail', '<Response/>',"
                + " voicemail_offered_at from calls where line_id = " + line + " and voicemail_offered_at is not null");
        s.execute("insert into queue_entries (call_id, line_id, joined_at, step, next_step_at, left_at, outcome)"
                + " select id, " + line + ", started_at, 0, started_at, started_at + make_interval(secs => id % 90), 'abandoned'"
                + " from calls where line_id = " + line + " and queue_joined_at is not null");
        s.execute("create temporary table missed as select id, from_uri, started_at, row_number() over () as n from calls"
                + " where line_id = " + line + " and answered_at is null");
        s.execute("insert into callbacks (line_id, caller, status, created_at, updated_at)"
                + " select " + line + ", 'bench ' || n, case when n % 2 = 0 then 'done' else 'open' end, started_at, started_at from missed");
        s.execute("insert into callback_calls (call_id, callback_id) select m.id, b.id from missed m"
                + " join callbacks b on b.line_id = " + line + " and b.caller = 'bench ' || m.n");
        s.execute("update callbacks b set done_at = m.started_at + make_interval(secs => 600 + m.n % 7200) from missed m"
                + " where b.caller = 'bench ' || m.n and b.status = 'done'");
    }

    /** The rows of the results table. */
    static void add(Results t, Properties r) {
        String what = String.format("(4) reports: a year by day, %,d calls of one line", Long.parseLong(r.getProperty("reports.calls")));
        if (r.getProperty("reports.error") != null) {
            t.check(what, "failed", r.getProperty("reports.error"), "< 1 s", false);
            return;
        }
        long median = Long.parseLong(r.getProperty("reports.median.ms"));
        t.check(what, Format.ms(median), "GET /api/reports/summary?groupBy=day&lineId= over HTTP, median of " + RUNS + " (range "
                + r.getProperty("reports.range.ms") + " ms); " + r.getProperty("reports.rows") + " rows, " + r.getProperty("reports.offered")
                + " offered; log written in " + r.getProperty("reports.generated.ms") + " ms, folded into the roll-up in "
                + r.getProperty("reports.folded.ms") + " ms, vacuumed in " + r.getProperty("reports.vacuumed.ms") + " ms; the same summary"
                + " in the load generator's JVM (no server, no HTTP) " + r.getProperty("reports.direct.ms") + " ms; cores busy meanwhile "
                + r.getProperty("reports.cores"), "< 1 s",
                median < 1000);
    }

    private static long id(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
