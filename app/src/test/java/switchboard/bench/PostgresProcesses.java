package switchboard.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * PostgreSQL's CPU split by the kind of process that spent it (the server's connections, the one that listens for the
 * board's notifications, the WAL writer, autovacuum...): where the part of its time no statement's figures show goes.
 */
final class PostgresProcesses {
    private final BenchDirectory directory;
    private final long postmaster;
    private final int hz;
    private final Map<Long, long[]> startMs = new LinkedHashMap<>();
    private final long startExitedMs;

    PostgresProcesses(BenchDirectory directory, long postmaster, int hz) throws Exception {
        this.directory = directory;
        this.postmaster = postmaster;
        this.hz = hz;
        for (long pid : kinds().keySet()) startMs.put(pid, Cpu.processUserSystemMs(pid, hz));
        startExitedMs = Cpu.exitedChildrenMs(postmaster, hz);
    }

    /**
     * Milliseconds of CPU per kind of process since this was made, in user and in system mode (a commit's fsync, the
     * sockets); processes that started meanwhile count from zero.
     */
    Map<String, Long> msSince() throws Exception {
        Map<String, Long> spent = new TreeMap<>();
        for (Map.Entry<Long, String> p : kinds().entrySet()) {
            long[] now = Cpu.processUserSystemMs(p.getKey(), hz);
            long[] then = startMs.getOrDefault(p.getKey(), new long[2]);
            spent.merge(p.getValue() + ", user", now[0] - then[0], Long::sum);
            spent.merge(p.getValue() + ", system", now[1] - then[1], Long::sum);
        }
        spent.merge("exited (autovacuum workers...)", Cpu.exitedChildrenMs(postmaster, hz) - startExitedMs, Long::sum);
        return spent;
    }

    /** Each PostgreSQL process by its kind; the query asking is itself a client backend, counted with the others. */
    private Map<Long, String> kinds() throws Exception {
        Map<Long, String> kinds = new LinkedHashMap<>();
        kinds.put(postmaster, "postmaster");
        try (Connection c = directory.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select pid, case when backend_type <> 'client backend' then backend_type
                                      when query ilike 'listen %' then 'listening connection'
                                      else 'client connections' end as kind
                     from pg_stat_activity""")) {
            while (rs.next()) kinds.put(rs.getLong("pid"), rs.getString("kind"));
        }
        return kinds;
    }
}
