package switchboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * Where a whole call's time goes: runs whole calls against the server, then prints the CPU each process
 * spent per call and PostgreSQL's statements per call (pg_stat_statements), most expensive first.
 * Usage: Profile --port P --public-url URL --auth-token T --jdbc URL --server-pid PID --pg-data DIR
 * --clock-ticks HZ [--seconds S] [--connections N].
 */
public final class Profile {
    private Profile() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i].substring(2), args[i + 1]);
        int port = Integer.parseInt(o.get("port"));
        long pid = Long.parseLong(o.get("server-pid"));
        int hz = Integer.parseInt(o.get("clock-ticks"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "20"));
        int connections = Integer.parseInt(o.getOrDefault("connections", "32"));
        BenchDirectory directory = new BenchDirectory(o.get("jdbc"));
        Webhooks hooks = new Webhooks(o.get("public-url"), o.get("auth-token"));
        Server.await(port, pid);
        long postmaster = Long.parseLong(Files.readAllLines(Path.of(o.get("pg-data"), "postmaster.pid")).get(0).trim());
        Map<String, LongSupplier> cpu = new LinkedHashMap<>();
        cpu.put("server", Cpu.process(pid, hz));
        cpu.put("PostgreSQL", Cpu.tree(postmaster, hz));
        cpu.put("load generator", Cpu.process(ProcessHandle.current().pid(), hz));
        directory.growTo(Bench.DIRECTORY);
        try (AutoCloseable releasing = directory.releaseOffers()) {
            Load.WorkerFactory calls = HttpWorkers.over(port, HttpWorkers.fullFlow(hooks, directory, new ConcurrentLinkedQueue<>()));
            LongSupplier jit = Cpu.jitCompiler(pid, hz);
            for (int slice = 0; slice < 24; slice++) { // until the server's JIT compiler is nearly idle, as Bench does
                long before = jit.getAsLong();
                Load.run(new Load.Plan(4, 0, 1, 5), calls, cpu);
                double share = (jit.getAsLong() - before) / 5000.0;
                System.out.printf("warm-up %2d: JIT compiler %3.0f%% of a core%n", slice + 1, share * 100);
                if (share < 0.05) break;
            }
            directory.settle(); // statistics for the call log the warm-up wrote, as the benchmark does
            try (Connection c = directory.connect(); Statement s = c.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements");
                s.execute("select pg_stat_statements_reset()");
                s.execute("select pg_stat_reset()"); // this database's index and table counters, for indexesAndAutovacuum
            }
            PostgresProcesses processes = new PostgresProcesses(directory, postmaster, hz);
            LoadResult r = Load.run(new Load.Plan(connections, 0, 1, seconds), calls, cpu);
            Map<String, Long> byProcess = processes.msSince();
            System.out.printf("whole calls: %,.0f/s  p50 %.1f ms  p99 %.1f ms  errors %d%n", r.medianRate(),
                    r.percentileMs(50), r.percentileMs(99), r.errors());
            r.cpuMsPerOp().forEach((k, v) -> System.out.printf("  CPU per call, %-15s %6.2f ms%n", k, v));
            byProcess.forEach((k, v) -> System.out.printf("    PostgreSQL, %-30s %6.2f ms%n", k, v / (double) r.operations()));
            System.out.printf("  server's peak RSS so far (VmHWM) %,d MB%n", Machine.peakRssKb(pid) / 1024);
            statements(directory, r.operations());
            Thread.sleep(11_000); // an idle backend sends its table and index counters within 10 s (PGSTAT_IDLE_INTERVAL)
            indexesAndAutovacuum(directory, r.operations());
            if (o.containsKey("triggers")) withoutTriggers(directory, connections, seconds, calls, cpu);
        }
    }

    /**
     * --triggers: whole calls again with the dashboard's notifying triggers off, then the reports' too: what each
     * costs a call. The triggers stay off (this database is thrown away after the run).
     */
    private static void withoutTriggers(BenchDirectory directory, int connections, double seconds, Load.WorkerFactory calls,
                                        Map<String, LongSupplier> cpu) throws Exception {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("the board's NOTIFY triggers", "tgname like '%board%'");
        groups.put("the reports' triggers too", "tgname like '%report%'");
        for (Map.Entry<String, String> g : groups.entrySet()) {
            try (Connection c = directory.connect(); Statement s = c.createStatement()) {
                List<String> off = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select tgrelid::regclass || ' ' || tgname from pg_trigger where not tgisinternal and "
                        + g.getValue())) {
                    while (rs.next()) off.add(rs.getString(1));
                }
                for (String t : off) s.execute("alter table " + t.split(" ")[0] + " disable trigger " + t.split(" ")[1]);
            }
            LoadResult r = Load.run(new Load.Plan(connections, 0, 1, seconds), calls, cpu);
            System.out.printf("without %s: %,.0f/s  p50 %.1f ms  p99 %.1f ms  errors %d  CPU per call: %s%n", g.getKey(),
                    r.medianRate(), r.percentileMs(50), r.percentileMs(99), r.errors(), r.cpuMsPerOp().entrySet().stream()
                            .map(e -> String.format("%s %.2f ms", e.getKey(), e.getValue())).toList());
        }
    }

    /**
     * The indexes whole calls kept up to date (their table had rows written) but never read: each costs every write a
     * maintenance; whether another query (the API, the reports) needs it is for the reader to check.
     */
    private static void indexesAndAutovacuum(BenchDirectory directory, long calls) throws Exception {
        try (Connection c = directory.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select i.relname as tab, i.indexrelname as idx, t.n_tup_ins + t.n_tup_upd as written
                     from pg_stat_user_indexes i join pg_stat_user_tables t on t.relid = i.relid
                     where i.idx_scan = 0 and t.n_tup_ins + t.n_tup_upd > 0 order by 3 desc, 1, 2""")) {
            System.out.println("indexes written by whole calls but never read by them (rows written per call):");
            while (rs.next()) {
                System.out.printf("  %-20s %-45s %6.2f%n", rs.getString("tab"), rs.getString("idx"), rs.getLong("written") / (double) calls);
            }
        }
        // Each vacuum or analyze of a table makes every connection plan its statements on that table again
        try (Connection c = directory.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select relname, autovacuum_count, autoanalyze_count, n_live_tup from pg_stat_user_tables
                     where autovacuum_count + autoanalyze_count > 0 order by 2 + 3 desc, 1""")) {
            System.out.println("autovacuum during the round (vacuums, analyzes, live rows after):");
            while (rs.next()) {
                System.out.printf("  %-20s %4d %4d %,10d%n", rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }
    }

    private static void statements(BenchDirectory directory, long calls) throws Exception {
        try (Connection c = directory.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select calls, total_exec_time + total_plan_time as ms, total_plan_time as plan_ms, plans, rows, wal_bytes, shared_blks_dirtied as dirtied,
                            sum(wal_bytes) filter (where toplevel) over () as all_wal, toplevel, regexp_replace(query, '\\s+', ' ', 'g') as q
                     from pg_stat_statements order by 2 desc limit 40""")) {
            // WAL bytes and dirtied pages do not vary with the machine's noise as times do: they tell a change's effect apart
            System.out.printf("%8s %8s %8s %6s %8s %9s %8s  %s%n", "per call", "ms/call", "plan ms", "plans", "rows", "WAL B", "dirtied",
                    "statement");
            double wal = 0;
            while (rs.next()) {
                String q = (rs.getBoolean("toplevel") ? "" : "(in a trigger or function) ") + rs.getString("q");
                wal = rs.getDouble("all_wal") / calls;
                System.out.printf("%8.2f %8.3f %8.3f %6.2f %8.2f %9.0f %8.2f  %s%n", rs.getLong("calls") / (double) calls,
                        rs.getDouble("ms") / calls, rs.getDouble("plan_ms") / calls, rs.getLong("plans") / (double) calls,
                        rs.getLong("rows") / (double) calls, rs.getDouble("wal_bytes") / calls, rs.getLong("dirtied") / (double) calls,
                        q.length() > 150 ? q.substring(0, 150) : q);
            }
            System.out.printf("WAL written by statements, per call: %,.0f bytes%n", wal);
        }
    }
}
